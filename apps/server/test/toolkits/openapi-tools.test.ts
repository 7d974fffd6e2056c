import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenApiToolkit } from '../../src/toolkits/openapi/index.js';
import type { ToolDefinition } from '../../src/toolkits/runtime.js';
import { petsSpec } from './openapi-fixtures.js';
import { startTestServer, type TestServer } from './openapi-test-server.js';

const listContext = { projectId: 'p1', userId: 'u1', signal: new AbortController().signal };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function byName(tools: ToolDefinition[], name: string): ToolDefinition {
  const tool = tools.find((t) => t.originalName === name);
  if (!tool) throw new Error(`no tool ${name}`);
  return tool;
}

async function petsTools(): Promise<ToolDefinition[]> {
  const toolkit = createOpenApiToolkit({
    slug: 'pets',
    spec: petsSpec,
    baseUrl: server.url,
    auth: { scheme: 'API_KEY' },
  });
  return toolkit.listTools(listContext);
}

describe('OpenAPI toolkit: tools from a 3.0 spec', () => {
  it('names each operation by operationId, else METHOD path, as unique TOOLKIT_ACTION slugs', async () => {
    const tools = await petsTools();
    expect(tools.map((t) => [t.slug, t.originalName])).toEqual([
      ['PETS_GET_PET', 'getPet'],
      ['PETS_UPDATE_PET', 'updatePet'],
      ['PETS_DELETE_PET', 'deletePet'],
      ['PETS_LIST_PETS', 'listPets'],
      ['PETS_CREATE_PET', 'createPet'],
      ['PETS_SAVE_TREE', 'saveTree'],
      ['PETS_GET_HEALTH', 'GET /health'],
      ['PETS_PATCH_THING', 'patchThing'],
    ]);
  });

  it('builds the input schema from path, query and header parameters (merged, deref’d, reserved headers left out)', async () => {
    const tool = byName(await petsTools(), 'getPet');
    expect(tool.inputSchema).toEqual({
      type: 'object',
      properties: {
        petId: { type: 'string', description: 'The pet.' },
        verbose: { type: 'boolean' },
        'X-Trace': { type: 'string', description: 'A trace id.' },
      },
      required: ['petId', 'X-Trace'],
      additionalProperties: false,
    });
    expect(tool.name).toBe('Get a pet');
    expect(tool.description).toBe('Get a pet\n\nReturns one pet by its id.');
    expect(byName(await petsTools(), 'listPets').inputSchema.properties?.limit).toEqual({
      type: 'integer',
      maximum: 100,
    });
  });

  it('inlines body $refs as self-contained JSON Schema: readOnly dropped, 3.0 nullable and bounds converted', async () => {
    const tool = byName(await petsTools(), 'createPet');
    expect(tool.inputSchema.required).toEqual(['body']);
    expect(tool.inputSchema.properties?.body).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', examples: ['Rex'] },
        tag: { type: ['string', 'null'] },
        owner: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' } } },
        weight: { type: 'number', exclusiveMinimum: 0 },
      },
    });
  });

  it('cuts a recursive schema off after one level, with no $ref left anywhere', async () => {
    const tools = await petsTools();
    const body = byName(tools, 'saveTree').inputSchema.properties?.body;
    expect(body).toMatchObject({
      type: 'object',
      properties: {
        value: { type: 'string' },
        children: { type: 'array', items: { description: expect.stringMatching(/TreeNode \(recursive/) } },
      },
    });
    expect(byName(tools, 'saveTree').inputSchema.required).toBeUndefined();
    expect(JSON.stringify(tools)).not.toContain('$ref');
  });

  it('sets annotations by method, and noAuth for `security: []`', async () => {
    const tools = await petsTools();
    expect(byName(tools, 'getPet').annotations).toEqual({
      title: 'Get a pet',
      readOnlyHint: true,
      idempotentHint: true,
      openWorldHint: true,
    });
    expect(byName(tools, 'updatePet').annotations).toEqual({
      title: 'Replace a pet',
      readOnlyHint: false,
      idempotentHint: true,
      openWorldHint: true,
    });
    expect(byName(tools, 'deletePet').annotations).toMatchObject({ destructiveHint: true, idempotentHint: true });
    expect(byName(tools, 'createPet').annotations).toMatchObject({ readOnlyHint: false, idempotentHint: false });
    expect(byName(tools, 'saveTree').annotations?.title).toBeUndefined();
    expect(byName(tools, 'saveTree').description).toBe('POST /trees');
    expect(tools.filter((t) => t.noAuth).map((t) => t.originalName)).toEqual(['GET /health']);
    const open = createOpenApiToolkit({
      slug: 'pets',
      spec: petsSpec,
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
    });
    expect((await open.listTools(listContext)).every((t) => t.noAuth)).toBe(true);
  });

  it('names a clashing parameter <in>_<name>, makes names safe, and calls the body request_body if body is taken', async () => {
    const tool = byName(await petsTools(), 'patchThing');
    expect(Object.keys(tool.inputSchema.properties ?? {})).toEqual([
      'id',
      'query_id',
      'body',
      'filter_status',
      'request_body',
    ]);
    expect(tool.inputSchema.properties?.query_id).toEqual({ type: 'string', description: 'The query parameter "id".' });
    expect(tool.inputSchema.properties?.filter_status).toEqual({
      type: 'string',
      description: 'The query parameter "filter[status]".',
    });
    expect(tool.inputSchema.required).toEqual(['id']);
  });

  it('keeps only allow-listed operationIds (ignoring ids the spec lacks)', async () => {
    const toolkit = createOpenApiToolkit({
      slug: 'pets',
      spec: petsSpec,
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
      operations: ['deletePet', 'getPet', 'noSuchOperation'],
    });
    expect((await toolkit.listTools(listContext)).map((t) => t.slug)).toEqual(['PETS_GET_PET', 'PETS_DELETE_PET']);
  });

  it('trims long descriptions', async () => {
    const long = { ...petsSpec, paths: { '/x': { get: { operationId: 'x', description: 'word '.repeat(1000) } } } };
    const toolkit = createOpenApiToolkit({
      slug: 'long',
      spec: long,
      baseUrl: server.url,
      auth: { scheme: 'NO_AUTH' },
    });
    const [tool] = await toolkit.listTools(listContext);
    expect(tool?.description.length).toBeLessThanOrEqual(1024);
    expect(tool?.description.endsWith('…')).toBe(true);
  });
});

describe('OpenAPI toolkit: schema conversion details', () => {
  const level = (n: number) => ({
    type: 'object',
    properties: n < 15 ? { next: { $ref: `#/components/schemas/L${n + 1}` } } : { end: { type: 'string' } },
  });
  const spec = {
    openapi: '3.0.3',
    info: { title: 'S', version: '1' },
    components: {
      schemas: {
        ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`L${i + 1}`, level(i + 1)])),
        Color: { type: 'string', enum: ['red', 'blue'] },
      },
    },
    paths: {
      '/s': {
        post: {
          operationId: 'old',
          summary: 'Old one',
          description: 'Old one\nStill works.',
          deprecated: true,
          parameters: [
            { name: 'color', in: 'query', schema: { type: 'string', enum: ['red', 'blue'], nullable: true } },
            { name: 'shade', in: 'query', schema: { allOf: [{ $ref: '#/components/schemas/Color' }], nullable: true } },
            { name: 'legacy', in: 'query', deprecated: true, schema: { type: 'string' } },
          ],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/L1' } } } },
          responses: {},
        },
      },
    },
  };

  it('converts nullable enums and typeless nullable schemas, marks deprecation, and caps deep nesting', async () => {
    const toolkit = createOpenApiToolkit({ slug: 's', spec, baseUrl: server.url, auth: { scheme: 'NO_AUTH' } });
    const [tool] = await toolkit.listTools(listContext);
    expect(tool?.description).toBe('Deprecated.\n\nOld one\nStill works.');
    expect(tool?.inputSchema.properties?.color).toEqual({ type: ['string', 'null'], enum: ['red', 'blue', null] });
    expect(tool?.inputSchema.properties?.shade).toEqual({
      anyOf: [{ allOf: [{ type: 'string', enum: ['red', 'blue'] }] }, { type: 'null' }],
    });
    expect(tool?.inputSchema.properties?.legacy).toEqual({ type: 'string', description: '(Deprecated.)' });
    let node: unknown = tool?.inputSchema.properties?.body;
    let depth = 0;
    while (typeof node === 'object' && node !== null && 'properties' in node) {
      const properties: unknown = node.properties;
      node =
        typeof properties === 'object' && properties !== null && 'next' in properties ? properties.next : undefined;
      depth += 1;
    }
    expect(depth).toBeGreaterThan(5);
    expect(depth).toBeLessThan(15);
    expect(node).toEqual({ description: expect.stringMatching(/not expanded further/) });
  });
});
