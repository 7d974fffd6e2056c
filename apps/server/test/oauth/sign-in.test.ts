import { PassThrough } from 'node:stream';
import { auth, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/util/logger.js';
import { connectMcp } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestBrowser } from './browser.js';
import { TestClientProvider } from './client-provider.js';

const redirectUri = 'http://127.0.0.1:8976/callback';

describe.each(databaseKinds)('MCP authorization (OAuth 2.1) on %s', (kind) => {
  let t: TestServer;
  let serverId: string;
  const logged: string[] = [];
  const mcpUrl = () => new URL(`${t.url}/v3/mcp/${serverId}`);

  beforeAll(async () => {
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => logged.push(chunk.toString()));
    t = await startTestServer(kind, { logger: createLogger('info', sink) });
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Notes', toolkits: ['notes'] } })))
      .id;
  });
  afterAll(async () => t.stop());

  /** Runs the whole flow from nothing but the URL, the test playing the browser; answers the signed-in client. */
  async function signIn(provider: TestClientProvider, userId: string) {
    const first = new Client({ name: 'oauth-test', version: '1.0.0' });
    await expect(
      first.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider })),
    ).rejects.toThrow(UnauthorizedError);
    const authorizationUrl = provider.authorizationUrl;
    if (authorizationUrl === undefined) throw new Error('the client was not sent to authorize');
    const result = await new TestBrowser().signIn(authorizationUrl.toString(), redirectUri, () => ({
      api_key: t.apiKey,
      user_id: userId,
      action: 'allow',
    }));
    if (!('callback' in result)) throw new Error(`the sign-in stopped: ${result.stopped.status} ${result.body}`);
    expect(result.callback.searchParams.get('iss')).toBe(t.url);
    const code = result.callback.searchParams.get('code');
    if (code === null) throw new Error(`no code: ${result.callback}`);
    const transport = new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider });
    await transport.finishAuth(code);
    const client = new Client({ name: 'oauth-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }));
    return client;
  }

  it('connects from nothing but the URL via dynamic registration, and acts as the user who signed in', async () => {
    const provider = new TestClientProvider(redirectUri);
    const client = await signIn(provider, 'ana');
    expect(provider.client?.client_id).toBeTruthy();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toContain('NOTES_SET');
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 'who', value: 'ana via oauth' } });
    const asAna = await connectMcp(`${mcpUrl()}?user_id=ana`, { 'x-api-key': t.apiKey });
    expect((await asAna.callTool({ name: 'NOTES_GET', arguments: { key: 'who' } })).structuredContent).toMatchObject({
      value: 'ana via oauth',
    });
    await Promise.all([client.close(), asAna.close()]);

    // The SDK refreshes with the refresh token it saved: a rotated pair, and the new access token works.
    const before = provider.saved;
    expect(await auth(provider, { serverUrl: mcpUrl() })).toBe('AUTHORIZED');
    expect(provider.saved?.refresh_token).not.toBe(before?.refresh_token);
    expect(provider.saved?.access_token).not.toBe(before?.access_token);
    const refreshed = new Client({ name: 'oauth-test', version: '1.0.0' });
    await refreshed.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }));
    expect(
      (await refreshed.callTool({ name: 'NOTES_GET', arguments: { key: 'who' } })).structuredContent,
    ).toMatchObject({
      value: 'ana via oauth',
    });
    await refreshed.close();

    // Every use is in the access log, with the client and grant it came through; no token or code ever is.
    const lines = logged
      .join('')
      .split('\n')
      .filter((line) => line.includes('"msg":"request"'));
    const uses = lines.filter((line) => line.includes('"via":"oauth"'));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    expect(uses[0]).toContain(`"oauth_client":"${provider.client?.client_id}"`);
    expect(uses[0]).toMatch(/"oauth_grant":"[^"]+"/);
    const everything = logged.join('');
    for (const secret of [
      before?.access_token,
      before?.refresh_token,
      provider.saved?.refresh_token,
      provider.verifier,
    ]) {
      expect(secret).toBeTruthy();
      expect(everything).not.toContain(secret);
    }
  });
});
