import { setMaxListeners } from 'node:events';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  isInitializedNotification,
  type JSONRPCMessage,
  JSONRPCMessageSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { Dispatcher } from 'undici';
import { traceContextFields } from '../../tracing/spans.js';
import { SseParser } from './sse-events.js';

type Body = Dispatcher.ResponseData['body'];

const headerOf = (headers: Dispatcher.ResponseData['headers'], name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** How long to wait before opening the server's GET stream again after it ended; doubled up to the cap. */
const streamRetryMs = { first: 1_000, max: 30_000 };

/**
 * The client side of MCP's Streamable HTTP transport over a keep-alive connection pool shared by every client of one
 * upstream (the SDK's transport goes through fetch and web streams, which on loopback cost ~5 ms a call). A request's
 * answer is read as JSON when the server sends JSON, else parsed as server-sent events while it streams, so progress
 * and other messages arrive as they are sent. The server's own GET stream is opened after initialization, as the SDK
 * does, for notifications (tools/list_changed) and requests it sends unprompted.
 */
export class PooledHttpTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;
  sessionId?: string;
  private protocolVersion: string | undefined;
  private readonly aborter = new AbortController();
  private closed = false;

  constructor(
    private readonly url: URL,
    private readonly headers: Readonly<Record<string, string>>,
    private readonly pool: Dispatcher,
  ) {
    // Every request in flight on this transport (all calls of all users of the upstream) listens on the one signal,
    // and undici removes each listener when its request ends: their number is the concurrency, not a leak, and past 10
    // Node warned "possible EventTarget memory leak" into the server log.
    setMaxListeners(0, this.aborter.signal);
  }

  async start(): Promise<void> {}

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  async send(message: JSONRPCMessage | JSONRPCMessage[]): Promise<void> {
    const response = await this.request('POST', JSON.stringify(message), 'application/json, text/event-stream');
    const sessionId = headerOf(response.headers, 'mcp-session-id');
    if (sessionId !== undefined) this.sessionId = sessionId;
    if (response.statusCode >= 300) {
      const text = await response.body.text().catch(() => '');
      throw new StreamableHTTPError(response.statusCode, `Error POSTing to endpoint: ${text.slice(0, 500)}`);
    }
    if (response.statusCode === 202) {
      await response.body.dump();
      if (!Array.isArray(message) && isInitializedNotification(message)) void this.listen(streamRetryMs.first);
      return;
    }
    const type = headerOf(response.headers, 'content-type') ?? '';
    if (type.startsWith('application/json')) {
      const data: unknown = await response.body.json();
      for (const item of Array.isArray(data) ? data : [data]) this.deliver(item);
    } else if (type.startsWith('text/event-stream')) {
      // Not awaited: the answer (and anything before it) is delivered as it streams in.
      void this.readEvents(response.body);
    } else {
      await response.body.dump();
      if (this.expectsAnswer(message)) throw new StreamableHTTPError(-1, `Unexpected content type: ${type}`);
    }
  }

  /** Ends the session on the server (DELETE), as the spec asks of a client that is done; 405 means it keeps none. */
  async terminateSession(): Promise<void> {
    if (this.sessionId === undefined) return;
    const response = await this.request('DELETE', undefined, undefined);
    await response.body.dump();
    if (response.statusCode >= 300 && response.statusCode !== 405) {
      throw new StreamableHTTPError(response.statusCode, 'Failed to terminate session');
    }
    this.sessionId = undefined;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.aborter.abort();
    this.onclose?.();
  }

  private request(method: 'GET' | 'POST' | 'DELETE', body: string | undefined, accept: string | undefined) {
    // The calling request's W3C trace context goes to the upstream with each request (undefined when tracing is off).
    const headers: Record<string, string> = { ...this.headers, ...traceContextFields() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (accept !== undefined) headers.accept = accept;
    if (this.sessionId !== undefined) headers['mcp-session-id'] = this.sessionId;
    if (this.protocolVersion !== undefined) headers['mcp-protocol-version'] = this.protocolVersion;
    return this.pool.request({
      origin: this.url.origin,
      path: `${this.url.pathname}${this.url.search}`,
      method,
      headers,
      body,
      signal: this.aborter.signal,
    });
  }

  private expectsAnswer(message: JSONRPCMessage | JSONRPCMessage[]): boolean {
    return (Array.isArray(message) ? message : [message]).some((m) => 'method' in m && 'id' in m);
  }

  private deliver(value: unknown): void {
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (parsed.success) this.onmessage?.(parsed.data);
    else
      this.onerror?.(new Error(`the upstream sent something that is not a JSON-RPC message: ${parsed.error.message}`));
  }

  private async readEvents(body: Body): Promise<void> {
    const parser = new SseParser((event) => {
      if (event.event !== 'message') return;
      try {
        this.deliver(JSON.parse(event.data));
      } catch (error) {
        this.onerror?.(error instanceof Error ? error : new Error(String(error)));
      }
    });
    try {
      for await (const chunk of body) parser.push(chunk);
    } catch (error) {
      if (!this.closed) this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The server's GET stream; a server without one answers 405. Opened again with backoff when it ends. */
  private async listen(retryMs: number): Promise<void> {
    if (this.closed) return;
    try {
      const response = await this.request('GET', undefined, 'text/event-stream');
      if (response.statusCode !== 200) {
        await response.body.dump();
        return;
      }
      await this.readEvents(response.body);
      retryMs = streamRetryMs.first;
    } catch (error) {
      if (this.closed) return;
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    }
    if (this.closed) return;
    const again = setTimeout(() => void this.listen(Math.min(retryMs * 2, streamRetryMs.max)), retryMs);
    again.unref();
  }
}
