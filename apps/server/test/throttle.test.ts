import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

/** A GET from a chosen loopback source address (127.0.0.2 is another client as far as the server can tell). */
function getFrom(url: string, localAddress: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, localAddress, headers: { 'x-api-key': key } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('failed authentications are throttled, slow requests cut off', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('pglite', {
      context: { throttle: { maxFailures: 5, windowMs: 60_000 } },
      requestTimeoutMs: 1_000,
    });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('answers 429 with Retry-After once an address has failed too often, REST and MCP alike; others still get in', async () => {
    const api = `${t.url}/api/v3/mcp/servers`;
    const bad = `pb_${'0'.repeat(40)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(api, { headers: { 'x-api-key': bad } })).status);
    for (let i = 0; i < 2; i++) {
      const mcp = await fetch(`${t.url}/v3/mcp/00000000-0000-4000-8000-000000000000`, {
        method: 'POST',
        headers: { authorization: `Bearer pbt_${'x'.repeat(40)}`, 'content-type': 'application/json' },
        body: '{}',
      });
      statuses.push(mcp.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const throttled = await fetch(api, { headers: { 'x-api-key': bad } });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await throttled.json()).toMatchObject({ error: { slug: 'too_many_failed_authentications' } });
    // The address is held back even with the right key; another address is not.
    expect((await fetch(api, { headers: { 'x-api-key': t.apiKey } })).status).toBe(429);
    expect(await getFrom(api, '127.0.0.2', t.apiKey)).toBe(200);
  });

  it('cuts off a request whose body stalls, instead of holding the connection', async () => {
    const { port } = new URL(t.url);
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      // The connect page reads its form before anything else; from an address the first test did not use.
      const socket = connect({ port: Number(port), host: '127.0.0.1', localAddress: '127.0.0.3' }, () => {
        socket.write(
          'POST /connect/ca_x HTTP/1.1\r\nHost: 127.0.0.1:' +
            `${port}\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: 100\r\n\r\nt=abc`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      error: { status: 408, message: 'The request was not received in time.' },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
