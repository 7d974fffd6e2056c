import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Context, Hono } from 'hono';
import { presentedKey } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';
import { CallerError, type CallerErrorKind, type McpCaller } from './caller.js';
import { serveOn } from './protocol-server.js';
import { type McpSessions, type SessionRefusal, type SessionTransport, sameSession } from './sessions.js';
import { WebSseServerTransport } from './sse-transport.js';
import type { ServedTools } from './tool-source.js';

/** The open sessions of this replica, of both stateful transports. */
export interface McpSessionStore {
  sse: McpSessions<WebSseServerTransport>;
  /** Streamable HTTP sessions of clients whose URL asks for them (`sessions=true`). */
  streams: McpSessions<WebStandardStreamableHTTPServerTransport>;
}

/** What a request to an MCP URL presents. */
export interface McpRequest {
  params: Record<string, string>;
  url: URL;
  /** `x-api-key`, else the bearer token. */
  key: string | undefined;
}

/**
 * Decides what the URL serves and to whom, or throws a CallerError. For a request of an open session the URL's user
 * selectors are replaced by the session's caller, so the credential must be able to act for that caller.
 */
export type ServedResolver = (request: McpRequest) => Promise<ServedTools>;

export interface McpMountOptions {
  resolve: ServedResolver;
  sessions: McpSessionStore;
  /** The path prefix of the public URL (`''` at the root), for the SSE endpoint event. */
  basePath: string;
  /** Wraps each connected transport (metrics, traces). */
  observe?: ((transport: Transport) => void) | undefined;
}

/** A JSON-RPC request (or batch holding one) with `params._meta.progressToken`. */
function asksForProgress(body: unknown): boolean {
  if (Array.isArray(body)) return body.some(asksForProgress);
  if (typeof body !== 'object' || body === null || !('params' in body)) return false;
  const { params } = body;
  if (typeof params !== 'object' || params === null || !('_meta' in params)) return false;
  const meta = params._meta;
  return typeof meta === 'object' && meta !== null && 'progressToken' in meta && meta.progressToken !== undefined;
}

const statusOf: Record<CallerErrorKind, 400 | 401 | 403 | 404> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
};

/** The one place where the MCP layer's caller errors become HTTP answers. */
async function served(resolve: ServedResolver, c: Context<AppEnv>, as?: McpCaller): Promise<ServedTools> {
  const url = new URL(c.req.url);
  if (as !== undefined) {
    url.search = '';
    if (as.connectedAccountId !== undefined) url.searchParams.set('connected_account_id', as.connectedAccountId);
    else url.searchParams.set('user_id', as.userId);
  }
  try {
    const what = await resolve({
      params: c.req.param(),
      url,
      key: presentedKey(c.req.header('x-api-key'), c.req.header('authorization')),
    });
    c.set('mcpCaller', what.caller);
    return what;
  } catch (error) {
    if (!(error instanceof CallerError)) throw error;
    throw apiError(statusOf[error.kind], error.message, error.suggestedFix, error.slug ? { slug: error.slug } : {});
  }
}

const sessionLimitText: Record<SessionRefusal, string> = {
  replica: 'Too many open MCP sessions on this server.',
  caller: 'You have too many open MCP sessions on this server.',
  project: 'This project has too many open MCP sessions on this server.',
};

const tooManySessions = (refused: SessionRefusal) =>
  apiError(
    503,
    sessionLimitText[refused],
    refused === 'replica'
      ? 'Use the stateless URL (without sessions=true), or retry later.'
      : 'Close sessions you no longer use (DELETE the session, or end the SSE stream), or use the stateless URL.',
    { slug: 'too_many_sessions' },
  );

/**
 * Mounts the MCP transports for one kind of URL at `path`: `path` and `path/mcp` speak Streamable HTTP, statelessly
 * by default (a fresh protocol server per request, JSON answers, no session id), so any replica can answer any
 * request; with `sessions=true` in the URL, as a session (an Mcp-Session-Id, a GET stream for server messages, DELETE
 * to end it) for clients that need one; `path/sse` + `path/messages` speak the legacy HTTP+SSE transport.
 */
export function mountMcp(app: Hono<AppEnv>, path: string, options: McpMountOptions): void {
  const { resolve, sessions } = options;

  /**
   * The open session a request names, once its credential is shown to act for the caller who opened it (a token for
   * another user cannot): 404 for an unknown id, upon which a client starts a new one; 403 for another caller's.
   */
  const ownSession = async <T extends SessionTransport>(
    store: McpSessions<T>,
    id: string,
    c: Context<AppEnv>,
    texts: { kind: string; fix404: string; fix403: string },
  ) => {
    const session = store.get(id);
    if (session === undefined) throw apiError(404, `No open ${texts.kind} session has that id.`, texts.fix404);
    if (!sameSession(session, await served(resolve, c, session.caller))) {
      throw apiError(403, `This ${texts.kind} session belongs to another caller.`, texts.fix403);
    }
    return session;
  };

  /** A request of an open Streamable HTTP session. */
  const inSession = async (c: Context<AppEnv>, sessionId: string) => {
    const session = await ownSession(sessions.streams, sessionId, c, {
      kind: 'MCP',
      fix404: 'Initialize a new session (this one ended or lives elsewhere).',
      fix403: 'Use your own session.',
    });
    return session.transport.handleRequest(c.req.raw);
  };

  /** `sessions=true`: a stateful session, for clients that want server notifications on a GET stream. */
  const newSession = async (c: Context<AppEnv>) => {
    const what = await served(resolve, c);
    const refused = sessions.streams.refusal(what.caller);
    if (refused !== undefined) throw tooManySessions(refused);
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => sessions.streams.newId(),
      onsessioninitialized: (id) => {
        if (sessions.streams.add(id, transport, what) !== undefined) void transport.close();
      },
      onsessionclosed: (id) => sessions.streams.remove(id),
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) sessions.streams.remove(transport.sessionId);
    };
    await serveOn(what, transport, options.observe);
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
    const what = await served(resolve, c);
    // Read once, here: the transport is handed the parsed body. A body that is not JSON is left unparsed, and the
    // transport answers it with its own JSON-RPC parse error.
    const body: unknown = await c.req.json().catch(() => undefined);
    // JSON answers, except to a request that asked for progress: that one gets an SSE stream carrying the progress
    // and log messages of its call, then its result.
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: !asksForProgress(body),
    });
    const server = await serveOn(what, transport, options.observe);
    // A client that hangs up cancels its calls: closing the protocol server aborts every handler's signal, which
    // reaches the toolkit (an upstream gets notifications/cancelled) instead of running on until its time limit.
    const hangUp = () => void server.close();
    c.req.raw.signal.addEventListener('abort', hangUp, { once: true });
    const done = () => {
      c.req.raw.signal.removeEventListener('abort', hangUp);
      // After the handler's own cleanup, which runs a few microtasks after its answer: closed any sooner, the server
      // aborts a handler that has already answered (an AbortError built and dispatched per request, for nothing).
      setImmediate(() => void server.close());
    };
    let response: Response;
    try {
      response = await transport.handleRequest(c.req.raw, body === undefined ? {} : { parsedBody: body });
    } catch (error) {
      done();
      throw error;
    }
    // The header first: reading `body` makes the Node adapter build a Fetch Response around a stream, where a JSON
    // answer is otherwise written straight to the socket.
    if (!response.headers.get('content-type')?.startsWith('text/event-stream') || response.body === null) {
      done();
      return response;
    }
    // An SSE answer is still being written when it is returned: the protocol server lives until the stream ends.
    return new Response(response.body.pipeThrough(new TransformStream({ flush: done })), response);
  };
  app.all(path, streamable);
  app.all(`${path}/mcp`, streamable);

  app.get(`${path}/sse`, async (c) => {
    const what = await served(resolve, c);
    const messages = `${options.basePath}${c.req.path.replace(/\/sse$/, '/messages')}`;
    const transport = new WebSseServerTransport(messages, undefined, sessions.sse.newId());
    const refused = sessions.sse.add(transport.sessionId, transport, what);
    if (refused !== undefined) throw tooManySessions(refused);
    // Before connect: the protocol chains its own onclose after this one.
    transport.onclose = () => sessions.sse.remove(transport.sessionId);
    await serveOn(what, transport, options.observe);
    return transport.response;
  });

  app.post(`${path}/messages`, async (c) => {
    const session = await ownSession(sessions.sse, c.req.query('sessionId') ?? '', c, {
      kind: 'SSE',
      fix404: 'Open the /sse stream again and use the endpoint it announces.',
      fix403: 'Use the session your own /sse stream announced.',
    });
    const body: unknown = await c.req.json().catch(() => undefined);
    if (!session.transport.receive(body)) {
      throw apiError(400, 'The body is not a JSON-RPC message.', 'POST one JSON-RPC 2.0 request or notification.');
    }
    return c.body(null, 202);
  });
}
