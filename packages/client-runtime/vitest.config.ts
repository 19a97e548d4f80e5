import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 10_000,
    // faults.test.ts measures live memory while streaming 50 MB; it collects garbage first.
    execArgv: ['--expose-gc'],
  },
});
