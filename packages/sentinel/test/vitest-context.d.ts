// vitest's provided context, filled by @session-apis/mock/vitest-setup (module augmentation: this file is a module).
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
    mockApi: string;
  }
}
