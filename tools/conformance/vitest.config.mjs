import { defineConfig } from 'vitest/config';

// The CLI tests run against local servers, one of them as a child process (seconds on a loaded machine).
export default defineConfig({ test: { include: ['test/**/*.test.mjs'], testTimeout: 60_000 } });
