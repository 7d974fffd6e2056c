import { randomUUID } from 'node:crypto';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { type Context, Hono } from 'hono';
import type { Database } from '../db/database.js';
import { presentedKey } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';
import { type McpCaller, resolveMcpCaller } from './caller.js';
import { createProtocolServer, type ProtocolDeps } from './protocol-server.js';
import { type McpSessions, sameCaller } from './sessions.js';
import { WebSseServerTransport } from './sse-transport.js';

export interface McpEndpointDeps extends ProtocolDeps {
  db: Database;
  /** The path prefix of the public URL (`''` at the root), for the SSE endpoint event. */
  basePath: string;
  sse: McpSessions<WebSseServerTransport>;
  streams: McpSessions<WebStandardStreamableHTTPServerTransport>;
}

const tooManySessions = () =>
  apiError(
    503,
    'Too many open MCP sessions on this server.',
    'Use the stateless URL (without sessions=true), or retry later.',
  );

/** `as` narrows whose tools the request runs: a session's POSTs act for the user who opened it. */
function caller(deps: McpEndpointDeps, c: Context<AppEnv>, as?: McpCaller): Promise<McpCaller> {
  const key = presentedKey(c.req.header('x-api-key'), c.req.header('authorization'));
  const url = new URL(c.req.url);
  if (as !== undefined) {
    url.search = '';
    if (as.connectedAccountId !== undefined) url.searchParams.set('connected_account_id', as.connectedAccountId);
    else url.searchParams.set('user_id', as.userId);
  }
  return resolveMcpCaller(deps.db, c.req.param('serverId') ?? '', url, key);
}

/**
 * What end users' AI clients connect to: `/v3/mcp/{id}` and `/v3/mcp/{id}/mcp` speak Streamable HTTP, statelessly
 * by default (a fresh protocol server per request, JSON answers, no session id), so any replica can answer any
 * request; with `sessions=true` in the URL, as a session (an Mcp-Session-Id, a GET stream for server messages, DELETE
 * to end it) for clients that need one; `/v3/mcp/{id}/sse` + `/messages` speak the legacy HTTP+SSE transport.
 */
export function mcpEndpointRoutes(deps: McpEndpointDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  /** A request of an open Streamable HTTP session: the credential must act for the user who opened it. */
  const inSession = async (c: Context<AppEnv>, sessionId: string) => {
    const session = deps.streams.get(sessionId);
    if (session === undefined) {
      // The spec's answer to an unknown session: 404, upon which a client starts a new one.
      throw apiError(
        404,
        'No open MCP session has that id.',
        'Initialize a new session (this one ended or lives elsewhere).',
      );
    }
    const who = await caller(deps, c, session.caller);
    if (!sameCaller(who, session.caller)) {
      throw apiError(403, 'This MCP session belongs to another caller.', 'Use your own session.');
    }
    return session.transport.handleRequest(c.req.raw);
  };

  /** `sessions=true`: a stateful session, for clients that want server notifications on a GET stream. */
  const newSession = async (c: Context<AppEnv>) => {
    const who = await caller(deps, c);
    if (deps.streams.full) throw tooManySessions();
    const server = createProtocolServer(deps, who);
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        if (!deps.streams.add(id, transport, who)) void transport.close();
      },
      onsessionclosed: (id) => deps.streams.remove(id),
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) deps.streams.remove(transport.sessionId);
    };
    await server.connect(transport);
    return transport.handleRequest(c.req.raw);
  };

  const streamable = async (c: Context<AppEnv>) => {
    const sessionId = c.req.header('mcp-session-id');
    if (sessionId !== undefined) return inSession(c, sessionId);
    if (c.req.query('sessions') === 'true' && c.req.method === 'POST') return newSession(c);
    if (c.req.method !== 'POST') {
      c.header('allow', 'POST');
      throw apiError(
        405,
        `This MCP endpoint is stateless and takes only POST (got ${c.req.method}).`,
        'POST JSON-RPC messages here; add sessions=true to the URL for a session, or use /sse for the older transport.',
        { slug: 'method_not_allowed' },
      );
    }
    const who = await caller(deps, c);
    const server = createProtocolServer(deps, who);
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      void server.close();
    }
  };
  app.all('/v3/mcp/:serverId', streamable);
  app.all('/v3/mcp/:serverId/mcp', streamable);

  app.get('/v3/mcp/:serverId/sse', async (c) => {
    const who = await caller(deps, c);
    const transport = new WebSseServerTransport(`${deps.basePath}/v3/mcp/${who.server.id}/messages`);
    if (!deps.sse.add(transport.sessionId, transport, who)) throw tooManySessions();
    // Before connect: the protocol chains its own onclose after this one.
    transport.onclose = () => deps.sse.remove(transport.sessionId);
    const server = createProtocolServer(deps, who);
    await server.connect(transport);
    return transport.response;
  });

  app.post('/v3/mcp/:serverId/messages', async (c) => {
    const sessionId = c.req.query('sessionId') ?? '';
    const session = deps.sse.get(sessionId);
    if (session === undefined) {
      throw apiError(
        404,
        'No open SSE session has that id.',
        'Open the /sse stream again and use the endpoint it announces.',
      );
    }
    // The credential must be able to act for the session's user (a token for another user cannot).
    const who = await caller(deps, c, session.caller);
    if (!sameCaller(who, session.caller)) {
      throw apiError(
        403,
        'This SSE session belongs to another caller.',
        'Use the session your own /sse stream announced.',
      );
    }
    const body: unknown = await c.req.json().catch(() => undefined);
    if (!session.transport.receive(body)) {
      throw apiError(400, 'The body is not a JSON-RPC message.', 'POST one JSON-RPC 2.0 request or notification.');
    }
    return c.body(null, 202);
  });
  return app;
}
