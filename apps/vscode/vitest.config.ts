import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The logic's tests start a real Patchbay server (PGlite in memory, ~3 s cold): generous limits.
        test: { name: 'unit', include: ['test/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        // A real VS Code (code-server) in Debian's chromium, driven by playwright; its global setup installs both.
        test: {
          name: 'vscode',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
