import { defineConfig } from 'vitest/config';

// This package's own tests. (all.vitest.config.mjs is the config of `pnpm test`'s shared run of every suite.)
export default defineConfig({ test: { include: ['test/**/*.test.mjs'] } });
