import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  type ClientCapabilities,
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  type LoggingMessageNotification,
  LoggingMessageNotificationSchema,
  type Progress,
} from '@modelcontextprotocol/sdk/types.js';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { everythingEntry, waitFor } from '../toolkits/mcp-upstream-support.js';
import { connectMcp, resultText } from './connect.js';

/** A real SDK client declaring `capabilities`, over Streamable HTTP. */
async function clientWith(url: string, headers: Record<string, string>, capabilities: ClientCapabilities) {
  const client = new Client({ name: 'relay-test', version: '1.0.0' }, { capabilities });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

/**
 * The upstream's steps, in order. The last may be missing: it arrives in the same chunk as the result, and the SDK
 * client drops the progress handler on the result before it dispatches the notification (the raw stream has all three,
 * as the JSON-vs-SSE test shows).
 */
function expectSteps(seen: readonly Progress[]): void {
  const steps = seen.map(({ progress, total }) => [progress, total]);
  expect(steps.slice(0, 2)).toEqual([
    [1, 3],
    [2, 3],
  ]);
  expect(steps.length === 2 || steps[2]?.[0] === 3).toBe(true);
}

// What passes through Patchbay between a client and server-everything behind it (one database kind suffices: none is
// involved in relaying).
describe('upstream notifications and requests relayed to the client', () => {
  let t: TestServer;
  let serverId: string;
  const url = (user: string, sessions = false) =>
    `${t.url}/v3/mcp/${serverId}?user_id=${user}${sessions ? '&sessions=true' : ''}`;
  const headers = () => ({ 'x-api-key': t.apiKey });
  const longRun = { name: 'EVERYTHING_TRIGGER_LONG_RUNNING_OPERATION', arguments: { duration: 0.3, steps: 3 } };

  beforeAll(async () => {
    t = await startTestServer('pglite');
    await insertCustomToolkit(t.running.database, t.projectId, 'everything', {
      name: 'Everything',
      description: '',
      logo: null,
      categories: [],
      kind: 'mcp_stdio',
      source: { transport: 'stdio', command: process.execPath, args: [everythingEntry], env: {} },
      timeoutMs: 20_000,
    });
    serverId = (
      await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Relay', toolkits: ['everything'] } }))
    ).id;
  });
  afterAll(() => t.stop());

  it('stateless: a call with a progress token is answered as an SSE stream carrying its progress', async () => {
    const client = await connectMcp(url('pia'), headers());
    const seen: Progress[] = [];
    const result = await client.callTool(longRun, undefined, { onprogress: (progress) => seen.push(progress) });
    expect(resultText(result)).toMatch(/Long running operation completed/);
    expectSteps(seen);
    await client.close();
  });

  it('stateless: a call without one is answered as JSON', async () => {
    const post = (body: unknown) =>
      fetch(url('pia'), {
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify(body),
      });
    const plain = await post({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: longRun });
    expect(plain.headers.get('content-type')).toMatch(/application\/json/);
    expect(await plain.text()).toMatch(/Long running operation completed/);
    const asked = await post({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: { ...longRun, _meta: { progressToken: 'p-1' } },
    });
    expect(asked.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = await asked.text();
    for (const step of [1, 2, 3]) expect(events).toContain(`"progress":${step},"total":3,"progressToken":"p-1"`);
    expect(events).toMatch(/Long running operation completed/);
  });

  it('sessions=true: progress and the log messages of a call reach the client on the request stream', async () => {
    const client = await clientWith(url('pia', true), headers(), {});
    const logs: LoggingMessageNotification['params'][] = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
      logs.push(notification.params);
    });
    const seen: Progress[] = [];
    await client.callTool(longRun, undefined, { onprogress: (progress) => seen.push(progress) });
    expectSteps(seen);
    // The upstream logs once at once when logging is switched on (and every 5 s after, outside any call).
    const on = await client.callTool({ name: 'EVERYTHING_TOGGLE_SIMULATED_LOGGING', arguments: {} });
    expect(resultText(on)).toMatch(/Started simulated/);
    await waitFor('a relayed log message', () => logs.length > 0);
    expect(String(logs[0]?.data)).toMatch(/-level message|level-message/);
    await client.callTool({ name: 'EVERYTHING_TOGGLE_SIMULATED_LOGGING', arguments: {} });
    await client.close();
  });

  it('relays elicitation, sampling and roots to a client that declares them', async () => {
    const client = await clientWith(url('eli', true), headers(), {
      elicitation: { form: {} },
      sampling: {},
      roots: {},
    });
    client.setRequestHandler(ElicitRequestSchema, () => ({
      action: 'accept',
      content: { name: 'Ada Lovelace', check: true, email: 'ada@example.com', integer: 3 },
    }));
    client.setRequestHandler(CreateMessageRequestSchema, (request) => ({
      role: 'assistant',
      model: 'test-model',
      content: { type: 'text', text: `sampled: ${JSON.stringify(request.params.messages[0]?.content)}` },
    }));
    client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: [{ uri: 'file:///work/ada', name: 'ada' }] }));
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'EVERYTHING_TRIGGER_ELICITATION_REQUEST',
        'EVERYTHING_TRIGGER_SAMPLING_REQUEST',
        'EVERYTHING_GET_ROOTS_LIST',
      ]),
    );
    const elicited = await client.callTool({ name: 'EVERYTHING_TRIGGER_ELICITATION_REQUEST', arguments: {} });
    expect(resultText(elicited)).toContain('Ada Lovelace');
    const sampled = await client.callTool({
      name: 'EVERYTHING_TRIGGER_SAMPLING_REQUEST',
      arguments: { prompt: 'hello upstream', maxTokens: 10 },
    });
    expect(resultText(sampled)).toContain('hello upstream');
    const roots = await client.callTool({ name: 'EVERYTHING_GET_ROOTS_LIST', arguments: {} });
    expect(resultText(roots)).toContain('file:///work/ada');
    await client.close();
  });

  it('relays over the legacy SSE transport too', async () => {
    const client = await connectMcp(`${t.url}/v3/mcp/${serverId}/sse?user_id=sse`, headers(), 'sse', {
      elicitation: {},
    });
    client.setRequestHandler(ElicitRequestSchema, () => ({ action: 'decline' }));
    const seen: Progress[] = [];
    await client.callTool(longRun, undefined, { onprogress: (progress) => seen.push(progress) });
    expectSteps(seen);
    const declined = await client.callTool({ name: 'EVERYTHING_TRIGGER_ELICITATION_REQUEST', arguments: {} });
    expect(resultText(declined)).toMatch(/decline/i);
    await client.close();
  });

  it('offers none of that to a client that declares nothing, and lists no tool that needs tasks', async () => {
    const client = await clientWith(url('eli', true), headers(), {});
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toContain('EVERYTHING_ECHO');
    expect(names).not.toContain('EVERYTHING_TRIGGER_ELICITATION_REQUEST');
    expect(names).not.toContain('EVERYTHING_SIMULATE_RESEARCH_QUERY');
    const refused = await client.callTool({ name: 'EVERYTHING_TRIGGER_ELICITATION_REQUEST', arguments: {} });
    expect(refused.isError).toBe(true);
    await client.close();
  });
});
