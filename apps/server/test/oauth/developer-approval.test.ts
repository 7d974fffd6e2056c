import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestBrowser } from './browser.js';
import { TestClientProvider } from './client-provider.js';
import { mcpWith } from './flow.js';

const redirectUri = 'http://127.0.0.1:8978/callback';

/**
 * The developer's own app: its login page knows who its user is (here: from the `as` query the test sets, standing
 * in for its session), approves Patchbay's pending sign-in for that user id with the project key, and sends the
 * browser back. `deny` users are refused instead.
 */
async function startDeveloperApp(patchbay: () => TestServer) {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://app.local');
      const signIn = url.searchParams.get('patchbay_sign_in') ?? '';
      seen.push(url.searchParams.get('client_name') ?? '');
      const user = url.searchParams.get('as') ?? 'app-user-42';
      const answer = await fetch(`${patchbay().url}/api/v3/mcp/oauth/sign_ins/${signIn}`, {
        method: 'POST',
        headers: { 'x-api-key': patchbay().apiKey, 'content-type': 'application/json' },
        body: JSON.stringify(user === 'deny' ? { deny: true } : { user_id: user }),
      });
      const body: { return_to?: string } = await answer.json();
      res.statusCode = 302;
      res.setHeader('location', body.return_to ?? url.searchParams.get('return_to') ?? '/');
      res.end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
  return {
    url: `http://127.0.0.1:${port}/login`,
    seen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(databaseKinds)('developer-approval sign-in and issued grants on %s', (kind) => {
  let t: TestServer;
  let app: Awaited<ReturnType<typeof startDeveloperApp>>;
  let serverId: string;
  const mcpUrl = () => new URL(`${t.url}/v3/mcp/${serverId}`);

  beforeAll(async () => {
    t = await startTestServer(kind);
    app = await startDeveloperApp(() => t);
    serverId = (
      await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Dev notes', toolkits: ['notes'] } }))
    ).id;
    await unwrap(t.client.PUT('/mcp/oauth/settings', { body: { login_url: app.url } }));
  });
  afterAll(async () => {
    await t.stop();
    await app.stop();
  });

  async function signIn(provider: TestClientProvider, loginQuery = '') {
    const first = new Client({ name: 'dev-test', version: '1.0.0' });
    await expect(
      first.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider })),
    ).rejects.toThrow(UnauthorizedError);
    const consentPages: string[] = [];
    const result = await new TestBrowser().signIn(
      `${provider.authorizationUrl}`,
      redirectUri,
      (page) => {
        consentPages.push(page);
        return { action: 'allow' };
      },
      (url) => (url.startsWith(app.url) ? `${url}${loginQuery}` : url),
    );
    return { result, consentPages };
  }

  it("completes with the developer's user id, lists the grant, and revoking it (or the instance) ends the access", async () => {
    const provider = new TestClientProvider(redirectUri, { name: 'Claude' });
    const { result, consentPages } = await signIn(provider);
    if (!('callback' in result)) throw new Error(`stopped: ${result.body.slice(0, 200)}`);
    expect(consentPages[0]).toContain('app-user-42');
    expect(consentPages[0]).toContain('Dev notes');
    expect(consentPages[0]).toContain('Claude');
    expect(app.seen).toContain('Claude');
    await new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }).finishAuth(
      result.callback.searchParams.get('code') ?? '',
    );
    const client = new Client({ name: 'dev-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }));
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 'k', value: 'v' } });
    await client.close();

    const grants = await unwrap(
      t.client.GET('/mcp/servers/{server_id}/oauth_grants', { params: { path: { server_id: serverId } } }),
    );
    expect(grants.items).toHaveLength(1);
    expect(grants.items[0]).toMatchObject({ user_id: 'app-user-42', client_name: 'Claude', server_id: serverId });
    const instances = await unwrap(
      t.client.GET('/mcp/servers/{server_id}/instances', { params: { path: { server_id: serverId } } }),
    );
    expect(instances.instances.map((i) => i.instance_id)).toContain('app-user-42');

    const token = provider.saved?.access_token ?? '';
    expect((await mcpWith(mcpUrl().toString(), token)).status).toBe(200);
    await unwrap(
      t.client.DELETE('/mcp/servers/{server_id}/oauth_grants/{grant_id}', {
        params: { path: { server_id: serverId, grant_id: grants.items[0]?.id ?? '' } },
      }),
    );
    expect((await mcpWith(mcpUrl().toString(), token)).status).toBe(401);

    // Signed in again, then the user's instance is deleted: their OAuth access ends with it.
    const again = new TestClientProvider(redirectUri, { name: 'Claude' });
    const second = await signIn(again);
    if (!('callback' in second.result)) throw new Error('second sign-in stopped');
    await new StreamableHTTPClientTransport(mcpUrl(), { authProvider: again }).finishAuth(
      second.result.callback.searchParams.get('code') ?? '',
    );
    const secondToken = again.saved?.access_token ?? '';
    expect((await mcpWith(mcpUrl().toString(), secondToken)).status).toBe(200);
    await unwrap(
      t.client.DELETE('/mcp/servers/{server_id}/instances/{user_id}', {
        params: { path: { server_id: serverId, user_id: 'app-user-42' } },
      }),
    );
    expect((await mcpWith(mcpUrl().toString(), secondToken)).status).toBe(401);
    expect(
      (
        await unwrap(
          t.client.GET('/mcp/servers/{server_id}/oauth_grants', { params: { path: { server_id: serverId } } }),
        )
      ).items,
    ).toHaveLength(0);
  });

  it("ends with access_denied when the developer's backend denies, and a sign-in is decided only once", async () => {
    const provider = new TestClientProvider(redirectUri);
    const { result } = await signIn(provider, '&as=deny');
    if (!('callback' in result)) throw new Error('stopped');
    expect(result.callback.searchParams.get('error')).toBe('access_denied');
    const unknown = await t.client.POST('/mcp/oauth/sign_ins/{sign_in_id}', {
      params: { path: { sign_in_id: `si_${'x'.repeat(40)}` } },
      body: { user_id: 'someone' },
    });
    expect(unknown.response.status).toBe(404);
    const both = await t.client.POST('/mcp/oauth/sign_ins/{sign_in_id}', {
      params: { path: { sign_in_id: `si_${'x'.repeat(40)}` } },
      body: { user_id: 'someone', deny: true },
    });
    expect(both.response.status).toBe(400);
  });
});
