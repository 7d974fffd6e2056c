import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

describe('Streamable HTTP sessions for clients that ask for them (sessions=true)', () => {
  let t: TestServer;
  let serverId: string;
  beforeAll(async () => {
    t = await startTestServer('pglite');
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Sessions', toolkits: ['notes'] } })))
      .id;
  });
  afterAll(async () => t.stop());

  const raw = (sessionId: string, key: string, method = 'POST') =>
    fetch(`${t.url}/v3/mcp/${serverId}?user_id=ana`, {
      method,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': sessionId,
        'mcp-protocol-version': '2025-06-18',
        'x-api-key': key,
      },
      ...(method === 'POST' ? { body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/list' }) } : {}),
    });

  it('gives the SDK client a session id, serves it across requests, and ends it on DELETE', async () => {
    const transport = new StreamableHTTPClientTransport(
      new URL(`${t.url}/v3/mcp/${serverId}?user_id=ana&sessions=true`),
      {
        requestInit: { headers: { 'x-api-key': t.apiKey } },
      },
    );
    const client = new Client({ name: 'session-test', version: '1.0.0' });
    await client.connect(transport);
    const sessionId = transport.sessionId;
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.running.context.sessions.streams.size).toBe(1);
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 's', value: 'in a session' } });
    const got = await client.callTool({ name: 'NOTES_GET', arguments: { key: 's' } });
    expect(got.structuredContent).toMatchObject({ value: 'in a session' });

    // Another project's key cannot use the session; neither can a request without the user's credential.
    const other = await unwrap(t.client.POST('/projects', { body: { name: 'Other sessions' } }));
    expect((await raw(sessionId ?? '', other.api_key.key)).status).toBe(404);
    expect((await raw(sessionId ?? '', `pb_${'z'.repeat(40)}`)).status).toBe(401);

    await transport.terminateSession();
    await client.close();
    await expect.poll(() => t.running.context.sessions.streams.size).toBe(0);
    const after = await raw(sessionId ?? '', t.apiKey);
    expect(after.status).toBe(404);
    expect(await after.json()).toMatchObject({
      error: { status: 404, suggested_fix: expect.stringContaining('new session') },
    });
  });

  it('stays stateless without sessions=true: no session id is handed out', async () => {
    const transport = new StreamableHTTPClientTransport(new URL(`${t.url}/v3/mcp/${serverId}?user_id=ana`), {
      requestInit: { headers: { 'x-api-key': t.apiKey } },
    });
    const client = new Client({ name: 'stateless-test', version: '1.0.0' });
    await client.connect(transport);
    expect(transport.sessionId).toBeUndefined();
    await client.close();
  });

  it('ends open sessions when the server shuts down', async () => {
    const local = await startTestServer('pglite');
    const id = (
      await unwrap(local.client.POST('/mcp/servers/custom', { body: { name: 'Closing', toolkits: ['notes'] } }))
    ).id;
    const transport = new StreamableHTTPClientTransport(new URL(`${local.url}/v3/mcp/${id}?sessions=true`), {
      requestInit: { headers: { 'x-api-key': local.apiKey } },
    });
    const client = new Client({ name: 'closing', version: '1.0.0' });
    await client.connect(transport);
    expect(local.running.context.sessions.streams.size).toBe(1);
    await local.stop();
    expect(local.running.context.sessions.streams.size).toBe(0);
    await client.close();
  });
});
