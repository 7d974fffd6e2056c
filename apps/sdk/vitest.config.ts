import { defineConfig } from 'vitest/config';

// Contract tests against a real server on PGlite (cold start ~3 s): generous limits.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
