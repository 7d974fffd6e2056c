import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultProject } from '../src/boot/bootstrap.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { countProjects } from '../src/store/projects.js';
import { runMain, spawnServer } from './support/process.js';

describe('the first admin key', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pb-admin-key-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is made with its project or not at all: a key file that cannot be written leaves no project behind', async () => {
    const db = await openPglite();
    await migrate(db);
    const blocked = join(dir, 'blocked');
    await mkdir(join(blocked, 'api-key'), { recursive: true });
    await expect(ensureDefaultProject(db, join(blocked, 'api-key'))).rejects.toThrow();
    expect(await countProjects(db)).toBe(0);
    const made = await ensureDefaultProject(db, join(dir, 'api-key'));
    expect(made?.key).toMatch(/^pb_/);
    expect((await readFile(join(dir, 'api-key'), 'utf8')).trim()).toBe(made?.key);
    expect(await countProjects(db)).toBe(1);
    await db.close();
  });

  it('can be minted again by the operator when the key file is lost', async () => {
    const dataDir = join(dir, 'data');
    const env = { PATCHBAY_DATA_DIR: undefined, DATABASE_URL: undefined };
    const args = ['--port', '0', '--data-dir', dataDir, '--log-level', 'warn'];
    const first = await spawnServer(args, env);
    const original = (await readFile(join(dataDir, 'api-key'), 'utf8')).trim();
    first.child.kill('SIGTERM');
    await first.exited;
    await rm(join(dataDir, 'api-key'));

    const minted = await runMain(['mint-admin-key', '--data-dir', dataDir], env);
    expect(minted.code).toBe(0);
    const key = /New admin API key \(shown once\): (pb_\w+)/.exec(minted.stdout)?.[1] ?? '';
    expect(key).toMatch(/^pb_[0-9A-Za-z]{40}$/);
    expect((await readFile(join(dataDir, 'api-key'), 'utf8')).trim()).toBe(key);

    const again = await spawnServer(args, env);
    try {
      for (const k of [key, original]) {
        const client = createApiClient({ baseUrl: again.url, apiKey: k, retry: { retries: 0 } });
        expect(await unwrap(client.GET('/projects/current'))).toMatchObject({ name: 'default' });
      }
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });
});
