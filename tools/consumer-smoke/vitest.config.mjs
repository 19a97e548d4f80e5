import { defineConfig } from 'vitest/config';

// npm install from the registry and two tsc runs: minutes, not seconds, on a cold cache.
export default defineConfig({ test: { include: ['test/**/*.test.mjs'], testTimeout: 300_000, hookTimeout: 300_000 } });
