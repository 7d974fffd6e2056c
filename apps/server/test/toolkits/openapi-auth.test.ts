import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AuthScheme, createOpenApiToolkit, type OpenApiAuth } from '../../src/toolkits/openapi/index.js';
import { callContext, startTestServer, type TestServer, textOf } from './openapi-test-server.js';

const ok = { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };
const authSpec = {
  openapi: '3.1.0',
  info: { title: 'Auth', version: '1' },
  paths: {
    '/echo': {
      get: { operationId: 'echo', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }], responses: ok },
    },
    '/public': { get: { operationId: 'public', security: [], responses: ok } },
    '/fail': { get: { operationId: 'fail', responses: ok } },
    '/away': { get: { operationId: 'away', responses: ok } },
    '/home': { get: { operationId: 'home', responses: ok } },
    '/post-away': {
      post: {
        operationId: 'postAway',
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: ok,
      },
    },
  },
};

const secrets = {
  api_key: 'key-Sup3rSecret-0001',
  token: 'tok-Sup3rSecret-0002',
  access_token: 'oat-Sup3rSecret-0003',
  username: 'ann',
  password: 'pw-Sup3rSecret-0004',
};
const basic = `Basic ${Buffer.from(`ann:${secrets.password}`).toString('base64')}`;
const allSecretText = [secrets.api_key, secrets.token, secrets.access_token, secrets.password, basic.slice(6)];

let api: TestServer;
let other: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  other = await startTestServer();
  api.route('GET', '/fail', (req, res) => {
    // A careless API that echoes the credentials in its error.
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ error: 'bad credentials', got: req.headers.authorization, key: req.headers['x-api-key'] }),
    );
  });
  api.route('GET', '/away', (_req, res) => {
    res.writeHead(302, { location: `${other.url}/landing?key=${secrets.api_key}&x=1` });
    res.end();
  });
  api.route('GET', '/home', (_req, res) => {
    res.writeHead(301, { location: '/echo?q=back' });
    res.end();
  });
  api.route('POST', '/post-away', (_req, res) => {
    res.writeHead(307, { location: `${other.url}/landing-post` });
    res.end();
  });
});
afterAll(async () => {
  await api.close();
  await other.close();
});
beforeEach(() => {
  api.requests.length = 0;
  other.requests.length = 0;
});

function toolkit(auth: OpenApiAuth) {
  return createOpenApiToolkit({ slug: 'auth', spec: authSpec, baseUrl: api.url, auth });
}

function expectNoSecrets(text: string): void {
  for (const secret of allSecretText) expect(text).not.toContain(secret);
}

describe('OpenAPI toolkit: credentials reach the API per scheme', () => {
  const cases: [OpenApiAuth, (headers: Record<string, unknown>, rawQuery: string) => void][] = [
    [{ scheme: 'API_KEY' }, (h) => expect(h['x-api-key']).toBe(secrets.api_key)],
    [{ scheme: 'API_KEY', in: 'header', name: 'X-Custom-Key' }, (h) => expect(h['x-custom-key']).toBe(secrets.api_key)],
    [{ scheme: 'API_KEY', in: 'query', name: 'key' }, (_h, q) => expect(q).toBe(`q=v&key=${secrets.api_key}`)],
    [{ scheme: 'BEARER_TOKEN' }, (h) => expect(h.authorization).toBe(`Bearer ${secrets.token}`)],
    [{ scheme: 'OAUTH2' }, (h) => expect(h.authorization).toBe(`Bearer ${secrets.access_token}`)],
    [{ scheme: 'BASIC' }, (h) => expect(h.authorization).toBe(basic)],
    [{ scheme: 'NO_AUTH' }, (h) => expect(h.authorization).toBeUndefined()],
  ];
  it.each(cases)('%o', async (auth, check) => {
    const result = await toolkit(auth).callTool('AUTH_ECHO', { q: 'v' }, callContext(secrets));
    expect(result.isError).toBeUndefined();
    const request = api.requests[0];
    check(request?.headers ?? {}, request?.rawQuery ?? '');
    // The echo API returned the credentials: they are redacted in both the text and the structured content.
    expectNoSecrets(JSON.stringify(result));
    if (auth.scheme !== 'NO_AUTH') expect(textOf(result)).toContain('[redacted]');
  });

  it.each<AuthScheme>(['API_KEY', 'BEARER_TOKEN', 'OAUTH2', 'BASIC'])(
    '%s without credentials: isError asking to connect an account, nothing sent',
    async (scheme) => {
      const kit = toolkit({ scheme });
      const attempts: (Record<string, string> | undefined)[] = [undefined, {}, { unrelated: 'x' }];
      for (const credentials of attempts) {
        const result = await kit.callTool('AUTH_ECHO', { q: 'v' }, callContext(credentials));
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(
          /^No credentials for toolkit "auth": the user must connect an account for this toolkit/,
        );
      }
      expect(api.requests).toHaveLength(0);
    },
  );

  it('sends no credentials for an operation with `security: []`, and needs none', async () => {
    const kit = toolkit({ scheme: 'BEARER_TOKEN' });
    expect((await kit.listTools(callContext())).find((t) => t.slug === 'AUTH_PUBLIC')?.noAuth).toBe(true);
    expect((await kit.callTool('AUTH_PUBLIC', {}, callContext())).isError).toBeUndefined();
    expect((await kit.callTool('AUTH_PUBLIC', {}, callContext(secrets))).isError).toBeUndefined();
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
  });
});

describe('OpenAPI toolkit: credentials stay out of results and other origins', () => {
  it('redacts credentials an API echoes in an error', async () => {
    for (const auth of [{ scheme: 'BASIC' }, { scheme: 'API_KEY' }] satisfies OpenApiAuth[]) {
      const result = await toolkit(auth).callTool('AUTH_FAIL', {}, callContext(secrets));
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/returned HTTP 401 Unauthorized: \{"error":"bad credentials"/);
      expectNoSecrets(textOf(result));
    }
  });

  it('keeps a query API key out of failure messages', async () => {
    const closed = await startTestServer();
    await closed.close();
    const kit = createOpenApiToolkit({
      slug: 'auth',
      spec: authSpec,
      baseUrl: closed.url,
      auth: { scheme: 'API_KEY', in: 'query', name: 'key' },
    });
    const result = await kit.callTool('AUTH_ECHO', { q: 'v' }, callContext(secrets));
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain(`GET ${closed.url}/echo failed`);
    expectNoSecrets(textOf(result));
  });

  it('follows a redirect to another origin without the credentials', async () => {
    const bearer = await toolkit({ scheme: 'BEARER_TOKEN' }).callTool('AUTH_AWAY', {}, callContext(secrets));
    expect(bearer.isError).toBeUndefined();
    const inQuery = await toolkit({ scheme: 'API_KEY', in: 'query', name: 'key' }).callTool(
      'AUTH_AWAY',
      {},
      callContext(secrets),
    );
    expect(inQuery.isError).toBeUndefined();
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${secrets.token}`, undefined]);
    expect(other.requests.map((r) => [r.rawUrl, r.headers.authorization])).toEqual([
      ['/landing?key=key-Sup3rSecret-0001&x=1', undefined],
      ['/landing?x=1', undefined],
    ]);
  });

  it('keeps a 307 POST (method and body) across origins, still without credentials', async () => {
    await toolkit({ scheme: 'OAUTH2' }).callTool('AUTH_POST_AWAY', { body: { a: 1 } }, callContext(secrets));
    const landed = other.requests[0];
    expect([landed?.method, landed?.rawPath, landed?.body, landed?.headers.authorization]).toEqual([
      'POST',
      '/landing-post',
      '{"a":1}',
      undefined,
    ]);
  });

  it('keeps credentials on a same-origin redirect', async () => {
    const result = await toolkit({ scheme: 'BEARER_TOKEN' }).callTool('AUTH_HOME', {}, callContext(secrets));
    expect(result.isError).toBeUndefined();
    expect(api.requests.map((r) => [r.rawUrl, r.headers.authorization])).toEqual([
      ['/home', `Bearer ${secrets.token}`],
      ['/echo?q=back', `Bearer ${secrets.token}`],
    ]);
  });
});
