import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiClient, createApiClient, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/boot/server.js';
import { createLogger } from '../../src/util/logger.js';
import { createSchema, databaseKinds, dropSchema } from '../support/databases.js';

/**
 * Two replicas on one PostgreSQL. Their caches trust a row for ten minutes here, so only the invalidation that the
 * writer announces (LISTEN/NOTIFY) can make the other replica stop honouring a revoked key, a deleted server or a
 * revoked token — at once, not within the TTL.
 */
describe.runIf(databaseKinds.includes('postgres'))('invalidation across replicas (postgres)', () => {
  let choice: Awaited<ReturnType<typeof createSchema>>;
  const replicas: RunningServer[] = [];
  const dirs: string[] = [];
  let adminKey: string;
  let a: ApiClient;

  beforeAll(async () => {
    const sharedKey = randomBytes(32).toString('base64');
    choice = await createSchema('postgres');
    for (let i = 0; i < 2; i++) {
      const dataDir = await mkdtemp(join(tmpdir(), `pb-replica-${i}-`));
      dirs.push(dataDir);
      replicas.push(
        await startServer({
          dataDir,
          port: 0,
          database: choice,
          logger: createLogger('silent'),
          context: { cacheTtlMs: 600_000 },
          // Replicas share one master key, or the second refuses to start.
          env: { PATCHBAY_MASTER_KEY: sharedKey },
        }),
      );
    }
    adminKey = replicas[0]?.apiKey ?? '';
    a = createApiClient({ baseUrl: replicas[0]?.url ?? '', apiKey: adminKey, retry: { retries: 0 } });
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await dropSchema(choice);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const onB = (path: string, key: string, init: RequestInit = {}) =>
    fetch(`${replicas[1]?.url}${path}`, { ...init, headers: { 'x-api-key': key, ...init.headers } });
  const mcpOnB = (serverId: string, headers: Record<string, string>) =>
    fetch(`${replicas[1]?.url}/v3/mcp/${serverId}?user_id=ada`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });

  it('a key revoked on one replica is refused by the other at once', async () => {
    const key = await unwrap(a.POST('/api_keys', { body: { name: 'short lived' } }));
    expect((await onB('/api/v3/mcp/servers', key.key)).status).toBe(200);
    await unwrap(a.DELETE('/api_keys/{id}', { params: { path: { id: key.id } } }));
    await expect.poll(async () => (await onB('/api/v3/mcp/servers', key.key)).status, { timeout: 10_000 }).toBe(401);
  });

  it('a server deleted on one replica is gone from the other at once', async () => {
    const server = await unwrap(a.POST('/mcp/servers/custom', { body: { name: 'Replicated', toolkits: ['notes'] } }));
    expect((await mcpOnB(server.id, { 'x-api-key': adminKey })).status).toBe(200);
    await unwrap(a.DELETE('/mcp/{id}', { params: { path: { id: server.id } } }));
    await expect
      .poll(async () => (await mcpOnB(server.id, { 'x-api-key': adminKey })).status, { timeout: 10_000 })
      .toBe(404);
  });

  it("a user's token revoked on one replica (instance deleted) is refused by the other at once", async () => {
    const server = await unwrap(a.POST('/mcp/servers/custom', { body: { name: 'Tokens', toolkits: ['notes'] } }));
    const generated = await unwrap(
      a.POST('/mcp/servers/generate', { body: { mcp_server_id: server.id, user_ids: ['ada'] } }),
    );
    const token = generated.access?.[0]?.headers.Authorization ?? '';
    expect(token).toMatch(/^Bearer pbt_/);
    expect((await mcpOnB(server.id, { authorization: token })).status).toBe(200);
    await unwrap(
      a.DELETE('/mcp/servers/{server_id}/instances/{user_id}', {
        params: { path: { server_id: server.id, user_id: 'ada' } },
      }),
    );
    await expect
      .poll(async () => (await mcpOnB(server.id, { authorization: token })).status, { timeout: 10_000 })
      .toBe(401);
  });
});
