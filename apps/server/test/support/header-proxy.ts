import { createServer, request } from 'node:http';

export interface HeaderProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy that forwards every request to one URL with headers added: for MCP tools that cannot send a
 * header (the conformance suite). Bodies stream both ways, so SSE answers pass as they are written. The Host a client
 * sends to the proxy itself becomes the target's; any other Host (a DNS-rebinding probe) is passed on unchanged, so the
 * target's own Host check is what answers it.
 */
export async function startHeaderProxy(target: string, headers: Record<string, string>): Promise<HeaderProxy> {
  const to = new URL(target);
  let port = 0;
  // The proxy stands in for the target: its own Host and Origin are the target's.
  const own = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const server = createServer((incoming, outgoing) => {
    const { host, origin } = incoming.headers;
    const forwarded = request(
      {
        host: to.hostname,
        port: to.port,
        method: incoming.method,
        path: `${to.pathname}${to.search}`,
        headers: {
          ...incoming.headers,
          host: own(host) ? to.host : host,
          ...(origin === undefined ? {} : { origin: own(origin.replace(/^https?:\/\//, '')) ? to.origin : origin }),
          ...headers,
        },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    outgoing.on('close', () => forwarded.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
