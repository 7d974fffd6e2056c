import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Logger } from 'pino';
import type { Agent } from 'undici';
import { tracedFetch } from '../../tracing/spans.js';
import type { RemoteUpstreamDefinition } from './definition.js';
import { messageOf, PoolClosedError, UpstreamStartError, within } from './errors.js';
import { PooledHttpTransport } from './http-transport.js';
import { plainVariant, type SessionVariant } from './relay-handlers.js';
import { UpstreamSession } from './session.js';

/** Ending a remote session is a courtesy; it must not hold up a close. */
const terminateTimeoutMs = 1_000;

/**
 * The SDK's documented fallback: a server that answers the initial Streamable HTTP POST with a 4xx speaks only the
 * old HTTP+SSE transport. 401/403 are excluded: that is a credentials problem, and SSE would only hide it.
 */
function shouldFallBackToSse(error: unknown): boolean {
  if (!(error instanceof StreamableHTTPError) || error.code === undefined) return false;
  return error.code >= 400 && error.code < 500 && error.code !== 401 && error.code !== 403;
}

/** How long a connection that just timed out gets to answer a ping before it is presumed dead. */
const probeTimeoutMs = 5_000;

export interface RemoteLease {
  session: UpstreamSession;
  release(): void;
}

interface Connection {
  pending: Promise<UpstreamSession>;
  /** Calls using it or waiting for it to connect: an idle timer never closes it under them. */
  inFlight: number;
  idleTimer: NodeJS.Timeout | undefined;
}

/**
 * Clients of one remote upstream: a single shared one when no header depends on the user, else one per
 * (user, secrets), closed after `idleTimeoutMs` unused. A client whose connection ended, that failed with a
 * transport error, or that cannot answer a ping after a timeout is dropped, so the next call reconnects.
 */
export class RemoteConnections {
  private readonly connections = new Map<string, Connection>();
  private readonly probing = new WeakSet<UpstreamSession>();
  private closed = false;
  /**
   * Keep-alive HTTP connections to the upstream, shared by all its clients (Streamable HTTP only). Made with the first
   * connection: undici is loaded only by a server that has a remote upstream.
   */
  private http: Promise<Agent> | undefined;
  /** Connections lost or dropped as broken, for stats. */
  losses = 0;

  constructor(
    private readonly definition: RemoteUpstreamDefinition,
    private readonly logger: Logger,
    private readonly startTimeoutMs: number,
    private readonly idleTimeoutMs: number,
  ) {}

  async get(
    key: string,
    headers: Record<string, string>,
    wait: { timeoutMs: number; signal?: AbortSignal | undefined },
    variant: SessionVariant = plainVariant,
  ): Promise<RemoteLease> {
    if (this.closed) throw new PoolClosedError();
    let connection = this.connections.get(key);
    if (connection === undefined) {
      const pending = this.connect(headers, variant);
      const created: Connection = { pending, inFlight: 0, idleTimer: undefined };
      connection = created;
      this.connections.set(key, created);
      pending.then(
        (session) =>
          session.onClose(() => {
            if (this.forget(key, created) && !this.closed) {
              this.losses++;
              this.logger.info('remote upstream connection closed; reconnecting on the next call');
            }
          }),
        () => this.forget(key, created),
      );
    }
    const current = connection;
    current.inFlight++;
    clearTimeout(current.idleTimer);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      current.inFlight--;
      if (current.inFlight === 0) this.armIdle(key, current);
    };
    try {
      return { session: await within(current.pending, wait.timeoutMs, wait.signal), release };
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Forgets and closes a client after a transport failure, so the next call starts over. */
  drop(key: string, session: UpstreamSession): void {
    const connection = this.connections.get(key);
    if (connection !== undefined) {
      void connection.pending.then(
        (current) => {
          if (current === session && this.forget(key, connection)) this.losses++;
        },
        () => {},
      );
    }
    void session.close().catch(() => {});
  }

  /** After a timeout: a connection that cannot even answer a ping is dropped (a slow tool alone is not). */
  probe(key: string, session: UpstreamSession): void {
    if (this.probing.has(session) || session.closed) return;
    this.probing.add(session);
    session.client.ping({ timeout: probeTimeoutMs }).then(
      () => this.probing.delete(session),
      () => {
        this.probing.delete(session);
        this.logger.info('remote upstream failed a ping after a timeout; reconnecting on the next call');
        this.drop(key, session);
      },
    );
  }

  count(): number {
    return this.connections.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.connections.values()];
    this.connections.clear();
    for (const connection of all) clearTimeout(connection.idleTimer);
    await Promise.all(all.map((c) => c.pending.then((session) => session.close()).catch(() => {})));
    await this.http?.then((agent) => agent.close()).catch(() => {});
  }

  private armIdle(key: string, connection: Connection): void {
    clearTimeout(connection.idleTimer);
    connection.idleTimer = setTimeout(() => {
      if (connection.inFlight > 0 || !this.forget(key, connection)) return;
      void connection.pending.then((session) => session.close()).catch(() => {});
    }, this.idleTimeoutMs);
    connection.idleTimer.unref();
  }

  /** True when this connection was the current one for `key` and is now forgotten. */
  private forget(key: string, connection: Connection): boolean {
    if (this.connections.get(key) !== connection) return false;
    this.connections.delete(key);
    clearTimeout(connection.idleTimer);
    return true;
  }

  private async connect(headers: Record<string, string>, variant: SessionVariant): Promise<UpstreamSession> {
    const url = new URL(this.definition.url);
    const requestInit: RequestInit = { headers };
    try {
      // Each POST carries the calling request's trace context in its headers.
      const fetch = tracedFetch(globalThis.fetch);
      if (this.definition.transport === 'sse') {
        return await this.open(new SSEClientTransport(url, { requestInit, fetch }), variant);
      }
      try {
        this.http ??= import('undici').then(({ Agent }) => new Agent({ keepAliveTimeout: 30_000 }));
        const transport = new PooledHttpTransport(url, headers, await this.http);
        const session = await this.open(transport, variant);
        session.beforeClose = () => within(transport.terminateSession(), terminateTimeoutMs);
        return session;
      } catch (error) {
        if (!shouldFallBackToSse(error)) throw error;
        this.logger.info({ err: messageOf(error) }, 'streamable HTTP refused; falling back to SSE');
        return await this.open(new SSEClientTransport(url, { requestInit, fetch }), variant);
      }
    } catch (error) {
      throw new UpstreamStartError(`could not connect to ${url.origin}${url.pathname}: ${messageOf(error)}`, '');
    }
  }

  private async open(transport: Transport, variant: SessionVariant): Promise<UpstreamSession> {
    const noAuth = (this.definition.perUserHeaders ?? []).length === 0;
    const session = new UpstreamSession(this.definition.slug, noAuth, this.logger, variant);
    try {
      // The SDK bounds initialize but not an SSE stream that never sends its endpoint event: bound it all.
      await within(session.connect(transport, { timeout: this.startTimeoutMs }), this.startTimeoutMs);
      this.logger.info({ transport: transport.constructor.name }, 'connected to remote upstream');
      return session;
    } catch (error) {
      await session.close().catch(() => {});
      throw error;
    }
  }
}
