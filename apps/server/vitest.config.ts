import { defineConfig } from 'vitest/config';

// Real databases (PGlite cold start is ~3 s) and a real server process: generous limits, files in parallel.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
