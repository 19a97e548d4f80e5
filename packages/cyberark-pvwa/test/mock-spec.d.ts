// Types for the mock tool's spec helpers (tools/mock/src/spec.mjs is plain JS with JSDoc).
declare module '@session-apis/mock/spec' {
  export interface Operation {
    operationId: string;
    /** Upper case. */
    method: string;
    path: string;
    definition: any;
  }
  export function loadSpec(apiName: string): Promise<any>;
  export function listOperations(apiName: string): Promise<Operation[]>;
  export function getOperation(apiName: string, operationId: string): Promise<Operation>;
  export function responseExample(
    apiName: string,
    operationId: string,
    status: number | string,
    options?: { mediaType?: string; example?: string },
  ): Promise<unknown>;
}
