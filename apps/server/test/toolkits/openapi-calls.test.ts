import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenApiToolkit } from '../../src/toolkits/openapi/index.js';
import type { ToolkitRuntime } from '../../src/toolkits/runtime.js';
import { petsSpec, simpleSpec } from './openapi-fixtures.js';
import { callContext, json, startTestServer, type TestServer, textOf } from './openapi-test-server.js';

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

let server: TestServer;
let pets: ToolkitRuntime;
const creds = { api_key: 'pets-key-0123456789' };

beforeAll(async () => {
  server = await startTestServer();
  pets = createOpenApiToolkit({
    slug: 'pets',
    spec: petsSpec,
    baseUrl: `${server.url}/api`,
    auth: { scheme: 'API_KEY' },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe('OpenAPI toolkit: arguments → HTTP requests', () => {
  it('sends path, query and header parameters, and returns a JSON object as structured content', async () => {
    server.route('GET', '/api/pets/42', (_req, res) => json(res, 200, { id: 42, name: 'Rex', tag: null }));
    const result = await pets.callTool(
      'PETS_GET_PET',
      { petId: '42', verbose: true, 'X-Trace': 'trace-1' },
      callContext(creds),
    );
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toEqual({ id: 42, name: 'Rex', tag: null });
    expect(textOf(result)).toBe('{"id":42,"name":"Rex","tag":null}');
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.rawUrl).toBe('/api/pets/42?verbose=true');
    expect(request?.headers['x-trace']).toBe('trace-1');
    expect(request?.headers['x-pets-key']).toBe(creds.api_key);
    expect(request?.headers.accept).toContain('application/json');
  });

  it('serializes arrays (form explode and not) and deepObject in the query; wraps an array result', async () => {
    server.route('GET', '/api/pets', (_req, res) => json(res, 200, [{ id: 1, name: 'a' }]));
    const result = await pets.callTool(
      'PETS_LIST_PETS',
      { limit: 5, tags: ['a b', 'c&d'], ids: [1, 2, 3], filter: { status: 'sold', kind: 'dog' } },
      callContext(creds),
    );
    expect(result.structuredContent).toEqual({ result: [{ id: 1, name: 'a' }] });
    const request = server.requests[0];
    expect(request?.rawQuery).toBe('limit=5&tags=a%20b&tags=c%26d&ids=1,2,3&filter[status]=sold&filter[kind]=dog');
    expect(request?.query.getAll('tags')).toEqual(['a b', 'c&d']);
  });

  it('sends a JSON body with its content type, and a scalar result wrapped', async () => {
    server.route('POST', '/api/pets', (_req, res) => json(res, 200, 7));
    const body = { name: 'Rex', tag: null, owner: { name: 'Ann' } };
    const result = await pets.callTool('PETS_CREATE_PET', { body }, callContext(creds));
    expect(result.structuredContent).toEqual({ result: 7 });
    const request = server.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual(body);
  });

  it('takes a JSON body given as JSON text as that value', async () => {
    server.route('POST', '/api/pets', (_req, res) => json(res, 200, {}));
    await pets.callTool('PETS_CREATE_PET', { body: '{"name":"Rex"}' }, callContext(creds));
    expect(server.requests[0]?.body).toBe('{"name":"Rex"}');
  });

  it('follows the naming rule for clashing parameters and the body', async () => {
    server.route('PATCH', '/api/things/p1', (_req, res) => json(res, 200, { ok: true }));
    const args = { id: 'p1', query_id: 'q1', body: 'b1', filter_status: 'sold', request_body: { x: 1 } };
    const result = await pets.callTool('PETS_PATCH_THING', args, callContext(creds));
    expect(result.isError).toBeUndefined();
    expect(server.requests[0]?.rawQuery).toBe('id=q1&body=b1&filter%5Bstatus%5D=sold');
    expect(server.requests[0]?.body).toBe('{"x":1}');
  });

  it('names missing required arguments and unknown ones, without sending anything', async () => {
    const missing = await pets.callTool('PETS_GET_PET', { petId: '1' }, callContext(creds));
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toBe('Missing required argument: "X-Trace" (header parameter). The request was not sent.');
    const noBody = await pets.callTool('PETS_CREATE_PET', {}, callContext(creds));
    expect(textOf(noBody)).toContain('"body" (request body)');
    const unknown = await pets.callTool('PETS_DELETE_PET', { petId: '1', force: true }, callContext(creds));
    expect(textOf(unknown)).toBe('Unknown argument: force; expected: petId.');
    const badHeader = await pets.callTool(
      'PETS_GET_PET',
      { petId: '1', 'X-Trace': 'a\r\nInjected: 1' },
      callContext(creds),
    );
    expect(badHeader.isError).toBe(true);
    const noTool = await pets.callTool('PETS_NOPE', {}, callContext(creds));
    expect(textOf(noTool)).toContain('has no tool "PETS_NOPE"');
    expect(server.requests).toHaveLength(0);
  });

  it('keeps path parameters in one encoded segment: no / or .. injection', async () => {
    for (const petId of ['../admin', 'a/b', 'a?x=1#f', '%2e%2e']) {
      await pets.callTool('PETS_DELETE_PET', { petId }, callContext(creds));
    }
    expect(server.requests.map((r) => r.rawUrl)).toEqual([
      '/api/pets/..%2Fadmin',
      '/api/pets/a%2Fb',
      '/api/pets/a%3Fx%3D1%23f',
      '/api/pets/%252e%252e',
    ]);
    for (const petId of ['..', '.', '']) {
      const result = await pets.callTool('PETS_DELETE_PET', { petId }, callContext(creds));
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('must not be empty, "." or ".."');
    }
    expect(server.requests).toHaveLength(4);
  });
});

describe('OpenAPI toolkit: responses', () => {
  it('turns a non-2xx response into isError with status, reason and a body excerpt', async () => {
    server.route('DELETE', '/api/pets/404', (_req, res) => json(res, 404, { message: 'no such pet' }));
    const result = await pets.callTool('PETS_DELETE_PET', { petId: '404' }, callContext(creds));
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe(
      `DELETE ${server.url}/api/pets/404 returned HTTP 404 Not Found: {"message":"no such pet"}`,
    );
  });

  it('returns plain text as text, and says so for an empty body', async () => {
    server.route('DELETE', '/api/pets/text', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('deleted, héhé');
    });
    const text = await pets.callTool('PETS_DELETE_PET', { petId: 'text' }, callContext(creds));
    expect(text).toEqual({ content: [{ type: 'text', text: 'deleted, héhé' }] });
    server.route('DELETE', '/api/pets/empty', (_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const empty = await pets.callTool('PETS_DELETE_PET', { petId: 'empty' }, callContext(creds));
    expect(textOf(empty)).toBe('HTTP 204 No Content (empty response body).');
  });

  it('truncates large JSON to maxResponseBytes with a note, and drops structured content', async () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: i, name: `pet number ${i}` }));
    server.route('GET', '/big', (_req, res) => json(res, 200, { items }));
    const toolkit = createOpenApiToolkit({
      slug: 'big',
      spec: simpleSpec(['/big']),
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
      maxResponseBytes: 1000,
    });
    const result = await toolkit.callTool('BIG_BIG', {}, callContext());
    const total = Buffer.byteLength(JSON.stringify({ items }));
    expect(result.structuredContent).toBeUndefined();
    expect(result.isError).toBeUndefined();
    expect(textOf(result)).toMatch(
      new RegExp(`^\\{"items":\\[.*\\n\\n…truncated: 1000 of ${total} bytes shown; narrow the request`, 's'),
    );
  });

  it('stops reading an endless response at the cap instead of exhausting memory', async () => {
    let written = 0;
    let closed = false;
    server.route('GET', '/endless', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.on('close', () => {
        closed = true;
      });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      while (!closed && written < 2_000_000_000) {
        written += chunk.byteLength;
        if (!res.write(chunk)) await drainedOrClosed(res);
      }
      res.end();
    });
    const toolkit = createOpenApiToolkit({
      slug: 'huge',
      spec: simpleSpec(['/endless']),
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
      maxResponseBytes: 2000,
      maxBodyBytes: 100_000,
    });
    const started = Date.now();
    const result = await toolkit.callTool('HUGE_ENDLESS', {}, callContext());
    expect(Date.now() - started).toBeLessThan(5000);
    const text = textOf(result);
    expect(text.startsWith('x'.repeat(2000))).toBe(true);
    expect(text).toContain('…truncated: 2000 of more than 100000 bytes shown; narrow the request');
    await expect.poll(() => closed).toBe(true);
    // The connection was dropped after the cap: far less was sent than the server would have written.
    expect(written).toBeLessThan(50_000_000);
  });

  it('ends a slow call at the time limit with a clear error (the smaller of definition and context wins)', async () => {
    server.route('GET', '/slow', (_req, res) => {
      const timer = setTimeout(() => json(res, 200, {}), 3000);
      res.on('close', () => clearTimeout(timer));
    });
    const toolkit = createOpenApiToolkit({
      slug: 'slow',
      spec: simpleSpec(['/slow']),
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
      timeoutMs: 250,
    });
    const started = Date.now();
    const result = await toolkit.callTool('SLOW_SLOW', {}, callContext());
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe(
      `GET ${server.url}/slow timed out after 250 ms without a complete response; try again, or narrow the request.`,
    );
    const shorter = await toolkit.callTool('SLOW_SLOW', {}, callContext(undefined, 100));
    expect(textOf(shorter)).toContain('timed out after 100 ms');
  });

  it('reports a network failure with what failed', async () => {
    const closedPort = await startTestServer();
    await closedPort.close();
    const toolkit = createOpenApiToolkit({
      slug: 'down',
      spec: simpleSpec(['/x']),
      baseUrl: closedPort.url,
      auth: { scheme: 'NO_AUTH' },
    });
    const result = await toolkit.callTool('DOWN_X', { q: 'v' }, callContext());
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(new RegExp(`^GET ${closedPort.url}/x failed: .*ECONNREFUSED`));
  });
});
