// Packs a self-contained npm tarball (a package.json with no dependencies, plus the files given) with `npm pack`,
// for the tarballs a Patchbay server serves at /cli/ and /sdk/. Used by apps/tui and apps/sdk at build time.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { npmEnv } from './npm-env.mjs';

/**
 * @param {{ manifest: Record<string, unknown>, outDir: string, fill: (stage: string) => Promise<void> | void,
 *   copy?: Array<[from: string, to: string]> }} options
 * @returns {string} the tarball's path
 */
export async function packTarball({ manifest, outDir, fill, copy = [] }) {
  const stage = mkdtempSync(join(tmpdir(), 'patchbay-pack-'));
  try {
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const [from, to] of copy) {
      mkdirSync(dirname(join(stage, to)), { recursive: true });
      cpSync(from, join(stage, to), { recursive: true });
    }
    await fill(stage);
    mkdirSync(outDir, { recursive: true });
    // One tarball per package in the folder: an old version left behind would be served as the newest one.
    for (const name of readdirSync(outDir)) if (name.endsWith('.tgz')) rmSync(join(outDir, name));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], {
      cwd: stage,
      encoding: 'utf8',
      // No lifecycle scripts run and no registry is asked: the package has no dependencies.
      env: npmEnv({ npm_config_ignore_scripts: 'true', npm_config_update_notifier: 'false' }),
    });
    const [entry] = JSON.parse(out);
    return join(outDir, entry.filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
