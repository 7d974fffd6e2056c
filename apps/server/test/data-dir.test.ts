import { chmod, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer } from './support/process.js';

/** Every directory and file below `dir` with its permission bits, and whether it is a directory. */
async function modes(dir: string, out = new Map<string, { mode: number; dir: boolean }>()) {
  out.set(dir, { mode: (await stat(dir)).mode & 0o777, dir: true });
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await modes(path, out);
    else out.set(path, { mode: (await stat(path)).mode & 0o777, dir: false });
  }
  return out;
}

/** The data dir holds the admin key, master.key and the database: nobody but the server's user may read it. */
describe('the data dir', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'pb-datadir-'));
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('is 0700 with every file 0600, also when it existed with looser bits', async () => {
    const dataDir = join(parent, 'data');
    await mkdir(dataDir);
    await chmod(dataDir, 0o755);
    const server = await spawnServer(['--port', '0', '--data-dir', dataDir, '--log-level', 'warn'], {
      PATCHBAY_DATA_DIR: undefined,
      DATABASE_URL: undefined,
      PATCHBAY_MASTER_KEY: undefined,
    });
    try {
      const found = await modes(dataDir);
      expect(found.size).toBeGreaterThan(10);
      // Directories: nothing for group or others; files: read and write for the owner only.
      const loose = [...found].filter(([, { mode, dir }]) => (mode & (dir ? 0o077 : 0o177)) !== 0);
      expect(loose).toEqual([]);
      expect(found.get(dataDir)?.mode).toBe(0o700);
      expect(found.get(join(dataDir, 'master.key'))?.mode).toBe(0o600);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
