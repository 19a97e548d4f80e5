import { defineConfig } from 'vitest/config';

// test/site.test.mjs says itself which of its tests run concurrently: one browser and one load of each page per file.
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], testTimeout: 60_000, hookTimeout: 60_000 },
});
