import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'renderer/tests/**/*.test.ts', 'renderer/src/curator/tests/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files and sharp: one fork per file keeps native handles apart.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
