import { defineConfig } from 'vitest/config';

// One browser, a fresh context per test: the tests are independent and mostly wait on the page (network idle,
// rendering), so they run concurrently, with room for Chromium's start-up.
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], testTimeout: 60_000, hookTimeout: 60_000, sequence: { concurrent: true } },
});
