import type { Composio } from '@composio/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, firstForm } from '../accounts/browser.js';
import { type AccountsServer, startAccountsServer, str } from '../accounts/harness.js';
import { pingSpec, startRecorder } from '../accounts/recorder.js';
import { databaseKinds } from '../support/databases.js';
import { hostedSdk, sdkWarnings } from './harness.js';

/** The hosted SDK's session flow, unchanged, against a real Patchbay: create, mcp, tools, authorize, toolkits, execute. */
describe.each(databaseKinds)('hosted SDK: tool sessions (%s)', (kind) => {
  let server: AccountsServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let composio: Composio;
  const warnings = sdkWarnings();

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    recorder = await startRecorder();
    await server.addOpenApiToolkit('keyed', {
      spec: pingSpec,
      base_url: recorder.url,
      auth: { scheme: 'API_KEY', in: 'header', name: 'X-API-Key' },
    });
    composio = hostedSdk(server);
    await composio.authConfigs.create('keyed', { type: 'use_custom_auth', authScheme: 'API_KEY', credentials: {} });
  }, 60_000);

  afterAll(async () => {
    warnings.restore();
    await recorder?.stop();
    await server?.stop();
  });

  it('create → mcp → tools → authorize + waitForConnection → toolkits → execute → update → delete', async () => {
    const session = await composio.create('ada', { toolkits: ['keyed', 'notes'], mcp: true });
    expect(session.sessionId).toMatch(/^trs_/);
    expect(session.mcp).toEqual({
      type: 'http',
      url: `${server.url}/tool_router/${session.sessionId}/mcp`,
      headers: { 'x-api-key': server.apiKey },
    });

    const tools = await session.tools();
    expect(Array.isArray(tools) ? tools.length : Object.keys(tools).length).toBeGreaterThan(0);

    const before = await session.toolkits();
    expect(before.items.map((t) => t.slug).sort()).toEqual(['keyed', 'notes']);
    expect(before.items.find((t) => t.slug === 'keyed')?.connection?.isActive).toBe(false);

    const request = await session.authorize('keyed');
    expect(request.status).toBe('INITIATED');
    const link = str(request.redirectUrl);
    const browser = new Browser();
    const form = firstForm(await (await browser.request(link)).text(), link);
    if (!form) throw new Error('no form on the connect page');
    await browser.request(form.action, { form: { ...form.fields, field_api_key: 'ada-key-0123456789' } });
    const account = await request.waitForConnection(10_000);
    expect(account.status).toBe('ACTIVE');

    const after = await session.toolkits({ isConnected: true });
    expect(after.items.map((t) => t.slug).sort()).toEqual(['keyed', 'notes']);

    const ran = await session.execute('KEYED_PING', {});
    expect(ran.error).toBeNull();
    expect(ran.logId).toMatch(/^log_/);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe('ada-key-0123456789');
    const refused = await session.execute('GITHUB_GET_A_REPOSITORY', { owner: 'o', repo: 'r' });
    expect(refused.error).toContain('toolkit_disabled');

    const found = await session.search({ query: 'write a note' });
    expect(found.results[0]?.primaryToolSlugs?.[0]).toMatch(/^NOTES_/);

    const again = await composio.toolRouter.use(session.sessionId);
    expect(again.sessionId).toBe(session.sessionId);
    await session.update({ toolkits: ['notes'] });
    expect((await session.toolkits()).items.map((t) => t.slug)).toEqual(['notes']);
    await session.delete();
    expect(warnings.lines().filter((line) => line.includes('Transform validation failed'))).toEqual([]);
  });
});
