import { defineConfig } from 'vitest/config';

// The CLI tests run the built binary (dist/cli.js); globalSetup builds it first so they never test a stale build.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/build-cli.ts'],
    testTimeout: 30_000,
  },
});
