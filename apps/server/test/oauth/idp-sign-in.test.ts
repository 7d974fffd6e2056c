import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { unwrap } from '@patchbay/core';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestBrowser } from './browser.js';
import { TestClientProvider } from './client-provider.js';

const redirectUri = 'http://127.0.0.1:8980/callback';
const idpClient = { clientId: 'patchbay', clientSecret: 'idp-client-secret-7Hq2Lm9Vx' };

/**
 * The operator's identity provider: a real oidc-provider with its development login (any login name, which
 * becomes `sub`; the email claim is `<login>@example.test`). Patchbay is registered as a confidential client whose
 * loopback redirect may use any port (a native client), since the test's Patchbay port is random.
 */
async function startIdentityProvider() {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: idpClient.clientId,
        client_secret: idpClient.clientSecret,
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/oauth/idp/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    claims: { openid: ['sub'], email: ['email'] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: `${id}@example.test` }),
    }),
    cookies: { keys: ['idp-cookie-key-for-tests'] },
  });
  handler = provider.callback();
  return { issuer, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(databaseKinds)("sign-in through the operator's OpenID Connect provider on %s", (kind) => {
  let t: TestServer;
  let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
  let serverId: string;
  const mcpUrl = () => new URL(`${t.url}/v3/mcp/${serverId}`);

  beforeAll(async () => {
    idp = await startIdentityProvider();
    t = await startTestServer(kind, {
      context: { oauth: { oidc: { issuer: idp.issuer, ...idpClient, userClaim: 'email', scope: 'openid email' } } },
    });
    serverId = (
      await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'IdP notes', toolkits: ['notes'] } }))
    ).id;
  });
  afterAll(async () => {
    await t.stop();
    await idp.stop();
  });

  it('makes the chosen claim of the signed-in user the user id the MCP URL acts as', async () => {
    const provider = new TestClientProvider(redirectUri, { name: 'VS Code' });
    const first = new Client({ name: 'idp-test', version: '1.0.0' });
    await expect(
      first.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider })),
    ).rejects.toThrow(UnauthorizedError);
    const consentPages: string[] = [];
    const result = await new TestBrowser().signIn(
      `${provider.authorizationUrl}`,
      redirectUri,
      (page, pageUrl): Record<string, string> => {
        if (pageUrl.startsWith(idp.issuer)) {
          return page.includes('name="login"') ? { login: 'dana', password: 'any' } : {};
        }
        consentPages.push(page);
        return { action: 'allow' };
      },
    );
    if (!('callback' in result)) throw new Error(`stopped: ${result.stopped.status} ${result.body.slice(0, 1500)}`);
    expect(consentPages).toHaveLength(1);
    expect(consentPages[0]).toContain('dana@example.test');
    expect(consentPages[0]).toContain('VS Code');
    await new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }).finishAuth(
      result.callback.searchParams.get('code') ?? '',
    );
    const client = new Client({ name: 'idp-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }));
    await client.callTool({ name: 'NOTES_SET', arguments: { key: 'who', value: 'dana' } });
    await client.close();
    const grants = await unwrap(
      t.client.GET('/mcp/servers/{server_id}/oauth_grants', { params: { path: { server_id: serverId } } }),
    );
    expect(grants.items.map((g) => g.user_id)).toEqual(['dana@example.test']);
  });
});
