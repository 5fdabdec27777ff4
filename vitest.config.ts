import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['api/src/**/*.test.ts', 'test/api/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // API suites share one database: run files one after another.
    fileParallelism: false,
    pool: 'forks',
  },
});
