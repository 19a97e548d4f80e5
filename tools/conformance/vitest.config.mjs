import { defineConfig } from 'vitest/config';

// The CLI tests spawn node processes against local servers (a few seconds each on a loaded machine).
export default defineConfig({ test: { include: ['test/**/*.test.mjs'], testTimeout: 60_000 } });
