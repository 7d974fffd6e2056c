import { createServer, type Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/boot/app.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { insertApiKey } from '../src/store/api-keys.js';
import { insertProject } from '../src/store/projects.js';
import { databaseKinds, freshSchemaName } from './support/databases.js';
import { adminQuery, testDatabaseUrl } from './support/postgres.js';

/** A TCP relay in front of the real PostgreSQL, so the test can take the database away and bring it back. */
function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const start = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client).add(upstream);
        upstream.connect(Number(target.port || 5432), target.hostname);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => {
        const address = server?.address();
        resolve(typeof address === 'object' && address !== null ? address.port : port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (server === undefined) resolve();
      else server.close(() => resolve());
    });
  return { start, stop };
}

describe.runIf(databaseKinds.includes('postgres'))('the database going away and coming back (postgres)', () => {
  const schema = freshSchemaName();
  const proxy = relay(new URL(testDatabaseUrl));
  let db: Database;
  let key: string;
  let port: number;
  const publicUrl = 'http://127.0.0.1:8787';
  beforeAll(async () => {
    await adminQuery(`CREATE SCHEMA ${schema}`);
    port = await proxy.start(0);
    const url = new URL(testDatabaseUrl);
    url.port = String(port);
    db = await openPostgres({ url: url.toString(), schema, maxConnections: 2 });
    await migrate(db);
    const project = await insertProject(db, 'p');
    key = (await insertApiKey(db, { projectId: project.id, name: 'k', isAdmin: true })).key;
  });
  afterAll(async () => {
    await proxy.stop();
    await db?.close().catch(() => {});
    await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('answers 503 with Retry-After while it is down (REST and MCP), and serves again once it is back', async () => {
    const app = createApp({ db, publicUrl });
    const list = () => app.request(`${publicUrl}/api/v3/mcp/servers`, { headers: { 'x-api-key': key } });
    expect((await list()).status).toBe(200);
    await proxy.stop();
    // The API key is cached for 2 s, so the first requests may still pass auth; any query then meets the outage.
    const down = await list();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(await down.json()).toMatchObject({ error: { status: 503, slug: 'database_unavailable' } });
    const mcp = await app.request(`${publicUrl}/v3/mcp/00000000-0000-4000-8000-000000000000?user_id=ada`, {
      method: 'POST',
      headers: { 'x-api-key': `pb_${'x'.repeat(40)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(mcp.status).toBe(503);
    expect((await app.request(`${publicUrl}/readyz`)).status).toBe(503);
    await proxy.start(port);
    await expect.poll(async () => (await list()).status, { timeout: 15_000 }).toBe(200);
  });
});
