import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patchbay } from '../src/index.js';
import { recordingFetch } from './support/recorder.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let patchbay: Patchbay;

beforeAll(async () => {
  server = await startTestServer();
  patchbay = server.sdk();
});
afterAll(() => server?.stop());

describe('tool sessions', () => {
  it('create sends the hosted wire spelling and answers a session ready for an MCP client', async () => {
    const { fetch, requests } = recordingFetch();
    const session = await server.sdk({ fetch }).create('ada', {
      toolkits: ['notes', 'github'],
      tools: { github: ['GITHUB_GET_A_REPOSITORY'] },
      tags: ['readOnlyHint'],
      manageConnections: { callbackUrl: 'https://app.example.com/done', waitForConnections: true },
      execute: { enableMultiExecute: true },
    });
    expect(requests[0]?.body).toEqual({
      user_id: 'ada',
      toolkits: { enable: ['notes', 'github'] },
      tools: { github: { enable: ['GITHUB_GET_A_REPOSITORY'] } },
      tags: { enable: ['readOnlyHint'] },
      manage_connections: {
        enable: true,
        callback_url: 'https://app.example.com/done',
        enable_wait_for_connections: true,
      },
      execute: { enable_multi_execute: true },
    });
    expect(session.sessionId).toMatch(/^trs_/);
    expect(session.mcp).toEqual({
      type: 'http',
      url: `${server.url}/tool_router/${session.sessionId}/mcp`,
      headers: { 'x-api-key': server.apiKey },
    });
    expect(session.config.toolkits).toEqual({ enabled: ['notes', 'github'] });
    expect(session.toolRouterTools).toContain('COMPOSIO_WAIT_FOR_CONNECTIONS');
  });

  it('tools, search, execute, toolkits, authorize, update, use and delete', async () => {
    const config = await server.addAuthConfig('github');
    const session = await patchbay.create('grace', { toolkits: ['notes', 'github'], authConfigs: { github: config } });
    expect((await session.tools()).map((t) => t.slug)).toContain('COMPOSIO_SEARCH_TOOLS');

    const found = await session.search({ query: 'remember a note' });
    expect(found.results[0]?.primaryToolSlugs[0]).toMatch(/^NOTES_/);
    const slug = found.results[0]?.primaryToolSlugs[0] ?? '';
    expect(found.toolSchemas[slug]?.isConnected).toBe(true);

    expect((await session.execute('NOTES_SET', { key: 'k', value: 'v' })).error).toBeNull();
    const read = await session.execute('NOTES_GET', { key: 'k' });
    expect(read.logId).toMatch(/^log_/);
    expect(JSON.stringify(read.data)).toContain('"v"');
    expect((await session.execute('SLACK_SEND_MESSAGE', { channel: 'c', text: 't' })).error).toContain(
      'toolkit_disabled',
    );

    const toolkits = await session.toolkits();
    expect(toolkits.items.map((t) => [t.slug, t.connectedAccount])).toEqual([
      ['notes', null],
      ['github', null],
    ]);
    const request = await session.authorize('github');
    expect(request.status).toBe('INITIATED');
    expect(request.redirectUrl?.startsWith(`${server.url}/connect/${request.id}`)).toBe(true);
    await expect(request.waitForConnection({ timeoutMs: 300 })).rejects.toThrow();
    expect((await session.toolkits({ isConnected: false })).items.map((t) => t.slug)).toEqual(['github']);

    const updated = await session.update({ toolkits: ['notes'] });
    expect(updated.configVersion).toBe(2);
    expect(session.configVersion).toBe(2);
    const again = await patchbay.use(session.sessionId);
    expect(again.config.toolkits).toEqual({ enabled: ['notes'] });
    expect(await session.delete()).toEqual({ sessionId: session.sessionId, deleted: true });
    await expect(patchbay.use(session.sessionId)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses bad input before sending it, naming the option as the caller spelled it', async () => {
    const { fetch, requests } = recordingFetch();
    await expect(server.sdk({ fetch }).create('', {})).rejects.toThrow(/userId/);
    await expect(server.sdk({ fetch }).use('bad id')).rejects.toThrow(/sessionId/);
    expect(requests).toEqual([]);
  });
});
