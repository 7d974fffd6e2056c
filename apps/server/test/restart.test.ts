import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from './support/process.js';

/** The real process on PGlite in a data dir: acknowledged writes survive SIGTERM and SIGKILL. */
describe('restarting the server process on the same data dir', () => {
  let dataDir: string;
  const args = () => ['--port', '0', '--data-dir', dataDir, '--log-level', 'warn'];
  const clientFor = (p: ServerProcess, apiKey: string) =>
    createApiClient({ baseUrl: p.url, apiKey, retry: { retries: 0 } });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'patchbay-restart-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints the key once, keeps every acknowledged write across SIGTERM and then SIGKILL', async () => {
    const first = await spawnServer(args(), { PATCHBAY_DATA_DIR: undefined, DATABASE_URL: undefined });
    const shown = /New admin API key \(shown once\): (pb_\w+)/.exec(first.stdout())?.[1];
    expect(shown).toMatch(/^pb_[0-9A-Za-z]{40}$/);
    const keyFile = join(dataDir, 'api-key');
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(shown);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(dataDir, 'server.json'), 'utf8'))).toEqual({ url: first.url });
    expect(first.stdout()).toContain(`${first.url}/docs`);
    const apiKey = shown ?? '';

    const c1 = clientFor(first, apiKey);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await unwrap(c1.POST('/mcp/servers/custom', { body: { name: `Kept ${i}`, toolkits: ['notes'] } }))).id);
    }
    await unwrap(c1.PATCH('/mcp/{id}', { params: { path: { id: ids[0] ?? '' } }, body: { name: 'Renamed zero' } }));
    await unwrap(c1.DELETE('/mcp/{id}', { params: { path: { id: ids[4] ?? '' } } }));
    await unwrap(
      c1.POST('/mcp/servers/{server_id}/instances', {
        params: { path: { server_id: ids[1] ?? '' } },
        body: { user_id: 'u1' },
      }),
    );
    const extraKey = await unwrap(c1.POST('/api_keys', { body: { name: 'extra' } }));

    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });

    const second = await spawnServer(args());
    expect(second.stdout()).not.toContain('shown once');
    expect(second.stdout()).toContain(keyFile);
    const c2 = clientFor(second, extraKey.key);
    const list = await unwrap(
      c2.GET('/mcp/servers', { params: { query: { order_by: 'created_at', order_direction: 'asc' } } }),
    );
    expect(list.items.map((s) => s.name)).toEqual(['Renamed zero', 'Kept 1', 'Kept 2', 'Kept 3']);
    expect(list.items[1]?.server_instance_count).toBe(1);

    // Writes acknowledged just before SIGKILL.
    const late = await unwrap(c2.POST('/mcp/servers/custom', { body: { name: 'Written late', toolkits: ['files'] } }));
    await unwrap(
      c2.PATCH('/mcp/{id}', { params: { path: { id: ids[2] ?? '' } }, body: { allowed_tools: ['NOTES_GET'] } }),
    );
    const session = await unwrap(
      c2.POST('/tool_router/session', { body: { user_id: 'u1', toolkits: { enable: ['notes'] } } }),
    );
    second.child.kill('SIGKILL');
    expect((await second.exited).signal).toBe('SIGKILL');

    const third = await spawnServer(args());
    try {
      const c3 = clientFor(third, apiKey);
      const got = await unwrap(c3.GET('/mcp/{id}', { params: { path: { id: late.id } } }));
      expect(got).toMatchObject({ name: 'Written late', toolkits: ['files'] });
      const patched = await unwrap(c3.GET('/mcp/{id}', { params: { path: { id: ids[2] ?? '' } } }));
      expect(patched.allowed_tools).toEqual(['NOTES_GET']);
      const all = await unwrap(c3.GET('/mcp/servers', {}));
      expect(all.items).toHaveLength(5);
      const kept = await unwrap(
        c3.GET('/tool_router/session/{session_id}', { params: { path: { session_id: session.session_id } } }),
      );
      expect(kept.config.toolkits).toEqual({ enabled: ['notes'] });
      const ready = await fetch(`${third.url}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      third.child.kill('SIGTERM');
      await third.exited;
    }
  });
});
