import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Patchbay } from '../src/index.js';
import { failure } from './support/failure.js';
import { startFlakyProxy } from './support/flaky-proxy.js';
import { recordingFetch } from './support/recorder.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('answers from the server become PatchbayErrors', () => {
  it('401 for a bad key', async () => {
    const error = await failure(server.sdk({ apiKey: 'pb_not_a_real_key' }).mcp.list());
    expect(error).toMatchObject({ status: 401, slug: 'unauthorized' });
    expect(error.requestId).toBeTruthy();
  });

  it('404 for an unknown id', async () => {
    const error = await failure(server.sdk().mcp.get('00000000-0000-4000-8000-000000000000'));
    expect(error).toMatchObject({ status: 404 });
    expect(error.message).toContain('00000000-0000-4000-8000-000000000000');
  });

  it('400 naming the field the server refused', async () => {
    const error = await failure(server.sdk().mcp.create('Unknown kit', { toolkits: ['no-such-toolkit'] }));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual(['toolkits.0: unknown toolkit "no-such-toolkit"']);
  });

  it('404 naming an auth config that is not the project’s', async () => {
    const error = await failure(server.sdk().mcp.create('Bad config', { toolkits: [{ authConfigId: 'ac_missing' }] }));
    expect(error.status).toBe(404);
    expect(error.errors[0]).toMatch(/^auth_config_ids\.0: /);
  });
});

describe('client-side validation names the field and sends nothing', () => {
  const cases: Array<[string, (sdk: Patchbay) => Promise<unknown>, RegExp]> = [
    ['a bad name', (sdk) => sdk.mcp.create('x!', { toolkits: ['notes'] }), /name: must be 4-30 characters/],
    [
      'a bad tool slug',
      (sdk) => sdk.mcp.create('Good name', { toolkits: ['notes'], allowedTools: ['no spaces'] }),
      /allowedTools\.0: must be a tool slug/,
    ],
    ['a bad update name', (sdk) => sdk.mcp.update('00000000-0000-4000-8000-000000000000', { name: '' }), /name: /],
    ['a server id that is no UUID', (sdk) => sdk.mcp.get('nope'), /id: must be a UUID/],
    [
      'an empty user id',
      (sdk) => sdk.mcp.generate('', '00000000-0000-4000-8000-000000000000'),
      /userId: must not be empty/,
    ],
    ['a page of 0', (sdk) => sdk.mcp.list({ page: 0 }), /page: Too small/],
    [
      'an empty instance user',
      (sdk) => sdk.mcp.instances.create('00000000-0000-4000-8000-000000000000', ''),
      /userId: must not be empty/,
    ],
  ];
  for (const [label, call, message] of cases) {
    it(`refuses ${label}`, async () => {
      const { fetch, requests } = recordingFetch();
      const error = await failure(call(server.sdk({ fetch })));
      expect(error).toMatchObject({ status: 0, slug: 'invalid_input' });
      expect(error.message).toMatch(message);
      expect(error.errors.length).toBeGreaterThan(0);
      expect(requests).toHaveLength(0);
    });
  }
});

describe('retries', () => {
  it('retries a GET answered 503 twice, then succeeds (3 requests)', async () => {
    const proxy = await startFlakyProxy(server.url, 2);
    try {
      const sdk = new Patchbay({ apiKey: server.apiKey, baseURL: proxy.url, retry: { baseDelayMs: 5 } });
      const page = await sdk.mcp.list();
      expect(page.currentPage).toBe(1);
      expect(proxy.seen).toEqual(['GET /api/v3/mcp/servers', 'GET /api/v3/mcp/servers', 'GET /api/v3/mcp/servers']);
    } finally {
      await proxy.close();
    }
  });

  it('never repeats a POST: the 503 is the answer', async () => {
    const proxy = await startFlakyProxy(server.url, 2);
    try {
      const sdk = new Patchbay({ apiKey: server.apiKey, baseURL: proxy.url, retry: { baseDelayMs: 5 } });
      const error = await failure(sdk.mcp.create('Not twice', { toolkits: ['notes'] }));
      expect(error.status).toBe(503);
      expect(proxy.seen).toEqual(['POST /api/v3/mcp/servers/custom']);
      expect((await server.sdk().mcp.list({ name: 'Not twice' })).items).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
