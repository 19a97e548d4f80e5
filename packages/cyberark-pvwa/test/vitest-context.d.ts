// What the mock's vitest global setup provides (inject('mockUrl')).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
    mockApi: string;
  }
}

export {};
