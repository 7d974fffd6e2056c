import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectMcp, resultText } from './connect.js';

describe.each(databaseKinds)('MCP endpoint on %s', (kind) => {
  let t: TestServer;
  let serverId: string;
  let readOnlyId: string;
  const headers = () => ({ 'x-api-key': t.apiKey });
  const mcpUrl = (id: string, query = 'user_id=ana', suffix = '') => `${t.url}/v3/mcp/${id}${suffix}?${query}`;

  beforeAll(async () => {
    t = await startTestServer(kind);
    serverId = (
      await unwrap(
        t.client.POST('/mcp/servers/custom', { body: { name: 'Notes and web', toolkits: ['notes', 'http'] } }),
      )
    ).id;
    readOnlyId = (
      await unwrap(
        t.client.POST('/mcp/servers/custom', {
          body: { name: 'Read only', toolkits: ['notes'], allowed_tools: ['NOTES_GET', 'NOTES_LIST'] },
        }),
      )
    ).id;
  });
  afterAll(async () => t.stop());

  it("serves every tool of the server's toolkits to the SDK client over Streamable HTTP", async () => {
    const client = await connectMcp(mcpUrl(serverId), headers());
    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['NOTES_SET', 'NOTES_GET', 'HTTP_GET', 'HTTP_REQUEST']));
    expect(names).not.toContain('FILES_READ');
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(tools.find((tool) => tool.name === 'NOTES_GET')?.annotations?.readOnlyHint).toBe(true);
    expect(client.getServerVersion()?.name).toBe('patchbay');
    await client.close();
  });

  it("runs tools as the URL's user, and keeps users apart", async () => {
    const ana = await connectMcp(mcpUrl(serverId, 'user_id=ana'), headers());
    const set = await ana.callTool({ name: 'NOTES_SET', arguments: { key: 'plan', value: 'ship it' } });
    expect(set.isError).toBeFalsy();
    const got = await ana.callTool({ name: 'NOTES_GET', arguments: { key: 'plan' } });
    expect(got.structuredContent).toMatchObject({ key: 'plan', value: 'ship it' });
    const bob = await connectMcp(mcpUrl(serverId, 'user_id=bob'), headers());
    const bobs = await bob.callTool({ name: 'NOTES_GET', arguments: { key: 'plan' } });
    expect(bobs.isError).toBe(true);
    await Promise.all([ana.close(), bob.close()]);
  });

  it('takes the /mcp suffix form and the default user', async () => {
    const client = await connectMcp(`${t.url}/v3/mcp/${serverId}/mcp`, headers());
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 'who', value: 'default user' } });
    const other = await connectMcp(mcpUrl(serverId, 'user_id=default'), headers());
    expect((await other.callTool({ name: 'NOTES_GET', arguments: { key: 'who' } })).structuredContent).toMatchObject({
      value: 'default user',
    });
    await Promise.all([client.close(), other.close()]);
  });

  it('enforces allowed_tools on list and on call', async () => {
    const client = await connectMcp(mcpUrl(readOnlyId), headers());
    expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual(['NOTES_GET', 'NOTES_LIST']);
    await expect(client.callTool({ name: 'NOTES_SET', arguments: { key: 'k', value: 'v' } })).rejects.toThrow(
      /NOTES_SET is not available on this server/,
    );
    await expect(client.callTool({ name: 'FILES_READ', arguments: { path: 'x' } })).rejects.toThrow(/not available/);
    await client.close();
  });

  it('returns a failing tool as an isError result with a message that helps', async () => {
    const client = await connectMcp(mcpUrl(serverId), headers());
    const result = await client.callTool({ name: 'HTTP_GET', arguments: { url: 'http://127.0.0.1:9/' } });
    expect(result.isError).toBe(true);
    expect(resultText(result)).toContain('Blocked');
    const invalid = await client.callTool({ name: 'NOTES_SET', arguments: { key: 7 } });
    expect(invalid.isError).toBe(true);
    expect(resultText(invalid)).toMatch(/key: .*value: /);
    await client.close();
  });

  it('serves the legacy HTTP+SSE transport', async () => {
    const client = await connectMcp(mcpUrl(serverId, 'user_id=sse-user', '/sse'), headers(), 'sse');
    expect((await client.listTools()).tools.length).toBeGreaterThan(4);
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 'via', value: 'sse' } });
    const got = await client.callTool({ name: 'NOTES_GET', arguments: { key: 'via' } });
    expect(got.structuredContent).toMatchObject({ value: 'sse' });
    await client.close();
  });

  it('records every call in the tool-call log, scoped and without arguments', async () => {
    const client = await connectMcp(mcpUrl(serverId, 'user_id=logged'), headers());
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 'secret-key', value: 'hunter2' } });
    await client.callTool({ name: 'NOTES_GET', arguments: { key: 'missing' } });
    await client.close();
    const rows = await t.running.database.query<{
      tool_slug: string;
      outcome: string;
      server_id: string;
      error: string | null;
    }>("SELECT tool_slug, outcome, server_id, error FROM tool_calls WHERE user_id = 'logged' ORDER BY started_at");
    expect(rows).toEqual([
      { tool_slug: 'NOTES_SET', outcome: 'success', server_id: serverId, error: null },
      expect.objectContaining({ tool_slug: 'NOTES_GET', outcome: 'error', server_id: serverId }),
    ]);
    expect(JSON.stringify(rows)).not.toContain('hunter2');
  });

  it('counts the users who use a server as its instances', async () => {
    const client = await connectMcp(mcpUrl(readOnlyId, 'user_id=counted'), headers());
    await client.listTools();
    await client.close();
    await expect
      .poll(
        async () =>
          (await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: readOnlyId } } }))).server_instance_count,
      )
      .toBeGreaterThanOrEqual(1);
  });

  it('generate issues scoped tokens that act only for their user on their server, until the instance goes', async () => {
    const generated = await unwrap(
      t.client.POST('/mcp/servers/generate', { body: { mcp_server_id: serverId, user_ids: ['tina', 'tom'] } }),
    );
    expect(generated.user_ids_url).toEqual([mcpUrl(serverId, 'user_id=tina'), mcpUrl(serverId, 'user_id=tom')]);
    const [tina, tom] = generated.access;
    expect(tina?.headers.Authorization).toMatch(/^Bearer pbt_[0-9A-Za-z]{40}$/);
    if (tina === undefined || tom === undefined) throw new Error('expected two access entries');

    const client = await connectMcp(tina.url, tina.headers);
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 'k', value: 'tina' } });
    await client.close();
    // The same token with the user left out of the URL still acts for its own user.
    const bare = await connectMcp(`${t.url}/v3/mcp/${serverId}`, tina.headers);
    expect((await bare.callTool({ name: 'NOTES_GET', arguments: { key: 'k' } })).structuredContent).toMatchObject({
      value: 'tina',
    });
    await bare.close();

    const raw = (url: string, headers: Record<string, string>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
    expect((await raw(tom.url, tina.headers)).status).toBe(403);
    expect((await raw(mcpUrl(readOnlyId, 'user_id=tina'), tina.headers)).status).toBe(403);

    await unwrap(
      t.client.DELETE('/mcp/servers/{server_id}/instances/{user_id}', {
        params: { path: { server_id: serverId, user_id: 'tina' } },
      }),
    );
    const revoked = await raw(tina.url, tina.headers);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: { slug: 'token_revoked' } });
    expect((await raw(tom.url, tom.headers)).status).toBe(200);
    const urlsOnly = await unwrap(
      t.client.POST('/mcp/servers/generate', {
        body: { mcp_server_id: serverId, user_ids: ['x'], scoped_tokens: false },
      }),
    );
    expect(urlsOnly.access).toEqual([]);
  });

  describe('refuses, in the envelope', () => {
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    };
    const post = (url: string, extra: Record<string, string>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...extra },
        body: JSON.stringify(initialize),
      });

    it.each([
      ['no key', 401, {}, 'unauthorized'],
      ['a wrong key', 401, { 'x-api-key': `pb_${'x'.repeat(40)}` }, 'unauthorized'],
      ['a wrong token', 401, { authorization: `Bearer pbt_${'y'.repeat(40)}` }, 'unauthorized'],
    ])('%s → %i', async (_label, status, extra, slug) => {
      const response = await post(mcpUrl(serverId), extra);
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: { status, slug, suggested_fix: expect.any(String) } });
    });

    it('an unknown or malformed server id → 404, never an empty tool list', async () => {
      for (const id of ['6f1d2c1e-8f7b-4b0a-9d1e-2b7f0c3a9e11', 'not-a-uuid']) {
        const response = await post(mcpUrl(id), headers());
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ error: { status: 404 } });
      }
    });

    it('a deleted server → 404, for the SDK client too', async () => {
      const doomed = await unwrap(
        t.client.POST('/mcp/servers/custom', { body: { name: 'Doomed', toolkits: ['notes'] } }),
      );
      const client = await connectMcp(mcpUrl(doomed.id), headers());
      await unwrap(t.client.DELETE('/mcp/{id}', { params: { path: { id: doomed.id } } }));
      await expect(client.listTools()).rejects.toThrow(/404/);
      expect((await post(mcpUrl(doomed.id), headers())).status).toBe(404);
    });

    it('GET on the stateless endpoint → 405 with Allow: POST', async () => {
      const response = await fetch(mcpUrl(serverId), { headers: { ...headers(), accept: 'text/event-stream' } });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });

    it("another project's key → 404", async () => {
      const other = await unwrap(t.client.POST('/projects', { body: { name: 'Other' } }));
      const response = await post(mcpUrl(serverId), { 'x-api-key': other.api_key.key });
      expect(response.status).toBe(404);
    });

    it("an SSE message to a session from another project's key → 404, and an unknown session → 404", async () => {
      const stream = await fetch(mcpUrl(serverId, 'user_id=owner', '/sse'), { headers: headers() });
      const reader = stream.body?.getReader();
      const first = new TextDecoder().decode((await reader?.read())?.value);
      const endpoint = /data: (\S+)/.exec(first)?.[1] ?? '';
      expect(endpoint).toMatch(/^\/v3\/mcp\/.+\/messages\?sessionId=/);
      const other = await unwrap(t.client.POST('/projects', { body: { name: 'Intruder' } }));
      const send = (url: string, key: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'x-api-key': key, 'content-type': 'application/json' },
          body: JSON.stringify(initialize),
        });
      expect((await send(`${t.url}${endpoint}`, other.api_key.key)).status).toBe(404);
      expect((await send(`${t.url}/v3/mcp/${serverId}/messages?sessionId=nope`, t.apiKey)).status).toBe(404);
      expect((await send(`${t.url}${endpoint}`, t.apiKey)).status).toBe(202);
      await reader?.cancel();
    });
  });
});
