import { createServer, type Server } from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, type Tracing } from '../../src/tracing/setup.js';
import { connectMcp } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { type CollectedSpan, startCollector } from './otlp-collector.js';

const SERVER = 2;
const CLIENT = 3;

/** A remote MCP upstream (the SDK's server, stateless Streamable HTTP) that keeps the trace context it was sent. */
async function startUpstream() {
  const seen: { meta: unknown; header: string | undefined }[] = [];
  const http: Server = createServer(async (req, res) => {
    const mcp = new McpServer({ name: 'traced-upstream', version: '1.0.0' });
    mcp.registerTool('whoami', { description: 'Answers who it is.' }, async (extra) => {
      const header = extra.requestInfo?.headers.traceparent;
      seen.push({ meta: extra._meta, header: typeof header === 'string' ? header : undefined });
      return { content: [{ type: 'text', text: 'the upstream' }] };
    });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => void mcp.close());
    await mcp.connect(transport);
    await transport.handleRequest(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/mcp`, seen, close: () => new Promise((r) => http.close(r)) };
}

// One collector and one tracer provider for the file: the provider is process-wide, as in the server.
let collector: Awaited<ReturnType<typeof startCollector>>;
let tracing: Tracing | undefined;
beforeAll(async () => {
  collector = await startCollector();
  // The exporter reads the standard variables itself.
  process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = collector.url;
  tracing = await startTracing(process.env);
});
afterAll(async () => {
  await tracing?.shutdown();
  await collector.close();
});

describe.each(databaseKinds)('OpenTelemetry traces on %s', (kind) => {
  let t: TestServer;
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  let serverId: string;

  beforeAll(async () => {
    upstream = await startUpstream();
    t = await startTestServer(kind);
    await unwrap(
      t.client.POST('/toolkits', {
        body: { slug: 'traced', name: 'Traced upstream', mcp: { transport: 'streamable_http', url: upstream.url } },
      }),
    );
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Traced', toolkits: ['traced'] } })))
      .id;
  });
  afterAll(async () => {
    await t.stop();
    await upstream.close();
  });

  it('is off without the OTEL_* variables', async () => {
    const { tracingWanted } = await import('../../src/tracing/setup.js');
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x' })).toBe(true);
  });

  it('exports the span tree of one tool call, continuing the caller trace and passing it to the upstream', async () => {
    const traceId = Array.from({ length: 32 }, (_, i) => 'abcdef0123456789'[(i * 7 + kind.length) % 16]).join('');
    const callerSpan = 'a1b2c3d4e5f60718';
    const client = await connectMcp(`${t.url}/v3/mcp/${serverId}?user_id=ana`, {
      'x-api-key': t.apiKey,
      traceparent: `00-${traceId}-${callerSpan}-01`,
    });
    const result = await client.callTool({ name: 'TRACED_WHOAMI', arguments: {} });
    expect(result.isError).toBeFalsy();
    await client.close();
    await tracing?.flush();

    const ours = collector.spans.filter((span) => span.traceId === traceId);
    const one = (predicate: (span: CollectedSpan) => boolean, what: string) => {
      const found = ours.filter(predicate);
      expect(found.length, `${what} in ${JSON.stringify(ours.map((s) => s.name))}`).toBe(1);
      const [first] = found;
      if (first === undefined) throw new Error(`no ${what}`);
      return first;
    };
    const request = one((s) => s.name === 'tools/call TRACED_WHOAMI', 'the MCP request span');
    expect(request).toMatchObject({ kind: SERVER, parentSpanId: callerSpan });
    expect(request.attributes).toMatchObject({ 'mcp.method.name': 'tools/call', 'gen_ai.tool.name': 'TRACED_WHOAMI' });
    const tool = one((s) => s.name === 'execute_tool TRACED_WHOAMI', 'the tool span');
    expect(tool.parentSpanId).toBe(request.spanId);
    const call = one((s) => s.name === 'tools/call whoami', 'the upstream span');
    expect(call).toMatchObject({ kind: CLIENT, parentSpanId: tool.spanId });
    const inTree = new Set([request.spanId, tool.spanId]);
    const statements = ours.filter((s) => s.attributes['db.system.name'] !== undefined);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.kind).toBe(CLIENT);
      expect(inTree.has(statement.parentSpanId ?? '')).toBe(true);
    }

    // The upstream got the trace in params._meta (MCP's convention) and in the HTTP headers, parented by our span.
    const last = upstream.seen.at(-1);
    expect(last?.meta).toMatchObject({ traceparent: `00-${traceId}-${call.spanId}-01` });
    expect(last?.header).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });
});
