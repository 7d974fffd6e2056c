import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMcpUpstreamToolkit } from '../../src/toolkits/mcp-upstream/index.js';
import { type SseEvent, SseParser } from '../../src/toolkits/mcp-upstream/sse-events.js';
import { context, logger, textOf } from './mcp-upstream-support.js';

describe('server-sent events parser', () => {
  it('dispatches whole events whatever the chunking, joining data lines and skipping comments and empty events', () => {
    const text = ': keep-alive\r\nid: 1\r\n\r\nevent: message\ndata: {"a":\ndata: 1}\n\nid: 2\ndata: é\n\n';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 3, bytes.length]) {
      const events: SseEvent[] = [];
      const parser = new SseParser((event) => events.push(event));
      for (let i = 0; i < bytes.length; i += size) parser.push(bytes.subarray(i, i + size));
      expect(events).toEqual([
        { event: 'message', data: '{"a":\n1}', id: '1' },
        { event: 'message', data: 'é', id: '2' },
      ]);
    }
  });
});

// An SDK server answering JSON (enableJsonResponse), stateless: what many hosted MCP servers do.
describe('remote upstream answering JSON, over kept-alive connections', () => {
  let http: Server;
  let url: string;
  const connections: number[] = [];
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    const listener = getRequestListener(async (request) => {
      const server = new McpServer({ name: 'json-upstream', version: '1.0.0' });
      server.registerTool('shout', { inputSchema: { text: z.string() } }, async ({ text }) => ({
        content: [{ type: 'text', text: text.toUpperCase() }],
      }));
      const transport = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      await server.connect(transport);
      return transport.handleRequest(request);
    });
    http = createServer((req, res) => {
      seen.push(req.headers);
      void listener(req, res);
    });
    http.on('connection', () => connections.push(Date.now()));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const address = http.address();
    if (typeof address !== 'object' || address === null) throw new Error('the upstream is not listening');
    url = `http://127.0.0.1:${address.port}/mcp`;
  });
  afterAll(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  });

  it('calls through one reused connection, sending the configured headers and the negotiated version', async () => {
    const toolkit = createMcpUpstreamToolkit(
      { slug: 'json_up', transport: 'streamable_http', url, headers: { 'x-team': 'blue' } },
      { logger },
    );
    try {
      expect(textOf(await toolkit.callTool('JSON_UP_SHOUT', { text: 'hi' }, context('alice')))).toBe('HI');
      // Connecting may open a few (initialize, the GET stream the server refuses); calls after that open none.
      const afterConnect = connections.length;
      for (let i = 0; i < 20; i++) {
        expect(textOf(await toolkit.callTool('JSON_UP_SHOUT', { text: `hi ${i}` }, context('alice')))).toBe(`HI ${i}`);
      }
      expect(connections.length).toBe(afterConnect);
      expect(seen.every((headers) => headers['x-team'] === 'blue')).toBe(true);
      expect(seen.at(-1)?.['mcp-protocol-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await toolkit.close();
    }
  });

  it('runs many calls at once without a listener-leak warning', async () => {
    const toolkit = createMcpUpstreamToolkit({ slug: 'json_many', transport: 'streamable_http', url }, { logger });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const texts = await Promise.all(
        Array.from({ length: 30 }, (_, i) => toolkit.callTool('JSON_MANY_SHOUT', { text: `x${i}` }, context('alice'))),
      );
      expect(texts.map(textOf)).toEqual(Array.from({ length: 30 }, (_, i) => `X${i}`));
      // Node emits process warnings on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
      await toolkit.close();
    }
  });
});
