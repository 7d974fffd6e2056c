import { randomUUID } from 'node:crypto';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { type JSONRPCMessage, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';

const encoder = new TextEncoder();

/**
 * The legacy HTTP+SSE transport on web-standard streams (the SDK's own needs Node's ServerResponse): the client
 * holds a GET open for server messages and POSTs its messages to the `endpoint` the stream announces first.
 */
export class WebSseServerTransport implements Transport {
  readonly sessionId: string;
  readonly response: Response;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  private keepAlive: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(messagesPath: string, keepAliveMs = 15_000, sessionId: string = randomUUID()) {
    this.sessionId = sessionId;
    const endpoint = `${messagesPath}?sessionId=${this.sessionId}`;
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
        controller.enqueue(encoder.encode(`event: endpoint\ndata: ${endpoint}\n\n`));
      },
      cancel: () => {
        void this.close();
      },
    });
    // A comment line now and then keeps idle proxies from cutting a quiet stream.
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), keepAliveMs);
    this.keepAlive.unref();
    this.response = new Response(stream, {
      headers: {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      },
    });
  }

  async start(): Promise<void> {}

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) throw new Error('The SSE stream is closed.');
    this.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  }

  /** Hands one POSTed message to the protocol; false when it is not a JSON-RPC message. */
  receive(body: unknown): boolean {
    const parsed = JSONRPCMessageSchema.safeParse(body);
    if (!parsed.success) return false;
    this.onmessage?.(parsed.data);
    return true;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    try {
      this.controller?.close();
    } catch {
      // Already closed by the client going away.
    }
    this.onclose?.();
  }

  private write(text: string): void {
    if (this.closed) return;
    try {
      this.controller?.enqueue(encoder.encode(text));
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
      void this.close();
    }
  }
}
