import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressPolicy, isPublicAddress } from '../../src/toolkits/builtin/address-policy.js';
import { httpToolkit } from '../../src/toolkits/builtin/http.js';
import { context, structured, text } from './builtin-db.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

async function serve(
  handler: (req: Seen, res: ServerResponse) => void,
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      handler(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, seen, server };
}

let main: Awaited<ReturnType<typeof serve>>;
let other: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  other = await serve((_req, res) => res.end('other'));
  main = await serve((req, res) => {
    if (req.url === '/json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"ok":true}');
    }
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        // Up to 64 MiB if the client never stopped reading: the test proves it stops.
        while (sent < 1024 && res.write(chunk)) sent++;
        if (sent < 1024) res.once('drain', pump);
        else res.end();
      };
      return pump();
    }
    if (req.url === '/hang') return;
    if (req.url === '/missing') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not here');
    }
    if (req.url === '/to-other') {
      res.writeHead(302, { location: `${other.url}/landing` });
      return res.end();
    }
    if (req.url === '/to-private') {
      res.writeHead(302, { location: 'http://10.255.255.1/' });
      return res.end();
    }
    if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`${req.method} ${req.url} ${req.body}`);
  });
});
afterAll(() => {
  main.server.closeAllConnections();
  main.server.close();
  other.server.closeAllConnections();
  other.server.close();
});

const ctx = context('pr_a', 'ana', 3000);
const loopbackAllowed = () => httpToolkit({ allowSubnets: ['127.0.0.1/32'] });

describe('address policy', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:a9fe:a9fe', false],
    ['8.8.8.8', true],
    ['1.1.1.1', true],
    ['2606:4700:4700::1111', true],
    ['not-an-ip', false],
  ])('%s public=%s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('allows listed subnets and everything with allowPrivate', () => {
    expect(addressPolicy({ allowSubnets: ['10.0.0.0/8'] }).allows('10.9.9.9')).toBe(true);
    expect(addressPolicy({ allowSubnets: ['10.0.0.0/8'] }).allows('192.168.0.1')).toBe(false);
    expect(addressPolicy({ allowPrivate: true }).allows('127.0.0.1')).toBe(true);
    expect(() => addressPolicy({ allowSubnets: ['nonsense'] })).toThrow(/not a subnet/);
  });
});

describe('http toolkit', () => {
  it.each([
    'http://127.0.0.1:1/',
    'http://localhost:1/',
    'http://[::1]:1/',
    'http://[::ffff:127.0.0.1]:1/',
    'http://2130706433:1/',
    'http://169.254.169.254/latest/meta-data/',
  ])('blocks %s by default without connecting', async (url) => {
    const result = await httpToolkit().callTool('HTTP_GET', { url }, ctx);
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('Blocked');
  });

  it('refuses a name that resolves to a private address, at connect time', async () => {
    const port = new URL(main.url).port;
    const before = main.seen.length;
    const result = await httpToolkit().callTool('HTTP_GET', { url: `http://localhost:${port}/` }, ctx);
    expect(text(result)).toContain('resolves to a blocked address');
    expect(main.seen.length).toBe(before);
  });

  it('fetches from an allowed address and returns status, headers and body', async () => {
    const result = await loopbackAllowed().callTool('HTTP_GET', { url: `${main.url}/json` }, ctx);
    expect(result.isError).toBeUndefined();
    expect(structured(result)).toMatchObject({ status: 200, body: '{"ok":true}', truncated: false });
  });

  it('sends method, headers and body with HTTP_REQUEST', async () => {
    const result = await loopbackAllowed().callTool(
      'HTTP_REQUEST',
      { url: `${main.url}/echo?q=1`, method: 'POST', headers: { 'x-test': 'yes' }, body: 'hello' },
      ctx,
    );
    expect(structured(result).body).toBe('POST /echo?q=1 hello');
    expect(main.seen.at(-1)?.headers['x-test']).toBe('yes');
  });

  it('stops reading a huge body at the limit and says so', async () => {
    const result = await loopbackAllowed().callTool('HTTP_GET', { url: `${main.url}/huge`, max_bytes: 1000 }, ctx);
    const body = structured(result);
    expect(body.truncated).toBe(true);
    expect(String(body.body)).toHaveLength(1000);
    expect(String(body.note)).toContain('max_bytes');
  });

  it('ends a call that hangs at the time limit', async () => {
    const result = await loopbackAllowed().callTool(
      'HTTP_GET',
      { url: `${main.url}/hang` },
      context('pr_a', 'ana', 200),
    );
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('within 200 ms');
  });

  it('marks an error status as an error result with the body', async () => {
    const result = await loopbackAllowed().callTool('HTTP_GET', { url: `${main.url}/missing` }, ctx);
    expect(result.isError).toBe(true);
    expect(structured(result)).toMatchObject({ status: 404, body: 'not here' });
  });

  it('follows a redirect to another origin without the credentials', async () => {
    const result = await loopbackAllowed().callTool(
      'HTTP_GET',
      { url: `${main.url}/to-other`, headers: { authorization: 'Bearer secret', 'x-keep': '1' } },
      ctx,
    );
    expect(structured(result)).toMatchObject({ status: 200, body: 'other', url: `${other.url}/landing` });
    const landed = other.seen.at(-1);
    expect(landed?.headers.authorization).toBeUndefined();
    expect(landed?.headers['x-keep']).toBe('1');
  });

  it('does not follow a redirect into a private address', async () => {
    const result = await loopbackAllowed().callTool('HTTP_GET', { url: `${main.url}/to-private` }, ctx);
    expect(text(result)).toContain('Blocked');
  });

  it('gives up on a redirect loop', async () => {
    const result = await httpToolkit({ allowSubnets: ['127.0.0.1/32'], maxRedirects: 3 }).callTool(
      'HTTP_GET',
      { url: `${main.url}/loop` },
      ctx,
    );
    expect(text(result)).toContain('after 3 redirects');
  });

  it('rejects a non-http URL as invalid arguments', async () => {
    const result = await httpToolkit().callTool('HTTP_GET', { url: 'file:///etc/passwd' }, ctx);
    expect(text(result)).toContain('url: must be an http(s) URL');
  });
});
