import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/boot/server.js';
import { createLogger } from '../../src/util/logger.js';
import { createSchema, databaseKinds, dropSchema } from '../support/databases.js';

describe.runIf(databaseKinds.includes('postgres'))('a replica with another master key (postgres)', () => {
  const dirs: string[] = [];
  const open: RunningServer[] = [];
  let choice: Awaited<ReturnType<typeof createSchema>> | undefined;
  afterAll(async () => {
    for (const server of open) await server.close();
    if (choice) await dropSchema(choice);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const start = async (key: string) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pb-key-check-'));
    dirs.push(dataDir);
    if (choice === undefined) throw new Error('no schema');
    const server = await startServer({
      dataDir,
      port: 0,
      database: choice,
      logger: createLogger('silent'),
      env: { PATCHBAY_MASTER_KEY: key },
    });
    open.push(server);
    return server;
  };

  it('refuses to start, saying why, while one with the shared key starts', async () => {
    choice = await createSchema('postgres');
    const shared = randomBytes(32).toString('base64');
    await start(shared);
    await expect(start(randomBytes(32).toString('base64'))).rejects.toThrow(
      /master key cannot open the secrets already in the database: every replica must use the same key/,
    );
    const second = await start(shared);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
  });
});
