import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

/** What every answer carries, and what a loopback server accepts as its own origin. */
describe('response headers and origins', () => {
  let t: TestServer;
  let serverId: string;
  beforeAll(async () => {
    t = await startTestServer('pglite');
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Headers', toolkits: ['notes'] } })))
      .id;
  });
  afterAll(async () => t.stop());

  const port = () => new URL(t.url).port;
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${t.url}${path}`, { ...init, headers: { 'x-api-key': t.apiKey, ...init.headers } });

  it('accepts the loopback names as its own origin, as it does in Host; a foreign origin is still refused', async () => {
    for (const origin of [`http://localhost:${port()}`, `http://127.0.0.1:${port()}`, `http://[::1]:${port()}`]) {
      const answer = await send('/api/v3/mcp/servers', { headers: { origin } });
      expect({ origin, status: answer.status }).toEqual({ origin, status: 200 });
    }
    expect(
      (await send('/api/v3/mcp/servers', { headers: { origin: `http://localhost:${Number(port()) + 1}` } })).status,
    ).toBe(403);
    expect((await send('/api/v3/mcp/servers', { headers: { origin: 'http://rebind.test' } })).status).toBe(403);
  });

  it('sends nosniff and a CSP on JSON, errors and /docs', async () => {
    for (const path of ['/api/v3/mcp/servers', '/api/v3/nope', '/docs', '/healthz']) {
      const answer = await send(path);
      expect({ path, nosniff: answer.headers.get('x-content-type-options') }).toEqual({ path, nosniff: 'nosniff' });
      expect(answer.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    }
  });

  it('marks answers that carry a fresh secret no-store, and only those', async () => {
    const json = { 'content-type': 'application/json' };
    const key = await send('/api/v3/api_keys', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'ci key' }),
    });
    expect(key.status).toBe(201);
    expect(key.headers.get('cache-control')).toBe('no-store');
    const generated = await send('/api/v3/mcp/servers/generate', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ mcp_server_id: serverId, user_ids: ['ada'] }),
    });
    expect(generated.headers.get('cache-control')).toBe('no-store');
    expect((await send('/api/v3/mcp/servers')).headers.get('cache-control')).toBeNull();
  });

  it('says on the MCP URL which credential it wants', async () => {
    const answer = await fetch(`${t.url}/v3/mcp/${serverId}?user_id=ada`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(answer.status).toBe(401);
    const { error } = await answer.json();
    expect(error.message).toMatch(/scoped token/);
    expect(error.suggested_fix).toMatch(/Authorization: Bearer pbt_/);
  });
});
