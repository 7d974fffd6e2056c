import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient, unwrap } from '../src/client.js';
import { errorEnvelope, PatchbayError } from '../src/errors.js';
import { json, startHttpServer } from './support/http-server.js';

type Server = Awaited<ReturnType<typeof startHttpServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { baseDelayMs: 1, maxDelayMs: 50, retries: 3, timeoutMs: 2000 };
const page = { items: [], total_pages: 0, current_page: 1 };

describe('createApiClient', () => {
  it('sends x-api-key, an x-request-id and the typed query to /api/v3', async () => {
    server = await startHttpServer((_req, res) => json(res, 200, page));
    const client = createApiClient({ baseUrl: server.url, apiKey: 'pb_test', retry: fast });
    const data = await unwrap(client.GET('/mcp/servers', { params: { query: { name: 'git', page_no: 2, limit: 5 } } }));
    expect(data).toEqual(page);
    const [request] = server.received;
    expect(request?.url).toBe('/api/v3/mcp/servers?name=git&page_no=2&limit=5');
    expect(request?.headers['x-api-key']).toBe('pb_test');
    expect(request?.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a base URL that already names /api/v3.1', async () => {
    server = await startHttpServer((_req, res) => json(res, 200, page));
    const client = createApiClient({ baseUrl: `${server.url}/api/v3.1/`, retry: fast });
    await unwrap(client.GET('/mcp/servers'));
    expect(server.received[0]?.url).toBe('/api/v3.1/mcp/servers');
  });

  it('retries an idempotent call on 503 and 429, keeping one request id, then succeeds', async () => {
    server = await startHttpServer((_req, res, i) => {
      if (i === 0) return json(res, 503, errorEnvelope({ status: 503, message: 'busy' }));
      if (i === 1) return json(res, 429, errorEnvelope({ status: 429, message: 'slow down' }), { 'retry-after': '0' });
      json(res, 200, page);
    });
    const client = createApiClient({ baseUrl: server.url, retry: fast });
    await expect(unwrap(client.GET('/mcp/servers'))).resolves.toEqual(page);
    expect(server.received).toHaveLength(3);
    const ids = new Set(server.received.map((r) => r.headers['x-request-id']));
    expect(ids.size).toBe(1);
  });

  it('honours Retry-After seconds before retrying', async () => {
    server = await startHttpServer((_req, res, i) =>
      i === 0
        ? json(res, 429, errorEnvelope({ status: 429, message: 'later' }), { 'retry-after': '1' })
        : json(res, 200, page),
    );
    const client = createApiClient({ baseUrl: server.url, retry: { ...fast, maxDelayMs: 5000 } });
    const started = performance.now();
    await unwrap(client.GET('/mcp/servers'));
    // The gap is what the server asked for; it is a lower bound, so machine noise cannot make this flaky.
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up after the configured retries and throws the last envelope', async () => {
    server = await startHttpServer((_req, res) =>
      json(res, 503, errorEnvelope({ status: 503, message: 'down', slug: 'unavailable', suggestedFix: 'wait' })),
    );
    const client = createApiClient({ baseUrl: server.url, retry: { ...fast, retries: 2 } });
    const error = await unwrap(client.GET('/mcp/servers')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error).toMatchObject({ status: 503, slug: 'unavailable', message: 'down', suggestedFix: 'wait' });
    expect(server.received).toHaveLength(3);
  });

  it('never retries a POST', async () => {
    server = await startHttpServer((_req, res) => json(res, 503, errorEnvelope({ status: 503, message: 'down' })));
    const client = createApiClient({ baseUrl: server.url, retry: fast });
    await expect(
      unwrap(client.POST('/mcp/servers/custom', { body: { name: 'abcd', toolkits: ['notes'] } })),
    ).rejects.toMatchObject({ status: 503 });
    expect(server.received).toHaveLength(1);
    expect(JSON.parse(server.received[0]?.body ?? '')).toEqual({ name: 'abcd', toolkits: ['notes'] });
  });

  it('retries a DELETE with its body intact', async () => {
    server = await startHttpServer((_req, res, i) =>
      i === 0 ? json(res, 502, {}) : json(res, 200, { id: 'x', deleted: true }),
    );
    const client = createApiClient({ baseUrl: server.url, retry: fast });
    const id = '6f1d2c1e-8f7b-4b0a-9d1e-2b7f0c3a9e11';
    await expect(unwrap(client.DELETE('/mcp/{id}', { params: { path: { id } } }))).resolves.toEqual({
      id: 'x',
      deleted: true,
    });
    expect(server.received.map((r) => r.url)).toEqual([`/api/v3/mcp/${id}`, `/api/v3/mcp/${id}`]);
  });

  it('does not retry a 4xx and reads the envelope into PatchbayError', async () => {
    server = await startHttpServer((_req, res) =>
      json(
        res,
        400,
        errorEnvelope({
          status: 400,
          slug: 'validation_error',
          message: 'Invalid request',
          errors: ['name: must be 4-30 characters'],
          requestId: 'req-1',
          suggestedFix: 'Fix the fields listed in errors.',
        }),
      ),
    );
    const client = createApiClient({ baseUrl: server.url, retry: fast });
    const error = await unwrap(client.GET('/mcp/servers')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 400,
      code: 400,
      slug: 'validation_error',
      requestId: 'req-1',
      errors: ['name: must be 4-30 characters'],
    });
    expect(server.received).toHaveLength(1);
  });

  it('makes a useful error from a non-envelope answer', async () => {
    server = await startHttpServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>nope</h1>');
    });
    const client = createApiClient({ baseUrl: server.url, retry: fast });
    const error = await unwrap(client.GET('/mcp/servers')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error).toMatchObject({ status: 404, slug: 'not_found', message: expect.stringContaining('404') });
  });

  it('retries network errors, then throws status 0 with a next step', async () => {
    const gone = await startHttpServer(() => {});
    const url = gone.url;
    await gone.close();
    const client = createApiClient({ baseUrl: url, retry: { ...fast, retries: 1 } });
    const error = await unwrap(client.GET('/mcp/servers')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 0,
      slug: 'network_error',
      suggestedFix: expect.stringContaining('npm start'),
    });
  });

  it('times out a hanging server per attempt', async () => {
    server = await startHttpServer(() => {
      // never answers
    });
    const client = createApiClient({ baseUrl: server.url, retry: { ...fast, retries: 1, timeoutMs: 100 } });
    const error = await unwrap(client.GET('/mcp/servers')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, slug: 'timeout' });
    expect(server.received).toHaveLength(2);
  });

  it('stops at once when the caller aborts', async () => {
    server = await startHttpServer(() => {});
    const client = createApiClient({ baseUrl: server.url, retry: { ...fast, timeoutMs: 5000 } });
    const controller = new AbortController();
    const pending = unwrap(client.GET('/mcp/servers', { signal: controller.signal })).catch((e: unknown) => e);
    await expect.poll(() => server?.received.length).toBe(1);
    controller.abort();
    expect(await pending).toMatchObject({ status: 0, slug: 'aborted' });
    expect(server.received).toHaveLength(1);
  });
});
