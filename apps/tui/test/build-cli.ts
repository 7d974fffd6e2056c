import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Builds dist/cli.js before the tests that run it, so they never run a stale binary. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const core = createRequire(import.meta.url).resolve('@patchbay/core/node');
  if (!existsSync(core)) {
    throw new Error('@patchbay/core is not built: run `npx --yes pnpm@10.34.8 --filter @patchbay/core build` first.');
  }
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // Run by its #! line (its node flags included), as an installed `patchbay` is.
  chmodSync(`${root}/dist/cli.js`, 0o755);
}
