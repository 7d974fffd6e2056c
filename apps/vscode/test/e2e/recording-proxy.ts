import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One JSON-RPC message an MCP client sent through the proxy, and how Patchbay answered the request holding it. */
export interface Recorded {
  method: string;
  params: Record<string, unknown> | undefined;
  authorization: string | undefined;
  userAgent: string | undefined;
  path: string;
  status: number;
}

/**
 * Sits in front of the Patchbay server as its public URL, so the MCP URLs it hands out lead here: every request is
 * forwarded unchanged, and the JSON-RPC messages are written down with the credentials they came with.
 */
export async function startRecordingProxy(target: () => string): Promise<{
  url: string;
  recorded: Recorded[];
  close(): Promise<void>;
}> {
  const recorded: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const upstream = new URL(req.url ?? '/', target());
      const forward = request(
        upstream,
        { method: req.method, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          if (req.method === 'POST' && body.length > 0) {
            try {
              const parsed: unknown = JSON.parse(body.toString('utf8'));
              for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
                if (typeof message !== 'object' || message === null || typeof message.method !== 'string') continue;
                recorded.push({
                  method: message.method,
                  params: message.params,
                  authorization: req.headers.authorization,
                  userAgent: req.headers['user-agent'],
                  path: upstream.pathname,
                  status: answer.statusCode ?? 0,
                });
              }
            } catch {
              // not JSON: nothing to record
            }
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => {
        res.writeHead(502).end();
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    recorded,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
