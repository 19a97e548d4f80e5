import { defineConfig } from 'vitest/config';

// One browser and one load of each page per file (test/site.test.mjs); the tests mostly wait on the page, so they
// run concurrently, except where they share a page they click in (the file marks those it.sequential).
export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], testTimeout: 60_000, hookTimeout: 60_000, sequence: { concurrent: true } },
});
