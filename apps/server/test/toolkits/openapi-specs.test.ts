import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createOpenApiToolkit, parseSpecText } from '../../src/toolkits/openapi/index.js';
import { notesSpec31, petsSpec, petsYaml } from './openapi-fixtures.js';
import { callContext, json, startTestServer, type TestServer, textOf } from './openapi-test-server.js';

const listContext = { projectId: 'p1', userId: 'u1', signal: new AbortController().signal };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('OpenAPI toolkit: 3.1 and spec sources', () => {
  it('passes 3.1 nullable types and boolean schemas through, applying $ref siblings, base URL from server variables', async () => {
    const seen: string[] = [];
    const recordingFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response('{"title":"t"}', { headers: { 'content-type': 'application/json' } });
    };
    const toolkit = createOpenApiToolkit(
      { slug: 'notes', spec: notesSpec31, auth: { scheme: 'NO_AUTH' } },
      { fetch: recordingFetch },
    );
    const [tool] = await toolkit.listTools(listContext);
    expect(tool?.slug).toBe('NOTES_CREATE_NOTE');
    expect(tool?.inputSchema.properties?.body).toEqual({
      type: 'object',
      description: 'The note to create.',
      properties: { title: { type: 'string' }, due: { type: ['string', 'null'], format: 'date' }, meta: true },
      required: ['title'],
    });
    const result = await toolkit.callTool('NOTES_CREATE_NOTE', { body: { title: 't', due: null } }, callContext());
    expect(result.structuredContent).toEqual({ title: 't' });
    expect(seen).toEqual(['https://notes.example/v2/notes']);
  });

  it('loads a JSON spec by URL, resolving its relative server URL against the spec URL', async () => {
    server.route('GET', '/specs/pets.json', (_req, res) => json(res, 200, petsSpec));
    server.route('GET', '/api/pets/7', (_req, res) => json(res, 200, { id: 7, name: 'Rex' }));
    const toolkit = createOpenApiToolkit({
      slug: 'pets',
      specUrl: `${server.url}/specs/pets.json`,
      auth: { scheme: 'NO_AUTH' },
    });
    expect((await toolkit.listTools(listContext)).length).toBe(8);
    const result = await toolkit.callTool('PETS_GET_PET', { petId: '7', 'X-Trace': 't' }, callContext());
    expect(result.structuredContent).toEqual({ id: 7, name: 'Rex' });
    // listTools is computed once: the spec was fetched a single time across list and call.
    expect(server.requests.filter((r) => r.rawPath === '/specs/pets.json')).toHaveLength(1);
  });

  it('loads a YAML spec by URL (anchors too) and defaults the base URL to the spec’s origin', async () => {
    server.route('GET', '/specs/pets.yaml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/yaml' });
      res.end(petsYaml);
    });
    server.route('DELETE', '/pets/3', (_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const toolkit = createOpenApiToolkit({
      slug: 'pets',
      specUrl: `${server.url}/specs/pets.yaml`,
      auth: { scheme: 'NO_AUTH' },
    });
    const tools = await toolkit.listTools(listContext);
    expect(tools.map((t) => t.slug)).toEqual(['PETS_GET_PET', 'PETS_DELETE_PET']);
    expect(tools[1]?.inputSchema.required).toEqual(['petId']);
    const result = await toolkit.callTool('PETS_DELETE_PET', { petId: '3' }, callContext());
    expect(result.isError).toBeUndefined();
    expect(textOf(result)).toContain('204');
  });

  it('takes an inline spec parsed from YAML text, and YAML served as text/plain', async () => {
    const parsed = parseSpecText(petsYaml);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('YAML did not parse to an object');
    const inline = createOpenApiToolkit({
      slug: 'pets',
      spec: parsed,
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
    });
    expect((await inline.listTools(listContext)).length).toBe(2);
    server.route('GET', '/specs/pets-plain', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(stringify(petsSpec));
    });
    const byUrl = createOpenApiToolkit({
      slug: 'pets',
      specUrl: `${server.url}/specs/pets-plain`,
      auth: { scheme: 'NO_AUTH' },
    });
    expect((await byUrl.listTools(listContext)).length).toBe(8);
  });

  it('rejects Swagger 2.0, oversized, missing and slow spec URLs with clear errors', async () => {
    const swagger = createOpenApiToolkit({
      slug: 's',
      spec: { swagger: '2.0', paths: {} },
      auth: { scheme: 'NO_AUTH' },
    });
    await expect(swagger.listTools(listContext)).rejects.toThrow(/Swagger 2.0; only OpenAPI 3.0 and 3.1/);
    server.route('GET', '/specs/big.json', (_req, res) => json(res, 200, { ...petsSpec, padding: 'x'.repeat(50_000) }));
    const big = createOpenApiToolkit({
      slug: 'b',
      specUrl: `${server.url}/specs/big.json`,
      specMaxBytes: 10_000,
      auth: { scheme: 'NO_AUTH' },
    });
    await expect(big.listTools(listContext)).rejects.toThrow(/larger than 10000 bytes/);
    server.route('GET', '/specs/missing.json', (_req, res) => json(res, 404, {}));
    const missing = createOpenApiToolkit({
      slug: 'm',
      specUrl: `${server.url}/specs/missing.json`,
      auth: { scheme: 'NO_AUTH' },
    });
    await expect(missing.listTools(listContext)).rejects.toThrow(/HTTP 404/);
    server.route('GET', '/specs/slow.json', (_req, res) => {
      setTimeout(() => json(res, 200, petsSpec), 2000);
    });
    const slow = createOpenApiToolkit({
      slug: 'w',
      specUrl: `${server.url}/specs/slow.json`,
      specTimeoutMs: 200,
      auth: { scheme: 'NO_AUTH' },
    });
    await expect(slow.listTools(listContext)).rejects.toThrow(/longer than 200 ms/);
    expect(() => createOpenApiToolkit({ slug: 'n', auth: { scheme: 'NO_AUTH' } })).toThrow(/spec or specUrl/);
  });
});
