import { auth } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMcp } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestBrowser } from './browser.js';
import { TestClientProvider } from './client-provider.js';
import { mcpWith, tokenRequest } from './flow.js';

const redirectUri = 'http://127.0.0.1:8977/callback';

/** Tool-session MCP URLs speak MCP authorization as named servers do, bound to the session's own user. */
describe.each(databaseKinds)('MCP authorization on tool-session URLs (%s)', (kind) => {
  let t: TestServer;
  let serverUrl = '';

  const newSession = async (userId: string) => {
    const response = await fetch(`${t.url}/api/v3.1/tool_router/session`, {
      method: 'POST',
      headers: { 'x-api-key': t.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: userId, toolkits: { enable: ['notes'] } }),
    });
    const body: { session_id?: string; mcp?: { url?: string } } = await response.json();
    expect(response.status).toBe(201);
    return { id: body.session_id ?? '', url: body.mcp?.url ?? '' };
  };

  /** The SDK's auth() from nothing but the URL; the test plays the browser, typing the key and `userId`. */
  async function signIn(url: string, userId: string) {
    const provider = new TestClientProvider(redirectUri, { name: 'Session client' });
    expect(await auth(provider, { serverUrl: url })).toBe('REDIRECT');
    const authorizationUrl = provider.authorizationUrl?.toString() ?? '';
    expect(new URL(authorizationUrl).searchParams.get('resource')).toBe(url);
    const result = await new TestBrowser().signIn(authorizationUrl, redirectUri, () => ({
      api_key: t.apiKey,
      user_id: userId,
      action: 'allow',
    }));
    const code = 'callback' in result ? result.callback.searchParams.get('code') : null;
    if (code !== null) expect(await auth(provider, { serverUrl: url, authorizationCode: code })).toBe('AUTHORIZED');
    return { provider, result };
  }

  beforeAll(async () => {
    t = await startTestServer(kind);
    const server = await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Notes', toolkits: ['notes'] } }));
    serverUrl = `${t.url}/v3/mcp/${server.id}`;
  });
  afterAll(async () => t?.stop());

  it("signs in from the session URL alone, acts as the session's user, and ends with the session", async () => {
    const a = await newSession('ana');
    const b = await newSession('ana');
    expect(a.url).toBe(`${t.url}/tool_router/${a.id}/mcp`);

    // Unauthenticated: the challenge names the session URL's own metadata, which names the session URL.
    const bare = await fetch(a.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(bare.status).toBe(401);
    const prm = `${t.url}/.well-known/oauth-protected-resource/tool_router/${a.id}/mcp`;
    expect(bare.headers.get('www-authenticate')).toBe(`Bearer resource_metadata="${prm}", scope="mcp"`);
    const metadata: { resource?: string; authorization_servers?: string[] } = await (await fetch(prm)).json();
    expect(metadata).toMatchObject({ resource: a.url, authorization_servers: [t.url] });

    const { provider } = await signIn(a.url, 'ana');
    const client = new Client({ name: 'session-oauth-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(a.url), { authProvider: provider }));
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toContain('COMPOSIO_MULTI_EXECUTE_TOOL');
    const ran = await client.callTool({
      name: 'COMPOSIO_MULTI_EXECUTE_TOOL',
      arguments: {
        tools: [{ tool_slug: 'NOTES_SET', arguments: { key: 'who', value: 'ana via session oauth' } }],
        sync_response_to_workbench: false,
      },
    });
    expect(ran.structuredContent).toMatchObject({ successful: true, data: { success_count: 1 } });
    await client.close();
    // The note is ana's: her named-server URL (project key) reads it back.
    const asAna = await connectMcp(`${serverUrl}?user_id=ana`, { 'x-api-key': t.apiKey });
    expect((await asAna.callTool({ name: 'NOTES_GET', arguments: { key: 'who' } })).structuredContent).toMatchObject({
      value: 'ana via session oauth',
    });
    await asAna.close();

    // The token is for session A's URL only: refused on session B (same user) and on a named server.
    const token = provider.saved?.access_token ?? '';
    expect((await mcpWith(a.url, token)).status).toBe(200);
    for (const elsewhere of [b.url, serverUrl]) {
      const refused = await mcpWith(elsewhere, token);
      expect(refused.status).toBe(401);
      expect(refused.challenge).toMatch(/^Bearer error="invalid_token", resource_metadata=/);
    }
    // …and vice versa: a named server's token is refused on the session URL.
    const named = await signIn(serverUrl, 'ana');
    expect((await mcpWith(serverUrl, named.provider.saved?.access_token ?? '')).status).toBe(200);
    expect((await mcpWith(a.url, named.provider.saved?.access_token ?? '')).status).toBe(401);

    // Deleting the session ends its grant: the access token is unknown (401, not the deleted session's 404) and
    // the refresh token issues nothing.
    const deleted = await fetch(`${t.url}/api/v3.1/tool_router/session/${a.id}`, {
      method: 'DELETE',
      headers: { 'x-api-key': t.apiKey },
    });
    expect(deleted.status).toBe(200);
    expect((await mcpWith(a.url, token)).status).toBe(401);
    const refresh = await tokenRequest(t.url, {
      grant_type: 'refresh_token',
      refresh_token: provider.saved?.refresh_token ?? '',
      client_id: String(provider.client?.client_id),
    });
    expect(refresh).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await mcpWith(serverUrl, named.provider.saved?.access_token ?? '')).status).toBe(200);
  });

  it("refuses to sign in to a session as another user than the session's", async () => {
    const session = await newSession('bea');
    const { provider, result } = await signIn(session.url, 'mallory');
    expect('stopped' in result && result.stopped.status).toBe(400);
    expect('body' in result ? result.body : '').toContain(
      'This MCP URL is the tool session of user &quot;bea&quot;; it cannot act as &quot;mallory&quot;.',
    );
    expect(provider.saved).toBeUndefined();
  });
});
