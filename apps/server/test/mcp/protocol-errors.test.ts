import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectMcp } from './connect.js';

/** Requests whose params do not fit answer -32602 with one readable line, never -32603 with a validation dump. */
describe('MCP requests with bad params', () => {
  let t: TestServer;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer('pglite');
    const id = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Errors', toolkits: ['notes'] } })))
      .id;
    url = `${t.url}/v3/mcp/${id}?user_id=ada`;
  });
  afterAll(async () => t.stop());

  const rpc = async (method: string, params: unknown) => {
    const answer = await fetch(url, {
      method: 'POST',
      headers: {
        'x-api-key': t.apiKey,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 7, method, params }),
    });
    return (await answer.json()) as { id: number; error?: { code: number; message: string }; result?: unknown };
  };

  it.each([
    ['initialize', {}, /^Invalid initialize params: protocolVersion: /],
    [
      'initialize',
      { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 5 } },
      /^Invalid initialize params: clientInfo\.name: /,
    ],
    ['tools/call', { name: 42, arguments: {} }, /^Invalid tools\/call params: name: /],
    ['tools/call', { name: 'NOTES_SET', arguments: ['k', 'v'] }, /^Invalid tools\/call params: arguments: /],
    ['tools/list', { cursor: 3 }, /^Invalid tools\/list params: cursor: /],
  ])('%s %j → -32602 in one line', async (method, params, message) => {
    const answer = await rpc(method, params);
    expect(answer.id).toBe(7);
    expect(answer.error?.code).toBe(-32602);
    expect(answer.error?.message).toMatch(message);
    expect(answer.error?.message).not.toMatch(/\n|"code":|MCP error/);
  });

  it('names an unknown tool once, with its code once', async () => {
    const client = await connectMcp(url, { 'x-api-key': t.apiKey });
    const failure = await client.callTool({ name: 'NOPE_TOOL', arguments: {} }).catch((error: unknown) => error);
    await client.close();
    expect(failure).toBeInstanceOf(Error);
    const text = failure instanceof Error ? failure.message : '';
    expect(text).toBe(
      'MCP error -32602: Tool NOPE_TOOL is not available on this server; tools/list shows the tools it allows.',
    );
  });
});
