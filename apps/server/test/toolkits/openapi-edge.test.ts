import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenApiToolkit } from '../../src/toolkits/openapi/index.js';
import { petsSpec, simpleSpec } from './openapi-fixtures.js';
import { callContext, json, startTestServer, type TestServer, textOf } from './openapi-test-server.js';

const listContext = { projectId: 'p1', userId: 'u1', signal: new AbortController().signal };
const ok = { 200: { description: 'OK' } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe('OpenAPI toolkit: time limits and cancellation', () => {
  it('times out a response whose body stalls after the headers', async () => {
    server.route('GET', '/stall', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    const toolkit = createOpenApiToolkit({
      slug: 'stall',
      spec: simpleSpec(['/stall']),
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
      timeoutMs: 300,
    });
    const result = await toolkit.callTool('STALL_STALL', {}, callContext());
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('timed out after 300 ms');
  });

  it('ends the call when the caller’s signal aborts', async () => {
    const controller = new AbortController();
    server.route('GET', '/wait', (_req, res) => {
      const timer = setTimeout(() => json(res, 200, {}), 3000);
      res.on('close', () => clearTimeout(timer));
      // The caller gives up while the upstream holds the request.
      controller.abort();
    });
    const toolkit = createOpenApiToolkit({
      slug: 'w',
      spec: simpleSpec(['/wait']),
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
    });
    const result = await toolkit.callTool('W_WAIT', {}, { ...callContext(), signal: controller.signal });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe(`GET ${server.url}/wait was cancelled before it finished.`);
  });
});

describe('OpenAPI toolkit: truncation notes', () => {
  it('states the declared size of a cut-off body, but not a compressed one', async () => {
    const text = 'y'.repeat(300_000);
    server.route('GET', '/plain', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': text.length });
      res.end(text);
    });
    server.route('GET', '/gzip', (_req, res) => {
      const zipped = gzipSync(text);
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', 'content-length': zipped.length });
      res.end(zipped);
    });
    const toolkit = createOpenApiToolkit({
      slug: 't',
      spec: simpleSpec(['/plain', '/gzip']),
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
      maxResponseBytes: 1000,
      maxBodyBytes: 100_000,
    });
    const plain = textOf(await toolkit.callTool('T_PLAIN', {}, callContext()));
    expect(plain).toContain('…truncated: 1000 of 300000 bytes shown; narrow the request');
    const zipped = textOf(await toolkit.callTool('T_GZIP', {}, callContext()));
    expect(zipped.startsWith('y'.repeat(1000))).toBe(true);
    expect(zipped).toContain('…truncated: 1000 of more than 100000 bytes shown; narrow the request');
  });
});

describe('OpenAPI toolkit: loading', () => {
  it('does not cache a failed spec load: the next listTools tries again', async () => {
    let attempts = 0;
    server.route('GET', '/specs/flaky.json', (_req, res) => {
      attempts += 1;
      if (attempts === 1) json(res, 503, {});
      else json(res, 200, petsSpec);
    });
    const toolkit = createOpenApiToolkit({
      slug: 'pets',
      specUrl: `${server.url}/specs/flaky.json`,
      auth: { scheme: 'NO_AUTH' },
    });
    await expect(toolkit.listTools(listContext)).rejects.toThrow(/HTTP 503/);
    expect((await toolkit.listTools(listContext)).length).toBe(8);
    expect((await toolkit.listTools(listContext)).length).toBe(8);
    expect(attempts).toBe(2);
  });

  it('needs a base URL: from the definition, the spec’s servers, or the spec URL', async () => {
    const toolkit = createOpenApiToolkit({ slug: 'x', spec: simpleSpec(['/a']), auth: { scheme: 'NO_AUTH' } });
    await expect(toolkit.listTools(listContext)).rejects.toThrow(/no usable base URL for a; set baseUrl/);
    expect(() =>
      createOpenApiToolkit({ slug: 'x', spec: {}, baseUrl: 'file:///etc', auth: { scheme: 'NO_AUTH' } }),
    ).toThrow(/baseUrl must be an http\(s\) URL/);
  });
});

describe('OpenAPI toolkit: other bodies and headers', () => {
  const formSpec = {
    openapi: '3.0.3',
    info: { title: 'Forms', version: '1' },
    paths: {
      '/form': {
        post: {
          operationId: 'postForm',
          parameters: [{ name: 'X-Version', in: 'header', schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } },
          },
          responses: ok,
        },
      },
      '/note': {
        put: {
          operationId: 'putNote',
          requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } },
          responses: ok,
        },
      },
      '/upload-required': {
        post: {
          operationId: 'uploadRequired',
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string' } } } },
          responses: ok,
        },
      },
      '/upload': {
        post: {
          operationId: 'upload',
          requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } },
          responses: ok,
        },
      },
    },
  };
  const forms = () =>
    createOpenApiToolkit({
      slug: 'forms',
      spec: formSpec,
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
      headers: { 'X-Version': '2022-06-28', 'X-Client': 'patchbay' },
    });

  it('sends a form-encoded body, static headers, and lets a header argument win over a static one', async () => {
    const body = { name: 'Rex Dog', tags: ['a', 'b'], meta: { k: 'v' } };
    await forms().callTool('FORMS_POST_FORM', { body, 'X-Version': '2025-01-01' }, callContext());
    const request = server.requests[0];
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.body).toBe('name=Rex%20Dog&tags=a&tags=b&meta%5Bk%5D=v');
    expect([request?.headers['x-version'], request?.headers['x-client']]).toEqual(['2025-01-01', 'patchbay']);
  });

  it('sends a text body as is; leaves out multipart bodies, and operations that require one', async () => {
    await forms().callTool('FORMS_PUT_NOTE', { body: 'hello\nworld' }, callContext());
    expect([server.requests[0]?.headers['content-type'], server.requests[0]?.body]).toEqual([
      'text/plain',
      'hello\nworld',
    ]);
    const upload = (await forms().listTools(listContext)).find((t) => t.slug === 'FORMS_UPLOAD');
    expect(upload?.inputSchema.properties).toEqual({});
    expect((await forms().listTools(listContext)).map((t) => t.slug)).toEqual([
      'FORMS_POST_FORM',
      'FORMS_PUT_NOTE',
      'FORMS_UPLOAD',
    ]);
  });

  it('describes a binary response instead of returning its bytes, and excerpts an HTML error', async () => {
    server.route('GET', '/image', (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    });
    server.route('GET', '/broken', (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`<html><body>Bad gateway ${'x'.repeat(5000)}</body></html>`);
    });
    const toolkit = createOpenApiToolkit({
      slug: 'b',
      spec: simpleSpec(['/image', '/broken']),
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
    });
    const image = await toolkit.callTool('B_IMAGE', {}, callContext());
    expect(textOf(image)).toBe('HTTP 200 OK: 8 bytes of image/png (binary content is not shown).');
    const broken = await toolkit.callTool('B_BROKEN', {}, callContext());
    expect(broken.isError).toBe(true);
    expect(textOf(broken)).toMatch(/^GET .*\/broken returned HTTP 502 Bad Gateway: <html><body>Bad gateway x+ …$/);
    expect(textOf(broken).length).toBeLessThan(2200);
  });
});
