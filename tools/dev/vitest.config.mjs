import { defineConfig } from 'vitest/config';

// The pipeline test spawns Redocly and codegen on a small spec: seconds, not milliseconds.
export default defineConfig({ test: { include: ['test/**/*.test.mjs'], testTimeout: 60_000 } });
