import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts Prism for this package's API on a free port; tests read it with inject('mockUrl').
    globalSetup: ['@session-apis/mock/vitest-setup'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.typetest.json' },
    testTimeout: 20_000,
    // One module graph for all test files: the files share no mutable module state, and this saves ~2 s per run.
    isolate: false,
  },
});
