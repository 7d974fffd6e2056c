import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { unwrap } from '@patchbay/core';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestBrowser } from './browser.js';
import { TestClientProvider } from './client-provider.js';
import { authorizeUrl, pkcePair } from './flow.js';

const redirectUri = 'http://127.0.0.1:8979/callback';

/** The client's own site, over TLS (a CA the test makes), serving its Client ID Metadata Documents. */
async function startClientSite() {
  const { private: key, cert } = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  let base = '';
  const fetched: string[] = [];
  const documents: Record<string, (base: string) => object> = {
    '/client.json': (b) => ({
      client_id: `${b}/client.json`,
      client_name: 'Metadata Client',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    }),
    // Claims to be another client: whoever hosts a document speaks only for its own URL.
    '/impostor.json': (b) => ({ client_id: `${b}/client.json`, client_name: 'Impostor', redirect_uris: [redirectUri] }),
  };
  const server: Server = createServer({ key, cert }, (req, res) => {
    fetched.push(req.url ?? '');
    const document = documents[req.url ?? ''];
    res.statusCode = document === undefined ? 404 : 200;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(document?.(base) ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `https://127.0.0.1:${typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0}`;
  return { base, cert, fetched, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(databaseKinds)('Client ID Metadata Documents on %s', (kind) => {
  let t: TestServer;
  let site: Awaited<ReturnType<typeof startClientSite>>;
  let serverId: string;
  const mcpUrl = () => new URL(`${t.url}/v3/mcp/${serverId}`);

  beforeAll(async () => {
    site = await startClientSite();
    // Loopback is a private address: allowed here for the test's site alone, as an operator would allow a subnet.
    t = await startTestServer(kind, {
      context: { oauth: { metadataAddresses: { allowSubnets: ['127.0.0.1/32'] }, metadataCa: site.cert } },
    });
    serverId = (
      await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'CIMD notes', toolkits: ['notes'] } }))
    ).id;
  });
  afterAll(async () => {
    await t.stop();
    await site.stop();
  });

  it('signs in a client known only by its metadata URL (no registration), with the SDK', async () => {
    const provider = new TestClientProvider(redirectUri, { clientMetadataUrl: `${site.base}/client.json` });
    const first = new Client({ name: 'cimd-test', version: '1.0.0' });
    await expect(
      first.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider })),
    ).rejects.toThrow(UnauthorizedError);
    expect(provider.authorizationUrl?.searchParams.get('client_id')).toBe(`${site.base}/client.json`);
    const pages: string[] = [];
    const result = await new TestBrowser().signIn(`${provider.authorizationUrl}`, redirectUri, (page) => {
      pages.push(page);
      return { api_key: t.apiKey, user_id: 'meta-user', action: 'allow' };
    });
    if (!('callback' in result)) throw new Error(`stopped: ${result.body.slice(0, 300)}`);
    expect(pages[0]).toContain('Metadata Client');
    await new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }).finishAuth(
      result.callback.searchParams.get('code') ?? '',
    );
    const client = new Client({ name: 'cimd-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(mcpUrl(), { authProvider: provider }));
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    await client.close();
    expect(site.fetched).toContain('/client.json');
  });

  it("refuses a document whose client_id is not its own URL, one at a private address, and a redirect it doesn't list", async () => {
    const cases = [
      { clientId: `${site.base}/impostor.json`, redirect: redirectUri },
      { clientId: 'https://10.1.2.3/client.json', redirect: redirectUri },
      { clientId: 'https://169.254.169.254/latest/meta-data.json', redirect: redirectUri },
      { clientId: `${site.base}/client.json`, redirect: 'http://127.0.0.1:8979/callback/other' },
    ];
    for (const { clientId, redirect } of cases) {
      const { challenge } = pkcePair();
      const response = await new TestBrowser().request(
        authorizeUrl(t.url, { clientId, redirectUri: redirect, resource: mcpUrl().toString(), challenge }),
      );
      expect(response.status, clientId).toBe(400);
      expect(response.headers.get('location'), clientId).toBeNull();
    }
    expect(site.fetched).toContain('/impostor.json');
  });
});
