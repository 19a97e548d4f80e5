import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts Prism for this package's API on a free port; tests read it with mockUrl() from @session-apis/test-kit.
    globalSetup: ['@session-apis/mock/vitest-setup'],
    testTimeout: 20_000,
  },
});
