import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Logger } from 'pino';
import type { RemoteUpstreamDefinition } from './definition.js';
import { messageOf, PoolClosedError, UpstreamStartError, within } from './errors.js';
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

/**
 * Clients of one remote upstream: a single shared one when no header depends on the user, else one per
 * (user, secrets). A client whose connection ended, or that failed with a transport error, is dropped so the next
 * call reconnects.
 */
export class RemoteConnections {
  private readonly sessions = new Map<string, Promise<UpstreamSession>>();
  private closed = false;

  constructor(
    private readonly definition: RemoteUpstreamDefinition,
    private readonly logger: Logger,
    private readonly startTimeoutMs: number,
  ) {}

  async get(
    key: string,
    headers: Record<string, string>,
    wait: { timeoutMs: number; signal?: AbortSignal | undefined },
  ): Promise<UpstreamSession> {
    if (this.closed) throw new PoolClosedError();
    let pending = this.sessions.get(key);
    if (pending === undefined) {
      const started = this.connect(headers);
      pending = started;
      this.sessions.set(key, started);
      started.then(
        (session) => session.onClose(() => this.forget(key, started)),
        () => this.forget(key, started),
      );
    }
    return within(pending, wait.timeoutMs, wait.signal);
  }

  /** Forgets and closes a client after a transport failure, so the next call starts over. */
  drop(key: string, session: UpstreamSession): void {
    const pending = this.sessions.get(key);
    if (pending !== undefined) {
      void pending.then(
        (current) => {
          if (current === session) this.forget(key, pending);
        },
        () => {},
      );
    }
    void session.close().catch(() => {});
  }

  count(): number {
    return this.sessions.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((pending) => pending.then((session) => session.close()).catch(() => {})));
  }

  private forget(key: string, pending: Promise<UpstreamSession>): void {
    if (this.sessions.get(key) === pending) this.sessions.delete(key);
  }

  private async connect(headers: Record<string, string>): Promise<UpstreamSession> {
    const url = new URL(this.definition.url);
    const requestInit: RequestInit = { headers };
    try {
      if (this.definition.transport === 'sse') return await this.open(new SSEClientTransport(url, { requestInit }));
      try {
        const transport = new StreamableHTTPClientTransport(url, { requestInit });
        const session = await this.open(transport);
        session.beforeClose = () => within(transport.terminateSession(), terminateTimeoutMs);
        return session;
      } catch (error) {
        if (!shouldFallBackToSse(error)) throw error;
        this.logger.info({ err: messageOf(error) }, 'streamable HTTP refused; falling back to SSE');
        return await this.open(new SSEClientTransport(url, { requestInit }));
      }
    } catch (error) {
      throw new UpstreamStartError(`could not connect to ${url.origin}${url.pathname}: ${messageOf(error)}`, '');
    }
  }

  private async open(transport: Transport): Promise<UpstreamSession> {
    const noAuth = (this.definition.perUserHeaders ?? []).length === 0;
    const session = new UpstreamSession(this.definition.slug, noAuth, this.logger);
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
