// Types for spec.mjs (plain JS, JSDoc-checked), so TypeScript test files in the client packages can import it.
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
/** The example of one response, as written in the spec (`example` picks one of several named examples). */
export function responseExample(
  apiName: string,
  operationId: string,
  status: number | string,
  options?: { mediaType?: string; example?: string },
): Promise<unknown>;
