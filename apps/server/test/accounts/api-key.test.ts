import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMcp, resultText } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { Browser, firstForm } from './browser.js';
import { dumpDatabase } from './dump.js';
import { type AccountsServer, list, obj, startAccountsServer, str } from './harness.js';
import { pingSpec, startRecorder } from './recorder.js';

const sharedKey = 'shared-key-9d8c7b6a5f4e';
const aliceKey = 'alice-key-1a2b3c4d5e6f7g';
const pageKey = 'page-key-Qw3rTy8uIo0pAs';
const bobToken = 'bob-bearer-Mn4bVc7xZl2k';
const carolPassword = 'carol-pass-Hj6gFd3sAq1w';

describe.each(databaseKinds)('key-style accounts: REST, connect page, tool calls (%s)', (kind) => {
  let server: AccountsServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let keyedConfig = '';
  let serverId = '';

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    recorder = await startRecorder();
    for (const [slug, scheme] of [
      ['keyed', 'API_KEY'],
      ['bearer', 'BEARER_TOKEN'],
      ['basic', 'BASIC'],
    ] as const) {
      await server.addOpenApiToolkit(slug, {
        spec: pingSpec,
        base_url: `${recorder.url}/${slug}`,
        auth: { scheme, in: 'header', name: scheme === 'API_KEY' ? 'X-API-Key' : 'Authorization' },
      });
    }
  }, 60_000);

  afterAll(async () => {
    await recorder?.stop();
    await server?.stop();
  });

  const call = async (client: Client, prefix: string) => {
    const tools = (await client.listTools()).tools.map((t) => t.name);
    const name = tools.find((t) => t.startsWith(prefix));
    if (name === undefined) throw new Error(`no ${prefix} tool in ${tools.join(', ')}`);
    return client.callTool({ name, arguments: {} });
  };

  it('creates, lists, pages, filters, masks, updates, disables and deletes auth configs', async () => {
    expect(
      (
        await server.api('POST', '/auth_configs', {
          toolkit: { slug: 'nope' },
          auth_config: { type: 'use_composio_managed_auth' },
        })
      ).status,
    ).toBe(404);
    const wrongScheme = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'keyed' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'OAUTH2', credentials: { client_id: 'x' } },
    });
    expect(wrongScheme.status).toBe(400);
    const made = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'keyed' },
      auth_config: {
        type: 'use_custom_auth',
        authScheme: 'API_KEY',
        name: 'Keyed team',
        credentials: { api_key: sharedKey },
      },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      toolkit: { slug: 'keyed' },
      auth_config: { auth_scheme: 'API_KEY', is_composio_managed: false },
    });
    keyedConfig = str(obj(made.body.auth_config).id);
    for (const slug of ['bearer', 'basic']) {
      const r = await server.api('POST', '/auth_configs', {
        toolkit: { slug },
        auth_config: { type: 'use_composio_managed_auth' },
      });
      expect(r.status).toBe(201);
    }

    const one = await server.api('GET', `/auth_configs/${keyedConfig}`);
    expect(one.body).toMatchObject({
      id: keyedConfig,
      name: 'Keyed team',
      toolkit: { slug: 'keyed' },
      auth_scheme: 'API_KEY',
      status: 'ENABLED',
      no_of_connections: 0,
      credentials: { api_key: `••••${sharedKey.slice(-4)}` },
    });

    const page1 = await server.api('GET', '/auth_configs?limit=2');
    expect(page1.body).toMatchObject({ total_items: 3, total_pages: 2, current_page: 1 });
    expect(list(page1.body.items)).toHaveLength(2);
    const page2 = await server.api('GET', `/auth_configs?limit=2&cursor=${str(page1.body.next_cursor)}`);
    expect(page2.body).toMatchObject({ total_items: 3, current_page: 2, next_cursor: null });
    expect(list(page2.body.items).map((i) => obj(i).id)).toEqual([keyedConfig]); // newest first: keyed was first made
    expect((await server.api('GET', '/auth_configs?cursor=garbage')).status).toBe(400);
    expect(list((await server.api('GET', '/auth_configs?toolkit_slug=bearer')).body.items)).toHaveLength(1);
    expect(list((await server.api('GET', '/auth_configs?search=TEAM')).body.items)).toHaveLength(1);
    expect(list((await server.api('GET', '/auth_configs?is_composio_managed=true')).body.items)).toHaveLength(2);

    const rekeyed = await server.api('PATCH', `/auth_configs/${keyedConfig}`, {
      credentials: { api_key: 'interim-key-000011112222' },
    });
    expect(obj(rekeyed.body.credentials)).toEqual({ api_key: '••••2222' });
    await server.api('PATCH', `/auth_configs/${keyedConfig}`, { credentials: { api_key: sharedKey } });
    const renamed = await server.api('PATCH', `/auth_configs/${keyedConfig}`, { name: 'Keyed' });
    expect(renamed.body.name).toBe('Keyed');
    expect(obj(renamed.body.credentials).api_key).toBe(`••••${sharedKey.slice(-4)}`);

    expect((await server.api('PATCH', `/auth_configs/${keyedConfig}/DISABLED`)).body).toEqual({ success: true });
    const refused = await server.api('POST', '/connected_accounts', {
      auth_config: { id: keyedConfig },
      connection: { user_id: 'alice', state: { api_key: aliceKey } },
    });
    expect(refused.status).toBe(409);
    await server.api('PATCH', `/auth_configs/${keyedConfig}/ENABLED`);

    const other = await server.newProject();
    expect((await server.api('GET', `/auth_configs/${keyedConfig}`, undefined, other.apiKey)).status).toBe(404);
  });

  it('connects with connection.state (both forms), calls with the key, and pins accounts on the MCP URL', async () => {
    const alice = await server.api('POST', '/connected_accounts', {
      auth_config: { id: keyedConfig },
      connection: { user_id: 'alice', state: { api_key: aliceKey } },
    });
    expect(alice.status).toBe(201);
    expect(alice.body).toMatchObject({ status: 'ACTIVE', redirect_url: null });
    const aliceId = str(alice.body.id);
    const hosted = await server.api('POST', '/connected_accounts', {
      auth_config: { id: keyedConfig },
      connection: { user_id: 'alice2', state: { authScheme: 'API_KEY', val: { api_key: `${aliceKey}-2` } } },
    });
    expect(hosted.body.status).toBe('ACTIVE');
    const bad = await server.api('POST', '/connected_accounts', {
      auth_config: { id: keyedConfig },
      connection: { user_id: 'alice', state: { api_key: { nested: true } } },
    });
    expect(bad.status).toBe(400);

    const [bearerConfig, basicConfig] = await Promise.all(
      ['bearer', 'basic'].map(async (slug) =>
        str(obj(list((await server.api('GET', `/auth_configs?toolkit_slug=${slug}`)).body.items)[0]).id),
      ),
    );
    const bob = await server.api('POST', '/connected_accounts', {
      auth_config: { id: bearerConfig },
      connection: { user_id: 'alice', state: { token: bobToken } },
    });
    expect(bob.body.status).toBe('ACTIVE');
    const missing = await server.api('POST', '/connected_accounts', {
      auth_config: { id: basicConfig },
      connection: { user_id: 'alice', state: { password: carolPassword } },
    });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('username');
    const carol = await server.api('POST', '/connected_accounts', {
      auth_config: { id: basicConfig },
      connection: { user_id: 'alice', state: { username: 'carol', password: carolPassword } },
    });
    expect(carol.body.status).toBe('ACTIVE');

    const made = await server.api('POST', '/mcp/servers/custom', {
      name: 'Keys server',
      toolkits: ['keyed', 'bearer', 'basic'],
    });
    expect(made.status).toBe(201);
    serverId = str(made.body.id);
    const client = await connectMcp(`${server.url}/v3/mcp/${serverId}?user_id=alice`, { 'x-api-key': server.apiKey });
    expect((await call(client, 'KEYED_')).isError).not.toBe(true);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe(aliceKey);
    expect((await call(client, 'BEARER_')).isError).not.toBe(true);
    expect(recorder.seen.at(-1)?.headers.authorization).toBe(`Bearer ${bobToken}`);
    expect((await call(client, 'BASIC_')).isError).not.toBe(true);
    expect(recorder.seen.at(-1)?.headers.authorization).toBe(
      `Basic ${Buffer.from(`carol:${carolPassword}`).toString('base64')}`,
    );
    await client.close();

    // A user with no account: the error names the toolkit and how to connect it.
    const nobody = await connectMcp(`${server.url}/v3/mcp/${serverId}?user_id=nobody`, { 'x-api-key': server.apiKey });
    const refused = await call(nobody, 'BEARER_');
    expect(refused.isError).toBe(true);
    expect(resultText(refused)).toMatch(/bearer.*connected account.*POST \/api\/v3\/connected_accounts/s);
    await nobody.close();

    // Pinned: the account's own user and key, whatever else the user has.
    const pinned = await connectMcp(`${server.url}/v3/mcp/${serverId}?connected_account_id=${aliceId}`, {
      'x-api-key': server.apiKey,
    });
    expect((await call(pinned, 'KEYED_')).isError).not.toBe(true);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe(aliceKey);
    const wrongToolkit = await call(pinned, 'BEARER_');
    expect(wrongToolkit.isError).toBe(true);
    expect(resultText(wrongToolkit)).toContain('is for keyed');
    await pinned.close();
    const other = await server.newProject();
    const foreign = await fetch(`${server.url}/v3/mcp/${serverId}?connected_account_id=${aliceId}`, {
      method: 'POST',
      headers: {
        'x-api-key': other.apiKey,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect([403, 404]).toContain(foreign.status);
    const mismatch = await fetch(`${server.url}/v3/mcp/${serverId}?connected_account_id=${aliceId}&user_id=bob`, {
      method: 'POST',
      headers: {
        'x-api-key': server.apiKey,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(mismatch.status).toBe(400);

    // Disabled: not used; enabled again: used.
    await server.api('PATCH', `/connected_accounts/${aliceId}/status`, { enabled: false });
    expect((await server.api('GET', `/connected_accounts/${aliceId}`)).body).toMatchObject({
      status: 'INACTIVE',
      is_disabled: true,
    });
    await server.api('PATCH', `/connected_accounts/${aliceId}/status`, { enabled: true });
    expect((await server.api('GET', `/connected_accounts/${aliceId}`)).body.status).toBe('ACTIVE');
  });

  it('lets the end user paste a key on the connect page (CSRF-bound, one-time link)', async () => {
    // A key shared by the auth config would connect at once; this config has none, so the user gives one.
    const perUser = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'keyed' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'API_KEY', name: 'Keyed per user' },
    });
    const perUserConfig = str(obj(perUser.body.auth_config).id);
    const initiated = await server.api('POST', '/connected_accounts', {
      auth_config: { id: perUserConfig },
      connection: { user_id: 'dave' },
    });
    expect(initiated.body.status).toBe('INITIATED');
    const link = str(initiated.body.redirect_url);
    const accountId = str(initiated.body.id);
    const browser = new Browser();
    const page = await browser.request(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await page.text();
    expect(html).toContain('type="password"');
    expect(html).not.toContain(sharedKey);
    const form = firstForm(html, link);
    if (!form) throw new Error('no form');

    const forged = await browser.request(form.action, {
      form: { ...form.fields, csrf: 'forged', field_api_key: 'evil' },
    });
    expect(forged.status).toBe(404);
    const wrongToken = await browser.request(form.action, {
      form: { ...form.fields, t: 'A'.repeat(43), field_api_key: 'evil' },
    });
    expect(wrongToken.status).toBe(404);
    expect((await server.api('GET', `/connected_accounts/${accountId}`)).body.status).toBe('INITIATED');

    const done = await browser.request(form.action, { form: { ...form.fields, field_api_key: pageKey } });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('is connected');
    expect((await server.api('GET', `/connected_accounts/${accountId}`)).body.status).toBe('ACTIVE');
    const replay = await browser.request(form.action, { form: { ...form.fields, field_api_key: 'evil' } });
    expect(replay.status).toBe(404);
    expect((await browser.request(link)).status).toBe(404);

    const client = await connectMcp(`${server.url}/v3/mcp/${serverId}?user_id=dave`, { 'x-api-key': server.apiKey });
    expect((await call(client, 'KEYED_')).isError).not.toBe(true);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe(pageKey);
    await client.close();

    // Whatever a user id holds is shown as text.
    const odd = await server.api('POST', '/connected_accounts', {
      auth_config: { id: perUserConfig },
      connection: { user_id: '<script>alert(1)</script>' },
    });
    const oddPage = await (await browser.request(str(odd.body.redirect_url))).text();
    expect(oddPage).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(oddPage).not.toContain('<script>');

    // Two submissions racing with one link: one wins, the other is refused.
    const raced = await server.api('POST', '/connected_accounts', {
      auth_config: { id: perUserConfig },
      connection: { user_id: 'race' },
    });
    const raceLink = str(raced.body.redirect_url);
    const raceForm = firstForm(await (await browser.request(raceLink)).text(), raceLink);
    if (!raceForm) throw new Error('no form');
    const answers = await Promise.all(
      ['race-key-one-1234567', 'race-key-two-7654321'].map((key) =>
        browser.request(raceForm.action, { form: { ...raceForm.fields, field_api_key: key } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 404]);
  });

  it('lists connected accounts with filters and cursors, and deletes them', async () => {
    const all = await server.api('GET', '/connected_accounts?limit=2&order_direction=asc');
    expect(all.status).toBe(200);
    const total = Number(all.body.total_items);
    expect(total).toBeGreaterThanOrEqual(5);
    const seen = list(all.body.items).map((i) => str(obj(i).id));
    let cursor = all.body.next_cursor;
    while (typeof cursor === 'string') {
      const next = await server.api('GET', `/connected_accounts?limit=2&order_direction=asc&cursor=${cursor}`);
      seen.push(...list(next.body.items).map((i) => str(obj(i).id)));
      cursor = next.body.next_cursor;
    }
    expect(new Set(seen).size).toBe(total);
    const alices = await server.api(
      'GET',
      '/connected_accounts?user_ids=alice&toolkit_slugs=keyed,bearer&statuses=active',
    );
    for (const item of list(alices.body.items)) {
      expect(obj(item)).toMatchObject({ user_id: 'alice', status: 'ACTIVE' });
      expect(JSON.stringify(item)).not.toMatch(/key-|bearer-|pass-/);
    }
    expect(list(alices.body.items)).toHaveLength(2);
    const first = str(obj(list(alices.body.items)[0]).id);
    expect((await server.api('DELETE', `/connected_accounts/${first}`)).body).toEqual({ success: true });
    expect((await server.api('GET', `/connected_accounts/${first}`)).status).toBe(404);
  });

  it('keeps instances tied to active accounts, and deleting an auth config takes it everywhere', async () => {
    const config = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'bearer' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'BEARER_TOKEN', name: 'Instances' },
    });
    const configId = str(obj(config.body.auth_config).id);
    const made = await server.api('POST', '/mcp/servers', { name: 'Instances', auth_config_ids: [configId] });
    const id = str(made.body.id);
    const refused = await server.api('POST', `/mcp/servers/${id}/instances`, { user_id: 'ivy' });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain(configId);
    const account = await server.api('POST', '/connected_accounts', {
      auth_config: { id: configId },
      connection: { user_id: 'ivy', state: { token: 'ivy-token-5r4e3w2q1' } },
    });
    expect((await server.api('POST', `/mcp/servers/${id}/instances`, { user_id: 'ivy' })).status).toBe(201);
    const removed = await server.api('DELETE', `/mcp/servers/${id}/instances/ivy`);
    expect(removed.body.deleted_connected_accounts).toBe(1);
    expect((await server.api('GET', `/connected_accounts/${str(account.body.id)}`)).status).toBe(404);

    const again = await server.api('POST', '/connected_accounts', {
      auth_config: { id: configId },
      connection: { user_id: 'ivy', state: { token: 'ivy-token-5r4e3w2q1' } },
    });
    expect((await server.api('GET', `/auth_configs/${configId}`)).body.no_of_connections).toBe(1);
    expect((await server.api('DELETE', `/auth_configs/${configId}`)).body).toEqual({ id: configId, deleted: true });
    expect((await server.api('GET', `/auth_configs/${configId}`)).status).toBe(404);
    expect((await server.api('GET', `/connected_accounts/${str(again.body.id)}`)).status).toBe(404);
    expect((await server.api('GET', `/mcp/${id}`)).body.auth_config_ids).toEqual([]);

    const proxied = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'bearer' },
      auth_config: {
        type: 'use_custom_auth',
        auth_scheme: 'BEARER_TOKEN',
        proxy_config: { proxy_url: 'http://proxy.test' },
      },
    });
    expect(proxied.status).toBe(400);
  });

  it('keeps every key out of the database in clear and out of the log', async () => {
    const dump = await dumpDatabase(server.running.database);
    const log = server.logs.join('');
    for (const secret of [sharedKey, aliceKey, pageKey, bobToken, carolPassword, 'ivy-token-5r4e3w2q1']) {
      expect(dump.includes(secret)).toBe(false);
      expect(dump.includes(Buffer.from(secret).toString('hex'))).toBe(false);
      expect(log.includes(secret)).toBe(false);
    }
  });
});
