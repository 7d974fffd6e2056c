import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMcp, resultText } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { Browser, firstForm } from './browser.js';
import { type AccountsServer, list, obj, startAccountsServer, str } from './harness.js';
import { pingSpec, startRecorder } from './recorder.js';

const helperNames = [
  'COMPOSIO_CHECK_ACTIVE_CONNECTION',
  'COMPOSIO_INITIATE_CONNECTION',
  'COMPOSIO_WAIT_FOR_CONNECTION',
];

/** Chat-based auth: the agent checks, initiates (the user opens the link and pastes a key), waits, then calls. */
describe.each(databaseKinds)('account tools on a managed-auth MCP server (%s)', (kind) => {
  let server: AccountsServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let managedId = '';
  let plainId = '';

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    recorder = await startRecorder();
    await server.addOpenApiToolkit('keyed', {
      spec: pingSpec,
      base_url: recorder.url,
      auth: { scheme: 'API_KEY', in: 'header', name: 'X-API-Key' },
    });
    const config = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'keyed' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'API_KEY' },
    });
    const configId = str(obj(config.body.auth_config).id);
    const managed = await server.api('POST', '/mcp/servers', {
      name: 'Managed',
      auth_config_ids: [configId],
      managed_auth_via_composio: true,
    });
    managedId = str(managed.body.id);
    const plain = await server.api('POST', '/mcp/servers', { name: 'Plain', auth_config_ids: [configId] });
    plainId = str(plain.body.id);
  }, 60_000);

  afterAll(async () => {
    await recorder?.stop();
    await server?.stop();
  });

  it('are listed only with managed auth or include_composio_helper_actions=true', async () => {
    const headers = { 'x-api-key': server.apiKey };
    const names = async (url: string) => {
      const client = await connectMcp(url, headers);
      const tools = (await client.listTools()).tools;
      await client.close();
      for (const tool of tools) expect(tool.name.length).toBeLessThanOrEqual(64);
      return tools.map((t) => t.name);
    };
    expect((await names(`${server.url}/v3/mcp/${managedId}?user_id=a`)).slice(0, 3)).toEqual(helperNames);
    expect(await names(`${server.url}/v3/mcp/${plainId}?user_id=a`)).not.toContain(helperNames[0]);
    expect(await names(`${server.url}/v3/mcp/${plainId}?user_id=a&include_composio_helper_actions=true`)).toContain(
      helperNames[1],
    );
  });

  it('check, initiate, wait while the user connects, then the tool works', async () => {
    const client = await connectMcp(`${server.url}/v3/mcp/${managedId}?user_id=erin`, { 'x-api-key': server.apiKey });
    const run = async (name: string, args: Record<string, unknown> = {}) => client.callTool({ name, arguments: args });

    const checked = obj((await run(helperNames[0] ?? '')).structuredContent);
    expect(checked.user_id).toBe('erin');
    expect(list(checked.connections)).toEqual([{ toolkit: 'keyed', connected: false, status: 'NOT_CONNECTED' }]);

    const tools = (await client.listTools()).tools.map((t) => t.name);
    const keyedTool = tools.find((t) => t.startsWith('KEYED_')) ?? '';
    const refused = await run(keyedTool);
    expect(refused.isError).toBe(true);
    expect(resultText(refused)).toMatch(new RegExp(`open ${server.url}/connect/ca_\\w+\\?t=`));

    const unknown = await run(helperNames[1] ?? '', { toolkit: 'github' });
    expect(unknown.isError).toBe(true);
    const initiated = obj((await run(helperNames[1] ?? '', { toolkit: 'keyed' })).structuredContent);
    expect(initiated.status).toBe('INITIATED');
    const link = str(initiated.redirect_url);
    const again = obj((await run(helperNames[1] ?? '', { toolkit: 'KEYED' })).structuredContent);
    expect(again.connected_account_id).toBe(initiated.connected_account_id);

    const early = obj((await run(helperNames[2] ?? '', { toolkit: 'keyed', timeout_seconds: 1 })).structuredContent);
    expect(early.connected).toBe(false);

    // The agent waits; meanwhile the user opens the link and pastes a key.
    const waiting = run(helperNames[2] ?? '', { toolkit: 'keyed', timeout_seconds: 20 });
    const browser = new Browser();
    const form = firstForm(await (await browser.request(link)).text(), link);
    if (!form) throw new Error('no form');
    const submitted = await browser.request(form.action, {
      form: { ...form.fields, field_api_key: 'erin-key-0192837465' },
    });
    expect(submitted.status).toBe(200);
    const waited = obj((await waiting).structuredContent);
    expect(waited).toMatchObject({ toolkit: 'keyed', connected: true });
    expect(str(waited.connected_account_id)).toMatch(/^ca_/);

    const ok = await run(keyedTool);
    expect(ok.isError).not.toBe(true);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe('erin-key-0192837465');
    const done = obj((await run(helperNames[0] ?? '', { toolkit: 'keyed' })).structuredContent);
    expect(list(done.connections)[0]).toMatchObject({ connected: true });
    await client.close();
  }, 40_000);
});
