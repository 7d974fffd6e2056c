import { defineConfig } from 'vitest/config';

// The logic's tests start a real Patchbay server (PGlite in memory, ~3 s cold): generous limits.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
