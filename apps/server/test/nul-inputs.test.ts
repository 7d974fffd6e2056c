import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

const nul = '\u0000';

/** PostgreSQL text cannot hold U+0000: every way one can arrive is a 400 naming the field, and changes nothing. */
describe.each(databaseKinds)('a NUL character in any input (%s)', (kind) => {
  let t: TestServer;
  let serverId: string;
  beforeAll(async () => {
    t = await startTestServer(kind);
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Notes', toolkits: ['notes'] } })))
      .id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  const send = (method: string, path: string, body?: unknown) =>
    fetch(`${t.url}${path}`, {
      method,
      headers: { 'x-api-key': t.apiKey, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const cases: [string, string, string, unknown, string][] = [
    ['an API key name', 'POST', '/api/v3/api_keys', { name: `a${nul}b` }, 'body: name'],
    ['a project name', 'POST', '/api/v3/projects', { name: `p${nul}` }, 'body: name'],
    ['a server name', 'POST', '/api/v3/mcp/servers/custom', { name: `s${nul}`, toolkits: ['notes'] }, 'body: name'],
    [
      'an allowed tool',
      'POST',
      '/api/v3/mcp/servers/custom',
      { name: 's', toolkits: ['notes'], allowed_tools: [`N${nul}`] },
      'body: allowed_tools.0',
    ],
    [
      'a user id to generate for',
      'POST',
      '/api/v3/mcp/servers/generate',
      { mcp_server_id: 'SERVER', user_ids: [`u${nul}`] },
      'body: user_ids.0',
    ],
    [
      'a toolkit field',
      'POST',
      '/api/v3/toolkits',
      {
        slug: 'k',
        name: 'K',
        description: `d${nul}`,
        mcp: { transport: 'streamable_http', url: 'http://127.0.0.1:9/mcp' },
      },
      'body: description',
    ],
    ['a key of an object', 'POST', '/api/v3/api_keys', { [`na${nul}me`]: 'x' }, 'body: na\\0me'],
    [
      'a tool argument',
      'POST',
      '/api/v3/tools/execute/NOTES_SET',
      { user_id: 'ada', arguments: { key: `k${nul}`, value: 'v' } },
      'body: arguments.key',
    ],
    ['a list filter', 'GET', `/api/v3/mcp/servers?name=a%00`, undefined, 'query: name'],
    ['an any-of filter', 'GET', `/api/v3/connected_accounts?user_ids=a%00b`, undefined, 'query: user_ids'],
    ['a tool-call filter', 'GET', `/api/v3/tool_calls?user_id=%00`, undefined, 'query: user_id'],
    ['a path segment', 'GET', '/api/v3/toolkits/no%00pe', undefined, 'path: /api/v3/toolkits/no\\0pe'],
    [
      'the MCP URL',
      'POST',
      `/v3/mcp/SERVER?connected_account_id=%00`,
      { jsonrpc: '2.0', id: 1, method: 'tools/list' },
      'query: connected_account_id',
    ],
  ];

  it.each(cases)('%s → 400 naming it, nothing stored', async (_what, method, rawPath, body, named) => {
    const path = rawPath.replace('SERVER', serverId);
    const keysBefore = await unwrap(t.client.GET('/api_keys'));
    const serversBefore = await unwrap(t.client.GET('/mcp/servers'));
    const fixedBody =
      typeof body === 'object' && body !== null && 'mcp_server_id' in body
        ? { ...body, mcp_server_id: serverId }
        : body;
    const answer = await send(method, path, fixedBody);
    expect(answer.status).toBe(400);
    const envelope = await answer.json();
    expect(envelope).toMatchObject({ error: { status: 400, slug: 'validation_error' } });
    expect(envelope.error.message).toBe(`Invalid ${named}: must not contain the NUL character (U+0000)`);
    expect((await unwrap(t.client.GET('/api_keys'))).total_items).toBe(keysBefore.total_items);
    expect((await unwrap(t.client.GET('/mcp/servers'))).total_pages).toBe(serversBefore.total_pages);
  });
});
