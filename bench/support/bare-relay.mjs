// The floor of any MCP proxy on this machine: a plain HTTP relay that forwards each POST's bytes to the upstream over
// a kept-alive connection and pipes the answer back, reading nothing of MCP (no JSON parse, no SDK, no auth, no log).
// Started as its own process by mcp-tools.mjs; it opens one session with the upstream and sends every request in it.
//   node bare-relay.mjs <upstream url>   → prints `listening <url>` when ready
import { Agent, createServer, request } from 'node:http';
import { openSession } from './upstream-session.mjs';

const upstream = new URL(process.argv[2] ?? '');
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

const sessionHeaders = await openSession(upstream, 'relay');

const server = createServer((incoming, outgoing) => {
  const forwarded = request(upstream, { method: 'POST', agent, headers: sessionHeaders }, (answer) => {
    outgoing.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'text/plain' });
    answer.pipe(outgoing);
  });
  forwarded.once('error', () => {
    outgoing.writeHead(502);
    outgoing.end();
  });
  incoming.pipe(forwarded);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening http://127.0.0.1:${address.port}/mcp\n`);
});
