import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/boot/app.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { loopbackHosts } from '../src/http/host-check.js';
import { insertApiKey } from '../src/store/api-keys.js';
import { insertProject } from '../src/store/projects.js';

/** In-process checks of the HTTP edge (app.request): host and origin rules, request ids, 500s. */
describe('the HTTP edge', () => {
  let db: Database;
  let key: string;
  const publicUrl = 'http://127.0.0.1:8787';
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    const project = await insertProject(db, 'p');
    key = (await insertApiKey(db, { projectId: project.id, name: 'k', isAdmin: true })).key;
  });
  afterAll(async () => {
    await db.close();
  });
  let edge: ReturnType<typeof createApp> | undefined;
  const app = () => {
    edge ??= createApp({
      db,
      publicUrl,
      allowedHosts: loopbackHosts(8787, publicUrl),
      allowedOrigins: ['http://ui.test:5173'],
    });
    return edge;
  };
  const get = (path: string, headers: Record<string, string>) => app().request(`${publicUrl}${path}`, { headers });

  it('accepts loopback Host names on the right port only', async () => {
    for (const host of ['127.0.0.1:8787', 'localhost:8787', '[::1]:8787']) {
      expect((await get('/healthz', { host })).status).toBe(200);
    }
    for (const host of ['127.0.0.1:9999', 'localhost', 'rebind.attacker.test:8787', '']) {
      const answer = await get('/healthz', { host });
      expect(answer.status).toBe(403);
      expect(((await answer.json()) as { error: { slug: string } }).error.slug).toBe('host_not_allowed');
    }
  });

  it('allows its own and configured origins (with CORS), refuses others', async () => {
    const host = '127.0.0.1:8787';
    expect((await get('/healthz', { host, origin: publicUrl })).status).toBe(200);
    const allowed = await get('/healthz', { host, origin: 'http://ui.test:5173' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://ui.test:5173');
    const preflight = await app().request(`${publicUrl}/api/v3/mcp/servers`, {
      method: 'OPTIONS',
      headers: { host, origin: 'http://ui.test:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
    expect((await get('/healthz', { host, origin: 'http://evil.test' })).status).toBe(403);
  });

  it('answers 500 in the envelope with the request id and no internals', async () => {
    const broken: Database = {
      ...db,
      kind: db.kind,
      query: async () => {
        throw new Error('relation "secret_table" does not exist at /srv/internal.ts:12');
      },
    };
    const answer = await createApp({ db: broken, publicUrl }).request('/api/v3/mcp/servers', {
      headers: { 'x-api-key': key, 'x-request-id': 'trace-500' },
    });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('x-request-id')).toBe('trace-500');
    const body = await answer.text();
    expect(JSON.parse(body)).toMatchObject({
      error: { status: 500, code: 500, request_id: 'trace-500', slug: 'internal_error' },
    });
    expect(body).not.toMatch(/secret_table|internal\.ts/);
    const ready = await createApp({ db: broken, publicUrl }).request('/readyz');
    expect(ready.status).toBe(503);
  });

  it('generates a request id when none or a bad one is sent', async () => {
    const none = await createApp({ db, publicUrl }).request('/healthz');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const control = await createApp({ db, publicUrl }).request('/healthz', { headers: { 'x-request-id': 'a\tb' } });
    expect(control.headers.get('x-request-id')).not.toBe('a\tb');
  });

  it('lists every operation of the spec on /docs', async () => {
    const html = await (await createApp({ db, publicUrl }).request('/docs')).text();
    for (const op of [
      'listMcpServers',
      'createMcpServer',
      'createCustomMcpServer',
      'generateMcpUrls',
      'getMcpServer',
      'updateMcpServer',
      'deleteMcpServer',
      'listMcpServersByToolkit',
      'listMcpInstances',
      'createMcpInstance',
      'deleteMcpInstance',
      'listApiKeys',
      'createApiKey',
      'revokeApiKey',
      'createProject',
      'getCurrentProject',
    ]) {
      expect(html).toContain(`id="${op}"`);
    }
    expect(html).toContain('id="schema-McpServer"');
  });
});
