import { createServer, request, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createMcpUpstreamToolkit,
  type McpUpstreamToolkit,
  type RemoteUpstreamDefinition,
} from '../../src/toolkits/mcp-upstream/index.js';
import { context, type HttpUpstream, logger, startHttpEverything, textOf, waitFor } from './mcp-upstream-support.js';

// server-everything's own HTTP modes: `streamableHttp` serves /mcp, `sse` serves /sse + /message (PORT env).

const open: McpUpstreamToolkit[] = [];
function make(definition: RemoteUpstreamDefinition, idleTimeoutMs?: number): McpUpstreamToolkit {
  const toolkit = createMcpUpstreamToolkit(definition, { logger, poolOptions: { idleTimeoutMs } });
  open.push(toolkit);
  return toolkit;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((toolkit) => toolkit.close()));
});

describe('remote upstream over Streamable HTTP and SSE (server-everything)', () => {
  let streamable: HttpUpstream;
  let sse: HttpUpstream;

  beforeAll(async () => {
    [streamable, sse] = await Promise.all([startHttpEverything('streamableHttp'), startHttpEverything('sse')]);
  });
  afterAll(async () => {
    await Promise.all([streamable.stop(), sse.stop()]);
  });

  it('lists and calls tools over Streamable HTTP, one shared client when no header is per user', async () => {
    const toolkit = make({
      slug: 'remote',
      transport: 'streamable_http',
      url: `http://127.0.0.1:${streamable.port}/mcp`,
    });
    const tools = await toolkit.listTools(context('alice'));
    expect(tools.find((tool) => tool.slug === 'REMOTE_ECHO')).toMatchObject({ originalName: 'echo', noAuth: true });
    expect(textOf(await toolkit.callTool('REMOTE_GET_SUM', { a: 1, b: 2 }, context('alice')))).toContain('is 3');
    expect(textOf(await toolkit.callTool('REMOTE_ECHO', { message: 'hey' }, context('bob')))).toBe('Echo: hey');
    expect(toolkit.stats()).toMatchObject({ processes: 1, calls: 2, crashes: 0 });

    const rounds = 30;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) await toolkit.callTool('REMOTE_ECHO', { message: `m${i}` }, context('alice'));
    console.info(
      `[measure] warm Streamable HTTP call latency (echo): ${((performance.now() - started) / rounds).toFixed(2)} ms/call`,
    );
  });

  it('lists and calls tools over SSE', async () => {
    const toolkit = make({ slug: 'remote_sse', transport: 'sse', url: `http://127.0.0.1:${sse.port}/sse` });
    const tools = await toolkit.listTools(context('alice'));
    expect(tools.map((tool) => tool.slug)).toContain('REMOTE_SSE_ECHO');
    expect(textOf(await toolkit.callTool('REMOTE_SSE_ECHO', { message: 'over sse' }, context('alice')))).toBe(
      'Echo: over sse',
    );
  });

  it('falls back to SSE when the Streamable HTTP POST gets a 4xx', async () => {
    const toolkit = make({ slug: 'fallback', transport: 'streamable_http', url: `http://127.0.0.1:${sse.port}/sse` });
    expect(textOf(await toolkit.callTool('FALLBACK_ECHO', { message: 'fell back' }, context('alice')))).toBe(
      'Echo: fell back',
    );
  });

  it('times out a hanging remote call with the helpful message', async () => {
    const toolkit = make({
      slug: 'remote',
      transport: 'streamable_http',
      url: `http://127.0.0.1:${streamable.port}/mcp`,
    });
    const started = Date.now();
    const result = await toolkit.callTool(
      'REMOTE_TRIGGER_LONG_RUNNING_OPERATION',
      { duration: 30, steps: 1 },
      context('alice', { timeoutMs: 700 }),
    );
    expect(textOf(result)).toContain('remote did not answer within 700 ms');
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});

describe('remote upstream failures', () => {
  it('reports an unreachable upstream, then reconnects once it is back', async () => {
    const upstream = await startHttpEverything('streamableHttp');
    const toolkit = make({ slug: 'flaky', transport: 'streamable_http', url: `http://127.0.0.1:${upstream.port}/mcp` });
    try {
      expect(textOf(await toolkit.callTool('FLAKY_ECHO', { message: '1' }, context('a')))).toBe('Echo: 1');
      await upstream.stop();

      const down = await toolkit.callTool('FLAKY_ECHO', { message: '2' }, context('a'));
      expect(down.isError).toBe(true);
      expect(textOf(down)).toMatch(/^lost the connection to flaky .*; the next call reconnects$/s);

      const restarted = await startHttpEverything('streamableHttp', upstream.port);
      try {
        expect(textOf(await toolkit.callTool('FLAKY_ECHO', { message: '3' }, context('a')))).toBe('Echo: 3');
      } finally {
        await restarted.stop();
      }
    } finally {
      await upstream.stop();
    }
  });

  it('recovers from an SSE upstream restarted under a live connection', async () => {
    const upstream = await startHttpEverything('sse');
    const toolkit = make({ slug: 'restarted', transport: 'sse', url: `http://127.0.0.1:${upstream.port}/sse` });
    expect(textOf(await toolkit.callTool('RESTARTED_ECHO', { message: 'before' }, context('a')))).toBe('Echo: before');
    await upstream.stop();
    const again = await startHttpEverything('sse', upstream.port);
    try {
      // Calls on the stale session may time out (the restarted server never answers an unknown session id); the
      // connection must heal by itself (SSE reconnect, or the ping probe dropping it) rather than hang forever.
      let answer = '';
      let attempts = 0;
      await waitFor(
        'a call to succeed after the restart',
        async () => {
          attempts++;
          const result = await toolkit.callTool(
            'RESTARTED_ECHO',
            { message: 'ok' },
            context('a', { timeoutMs: 1_000 }),
          );
          answer = textOf(result);
          return result.isError !== true;
        },
        20_000,
      );
      expect(answer).toBe('Echo: ok');
      console.info(`[measure] SSE upstream restart: healed after ${attempts} call(s) of ≤1 s`);
    } finally {
      await again.stop();
    }
  });

  it('reports a connection refused at the start as a clear error', async () => {
    const toolkit = make({ slug: 'nowhere', transport: 'sse', url: 'http://127.0.0.1:9/sse', timeoutMs: 5_000 });
    const result = await toolkit.callTool('NOWHERE_ECHO', {}, context('a'));
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('nowhere could not connect to http://127.0.0.1:9/sse');
  });
});

describe('per-user headers', () => {
  let upstream: HttpUpstream;
  let proxy: Server;
  let proxyPort = 0;
  const seen: string[] = [];

  // A pass-through HTTP hop in front of the real server, only to observe which Authorization header arrives.
  beforeAll(async () => {
    upstream = await startHttpEverything('streamableHttp');
    proxy = createServer((req, res) => {
      seen.push(String(req.headers.authorization ?? ''));
      const forward = request(
        { host: '127.0.0.1', port: upstream.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    proxyPort = address !== null && typeof address === 'object' ? address.port : 0;
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await upstream.stop();
  });

  it('opens one client per user, sending each user their own header', async () => {
    const toolkit = make({
      slug: 'private',
      transport: 'streamable_http',
      url: `http://127.0.0.1:${proxyPort}/mcp`,
      headers: { 'X-Client': 'patchbay' },
      perUserHeaders: ['Authorization'],
      credentialFields: { Authorization: 'bearer' },
    });
    const as = (user: string) => context(user, { credentials: { bearer: `Bearer ${user}-token` } });
    const tools = await toolkit.listTools(as('alice'));
    expect(tools.every((tool) => !tool.noAuth)).toBe(true);
    expect(textOf(await toolkit.callTool('PRIVATE_ECHO', { message: 'a' }, as('alice')))).toBe('Echo: a');
    expect(textOf(await toolkit.callTool('PRIVATE_ECHO', { message: 'b' }, as('bob')))).toBe('Echo: b');
    expect(toolkit.stats().processes).toBe(2);
    expect(new Set(seen)).toEqual(new Set(['Bearer alice-token', 'Bearer bob-token']));

    const anonymous = await toolkit.callTool('PRIVATE_ECHO', { message: 'c' }, context('carol'));
    expect(textOf(anonymous)).toContain('needs a connected account providing "bearer"');
  });

  it('closes per-user clients left idle', async () => {
    const toolkit = make(
      {
        slug: 'private',
        transport: 'streamable_http',
        url: `http://127.0.0.1:${proxyPort}/mcp`,
        perUserHeaders: ['Authorization'],
      },
      300,
    );
    const as = (user: string) => context(user, { credentials: { Authorization: `Bearer ${user}` } });
    await toolkit.callTool('PRIVATE_ECHO', { message: 'a' }, as('alice'));
    await toolkit.callTool('PRIVATE_ECHO', { message: 'b' }, as('bob'));
    expect(toolkit.stats().processes).toBe(2);
    await waitFor('idle clients to close', () => toolkit.stats().processes === 0, 10_000);
    expect(textOf(await toolkit.callTool('PRIVATE_ECHO', { message: 'again' }, as('alice')))).toBe('Echo: again');
  });
});
