import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { petsSpec } from '../toolkits/openapi-fixtures.js';
import { type TestServer as HttpApi, json, startTestServer as startHttpApi } from '../toolkits/openapi-test-server.js';
import { connectMcp } from './connect.js';

describe('an OpenAPI toolkit reached through the MCP endpoint', () => {
  let t: TestServer;
  let api: HttpApi;
  let serverId: string;

  beforeAll(async () => {
    t = await startTestServer('pglite');
    api = await startHttpApi();
    api.route('POST', '/api/pets', (request, res) => json(res, 201, { id: 'p1', ...JSON.parse(request.body) }));
    await insertCustomToolkit(t.running.database, t.projectId, 'pets', {
      name: 'Pets',
      description: 'A pet store',
      logo: null,
      categories: [],
      kind: 'openapi',
      source: { spec: petsSpec, base_url: `${api.url}/api`, auth: { scheme: 'NO_AUTH' } },
      timeoutMs: 5000,
    });
    serverId = (
      await unwrap(
        t.client.POST('/mcp/servers/custom', {
          body: { name: 'Pet shop', toolkits: ['pets'], allowed_tools: ['PETS_GET_PET', 'PETS_CREATE_PET'] },
        }),
      )
    ).id;
  });
  afterAll(async () => {
    await t.stop();
    await api.close();
  });

  it('lists the allowed operations as tools and sends exactly the request the API expects', async () => {
    const client = await connectMcp(`${t.url}/v3/mcp/${serverId}?user_id=ana`, { 'x-api-key': t.apiKey });
    const tools = (await client.listTools()).tools;
    expect(tools.map((tool) => tool.name).sort()).toEqual(['PETS_CREATE_PET', 'PETS_GET_PET']);
    expect(tools.find((tool) => tool.name === 'PETS_GET_PET')?.annotations?.readOnlyHint).toBe(true);

    const created = await client.callTool({
      name: 'PETS_CREATE_PET',
      arguments: { body: { name: 'Rex', tag: 'dog' } },
    });
    expect(created.structuredContent).toMatchObject({ id: 'p1', name: 'Rex' });
    const post = api.requests.at(-1);
    expect(post).toMatchObject({ method: 'POST', rawPath: '/api/pets' });
    expect(JSON.parse(post?.body ?? '')).toEqual({ name: 'Rex', tag: 'dog' });
    expect(post?.headers['content-type']).toContain('application/json');
    expect(post?.headers['x-api-key']).toBeUndefined();

    await client.callTool({ name: 'PETS_GET_PET', arguments: { petId: 'a/../b', verbose: true, 'X-Trace': 't-1' } });
    const get = api.requests.at(-1);
    expect(get).toMatchObject({ method: 'GET', rawPath: '/api/pets/a%2F..%2Fb', rawQuery: 'verbose=true' });
    expect(get?.headers['x-trace']).toBe('t-1');
    await client.close();
  });
});

describe('DNS-rebinding protection on the MCP endpoint', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('pglite');
  });
  afterAll(async () => t.stop());

  it('refuses a request whose Host is not this server, and a foreign browser Origin', async () => {
    const server = await unwrap(
      t.client.POST('/mcp/servers/custom', { body: { name: 'Guarded', toolkits: ['notes'] } }),
    );
    const { port } = new URL(t.url);
    const { request } = await import('node:http');
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, method: 'POST', path: `/v3/mcp/${server.id}`, headers },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
      });
    const base = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'x-api-key': t.apiKey,
    };
    expect(await status({ ...base, host: `attacker.example:${port}` })).toBe(403);
    expect(await status({ ...base, host: `127.0.0.1:${port}`, origin: 'https://attacker.example' })).toBe(403);
    expect(await status({ ...base, host: `localhost:${port}` })).toBe(200);
  });
});
