import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeAtProvider, Browser, firstForm } from '../accounts/browser.js';
import { type AccountsServer, type Json, list, obj, startAccountsServer, str } from '../accounts/harness.js';
import {
  clientId,
  clientSecret,
  type SaasApi,
  saasSpec,
  startProvider,
  startSaas,
  type TestProvider,
} from '../accounts/oidc.js';
import { pingSpec, startRecorder } from '../accounts/recorder.js';
import { connectMcp } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';

/** The `{data, error, successful}` body of a meta-tool result. */
function body(result: unknown): { data: Json; error: string | null; successful: boolean } {
  const structured = obj(obj(result).structuredContent);
  return {
    data: obj(structured.data),
    error: structured.error === null ? null : str(structured.error),
    successful: structured.successful === true,
  };
}

/**
 * An agent's whole flow through one session URL, with a real MCP client: search, schemas, connect an API-key
 * toolkit (connect page) and an OAuth toolkit (oidc-provider), wait, then run three tools at once, one failing.
 */
describe.each(databaseKinds)('a tool session driven by an MCP client (%s)', (kind) => {
  let server: AccountsServer;
  let provider: TestProvider;
  let saas: SaasApi;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let client: Client;
  let sessionId = '';
  let sessionUrl = '';
  const call = async (name: string, args: Json) => body(await client.callTool({ name, arguments: args }));

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    recorder = await startRecorder();
    provider = await startProvider({ redirectUris: [`${server.url}/oauth/callback`], accessTokenTtlSeconds: 300 });
    saas = await startSaas(provider);
    await server.addOpenApiToolkit('keyed', {
      spec: pingSpec,
      base_url: recorder.url,
      auth: { scheme: 'API_KEY', in: 'header', name: 'X-API-Key' },
    });
    await server.addOpenApiToolkit('saas', {
      spec: saasSpec,
      base_url: saas.url,
      auth: { scheme: 'OAUTH2', in: 'header', name: 'Authorization' },
    });
    for (const config of [
      { toolkit: { slug: 'keyed' }, auth_config: { type: 'use_custom_auth', auth_scheme: 'API_KEY', credentials: {} } },
      {
        toolkit: { slug: 'saas' },
        auth_config: {
          type: 'use_custom_auth',
          auth_scheme: 'OAUTH2',
          credentials: {
            client_id: clientId,
            client_secret: clientSecret,
            authorization_url: provider.authorizationUrl,
            token_url: provider.tokenUrl,
          },
          scopes: ['openid'],
        },
      },
    ]) {
      expect((await server.api('POST', '/auth_configs', config)).status).toBe(201);
    }
    const made = await server.api('POST', '/tool_router/session', {
      user_id: 'alice',
      toolkits: { enable: ['keyed', 'saas', 'notes'] },
      manage_connections: { enable: true, enable_wait_for_connections: true },
    });
    expect(made.status).toBe(201);
    sessionId = str(made.body.session_id);
    sessionUrl = str(obj(made.body.mcp).url);
    // The session's user's own token, not the project key, as an end user's client would hold.
    const token = await server.api('POST', `/tool_router/session/${sessionId}/token`);
    client = await connectMcp(sessionUrl, { authorization: `Bearer ${str(token.body.token)}` });
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await saas?.stop();
    await provider?.stop();
    await recorder?.stop();
    await server?.stop();
  });

  it('searches, reads schemas, connects both toolkits, waits, and runs three tools with each result in order', async () => {
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'COMPOSIO_SEARCH_TOOLS',
        'COMPOSIO_GET_TOOL_SCHEMAS',
        'COMPOSIO_MANAGE_CONNECTIONS',
        'COMPOSIO_WAIT_FOR_CONNECTIONS',
        'COMPOSIO_MULTI_EXECUTE_TOOL',
        'PATCHBAY_LIST_CONNECTED_TOOLKITS',
      ]),
    );

    const found = await call('COMPOSIO_SEARCH_TOOLS', {
      queries: [{ use_case: 'who am I on saas' }, { use_case: 'ping the keyed service' }],
    });
    expect(found.successful).toBe(true);
    const [who, ping] = list(found.data.results).map((r) => list(obj(r).primary_tool_slugs).map(str));
    const whoSlug = who?.[0] ?? '';
    const pingSlug = ping?.[0] ?? '';
    expect(whoSlug).toMatch(/^SAAS_/);
    expect(pingSlug).toMatch(/^KEYED_/);
    expect(obj(obj(found.data.tool_schemas)[whoSlug]).is_connected).toBe(false);

    const schemas = await call('COMPOSIO_GET_TOOL_SCHEMAS', {
      tool_slugs: [whoSlug, pingSlug, 'GITHUB_GET_A_REPOSITORY'],
    });
    expect(Object.keys(obj(schemas.data.tool_schemas)).sort()).toEqual([pingSlug, whoSlug].sort());
    // GitHub is not one of this session's toolkits.
    expect(schemas.data.not_found).toEqual(['GITHUB_GET_A_REPOSITORY']);

    const before = await call('PATCHBAY_LIST_CONNECTED_TOOLKITS', {});
    expect(before.data).toMatchObject({ connected: ['notes'], not_connected: ['keyed', 'saas'] });

    const managed = await call('COMPOSIO_MANAGE_CONNECTIONS', { toolkits: ['keyed', 'saas'] });
    const results = obj(managed.data.results);
    const keyedLink = str(obj(results.keyed).redirect_url);
    const saasLink = str(obj(results.saas).redirect_url);
    expect(obj(managed.data.summary).initiated_connections).toBe(2);

    // The API-key toolkit: the user types the key on the connect page.
    const browser = new Browser();
    const keyForm = firstForm(await (await browser.request(keyedLink)).text(), keyedLink);
    if (!keyForm) throw new Error('no form on the connect page');
    expect(
      (await browser.request(keyForm.action, { form: { ...keyForm.fields, field_api_key: 'alice-key-0123456789' } }))
        .status,
    ).toBeLessThan(400);
    // The OAuth toolkit: the user signs in at the provider and comes back.
    const oauthForm = firstForm(await (await browser.request(saasLink)).text(), saasLink);
    if (!oauthForm) throw new Error('no form on the OAuth connect page');
    const toProvider = await browser.request(oauthForm.action, { form: oauthForm.fields });
    const callback = await authorizeAtProvider(
      browser,
      str(toProvider.headers.get('location')),
      `${server.url}/oauth/callback`,
    );
    expect((await browser.request(callback)).status).toBe(200);

    const waited = await call('COMPOSIO_WAIT_FOR_CONNECTIONS', {
      toolkits: ['keyed', 'saas'],
      mode: 'all',
      timeout_seconds: 10,
    });
    expect(obj(obj(waited.data.results).keyed).status).toBe('ACTIVE');
    expect(obj(obj(waited.data.results).saas).status).toBe('ACTIVE');

    const ran = await call('COMPOSIO_MULTI_EXECUTE_TOOL', {
      tools: [
        { tool_slug: pingSlug, arguments: {} },
        { tool_slug: 'NOTES_SET', arguments: { key: 'k' } },
        { tool_slug: whoSlug, arguments: {} },
      ],
      sync_response_to_workbench: false,
    });
    expect(ran.data).toMatchObject({ total_count: 3, success_count: 2, error_count: 1 });
    const items = list(ran.data.results).map(obj);
    expect(items.map((i) => [i.index, i.tool_slug, i.error === null])).toEqual([
      [0, pingSlug, true],
      [1, 'NOTES_SET', false],
      [2, whoSlug, true],
    ]);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe('alice-key-0123456789');
    expect(saas.received.at(-1)?.accepted).toBe(true);
    // Lean results: the data and nothing of Patchbay's own.
    expect(JSON.stringify(items[0])).not.toMatch(/log_lines|logs|internal/);

    const logged = await server.api('GET', `/tool_calls?session_id=${sessionId}`);
    const rows = list(logged.body.items).map(obj);
    expect(rows.map((r) => r.tool_slug).sort()).toEqual([pingSlug, 'NOTES_SET', whoSlug].sort());
    expect(rows.every((r) => r.session_id === sessionId && r.user_id === 'alice')).toBe(true);
    expect(rows.find((r) => r.tool_slug === 'NOTES_SET')?.outcome).toBe('error');
  });

  it("refuses another user's token and a token of another session", async () => {
    const bob = await server.api('POST', '/tool_router/session', { user_id: 'bob', toolkits: { enable: ['notes'] } });
    const bobToken = str(
      (await server.api('POST', `/tool_router/session/${str(bob.body.session_id)}/token`)).body.token,
    );
    const res = await fetch(sessionUrl, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${bobToken}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(403);
    const other = await fetch(sessionUrl, {
      method: 'POST',
      headers: {
        'x-api-key': 'pb_0000000000000000000000000000000000000000',
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(other.status).toBe(401);
  });
});
