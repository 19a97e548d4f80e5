// Types for @session-apis/mock/spec, which is plain JS (JSDoc-checked there, no .d.ts shipped).
// An ambient declaration: this file must stay a script (no top-level import/export).
declare module '@session-apis/mock/spec' {
  export interface Operation {
    operationId: string;
    /** Upper case. */
    method: string;
    path: string;
    /** The bundled OpenAPI operation object, every $ref resolved. */
    definition: any;
  }
  /** The bundled OpenAPI document, every $ref resolved. */
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
