import { defineConfig } from 'vitest/config';

// One browser, many pages: run the test file's tests in order, with room for Chromium's start-up.
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});
