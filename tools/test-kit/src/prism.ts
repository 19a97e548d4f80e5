// What the mock's vitest global setup (@session-apis/mock/vitest-setup) provides to the tests.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
    mockApi: string;
  }
}

/** The URL of the Prism mock that serves this package's API (the client's baseUrl). */
export function mockUrl(): string {
  return inject('mockUrl');
}

/** The name of that API (its folder under specs/). */
export function mockApi(): string {
  return inject('mockApi');
}
