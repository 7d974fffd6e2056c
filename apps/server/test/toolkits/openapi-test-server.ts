import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ToolCallContext } from '../../src/toolkits/runtime.js';

/** A real HTTP server on 127.0.0.1 that records every request it receives, for OpenAPI toolkit tests. */

export interface RecordedRequest {
  method: string;
  /** The raw request target (path and query exactly as sent). */
  rawUrl: string;
  /** The raw path, still percent-encoded. */
  rawPath: string;
  query: URLSearchParams;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (request: RecordedRequest, res: ServerResponse, req: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Handles `METHOD /raw/path` (without query); unrouted requests get a JSON echo of what arrived. */
  route(method: string, rawPath: string, handler: Handler): void;
  close(): Promise<void>;
}

export function json(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const routes = new Map<string, Handler>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawUrl = req.url ?? '/';
      const at = rawUrl.indexOf('?');
      const rawPath = at === -1 ? rawUrl : rawUrl.slice(0, at);
      const rawQuery = at === -1 ? '' : rawUrl.slice(at + 1);
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        rawUrl,
        rawPath,
        rawQuery,
        query: new URLSearchParams(rawQuery),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const handler = routes.get(`${recorded.method} ${rawPath}`);
      if (handler) {
        Promise.resolve(handler(recorded, res, req)).catch((error: unknown) => {
          res.destroy(error instanceof Error ? error : new Error(String(error)));
        });
        return;
      }
      json(res, 200, { method: recorded.method, url: rawUrl, headers: req.headers, body: recorded.body });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = address !== null && typeof address === 'object' ? (address satisfies AddressInfo).port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, rawPath, handler) {
      routes.set(`${method} ${rawPath}`, handler);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function callContext(credentials?: Record<string, string>, timeoutMs = 10_000): ToolCallContext {
  return { projectId: 'p1', userId: 'u1', credentials, signal: new AbortController().signal, timeoutMs };
}

/** The first text block of a result. */
export function textOf(result: { content: readonly { type: string; text?: string }[] }): string {
  const first = result.content[0];
  return first && first.type === 'text' ? (first.text ?? '') : '';
}
