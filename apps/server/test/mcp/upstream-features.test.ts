import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { everythingEntry } from '../toolkits/mcp-upstream-support.js';
import { connectMcp } from './connect.js';

const prefix = 'patchbay://everything/';
const document = `${prefix}demo://resource/static/document/features.md`;
const textTemplate = `${prefix}demo://resource/dynamic/text/{resourceId}`;

async function mcpError(promise: Promise<unknown>): Promise<McpError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof McpError)) throw new Error(`expected an MCP error, got ${String(error)}`);
  return error;
}

// Upstream behaviour does not depend on the database, so one kind suffices here.
describe("upstreams' resources and prompts, served namespaced and limited by the server's allow-lists", () => {
  let t: TestServer;
  let serverId: string;
  const url = () => `${t.url}/v3/mcp/${serverId}?user_id=ria`;
  const headers = () => ({ 'x-api-key': t.apiKey });

  beforeAll(async () => {
    t = await startTestServer('pglite');
    await insertCustomToolkit(t.running.database, t.projectId, 'everything', {
      name: 'Everything',
      description: '',
      logo: null,
      categories: [],
      kind: 'mcp_stdio',
      source: { transport: 'stdio', command: process.execPath, args: [everythingEntry], env: {} },
      timeoutMs: 20_000,
    });
    serverId = (
      await unwrap(
        t.client.POST('/mcp/servers/custom', { body: { name: 'Features', toolkits: ['everything', 'notes'] } }),
      )
    ).id;
  });
  afterAll(() => t.stop());

  it('lists and reads resources and templates under patchbay://<toolkit>/', async () => {
    const client = await connectMcp(url(), headers());
    expect(client.getServerCapabilities()).toMatchObject({ resources: {}, prompts: {} });
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toContain(document);
    expect(resources.every((resource) => resource.uri.startsWith(prefix))).toBe(true);
    const read = await client.readResource({ uri: document });
    expect(read.contents[0]).toMatchObject({ uri: document, mimeType: 'text/markdown' });
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toContain(textTemplate);
    const dynamic = await client.readResource({ uri: `${prefix}demo://resource/dynamic/text/7` });
    expect(dynamic.contents[0]?.uri).toBe(`${prefix}demo://resource/dynamic/text/7`);
    expect(JSON.stringify(dynamic.contents[0])).toMatch(/7/);
    // What a tool or a prompt points to is named as served, so the client can read it here.
    const links = await client.callTool({ name: 'EVERYTHING_GET_RESOURCE_LINKS', arguments: { count: 2 } });
    const linked = (Array.isArray(links.content) ? links.content : []).flatMap((block: unknown) =>
      typeof block === 'object' && block !== null && 'uri' in block && typeof block.uri === 'string' ? [block.uri] : [],
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const uri of linked) expect((await client.readResource({ uri })).contents[0]?.uri).toBe(uri);
    const prompt = await client.getPrompt({
      name: 'EVERYTHING_RESOURCE_PROMPT',
      arguments: { resourceType: 'Text', resourceId: '3' },
    });
    expect(JSON.stringify(prompt.messages)).toContain(`"uri":"${prefix}demo://resource/dynamic/text/3"`);
    const unknown = await mcpError(client.readResource({ uri: 'demo://resource/static/document/features.md' }));
    expect(unknown.code).toBe(-32002);
    await client.close();
  });

  it('lists prompts with the toolkit prefix, gets and completes them through the upstream', async () => {
    const client = await connectMcp(url(), headers());
    const names = (await client.listPrompts()).prompts.map((prompt) => prompt.name);
    expect(names).toEqual(expect.arrayContaining(['EVERYTHING_SIMPLE_PROMPT', 'EVERYTHING_ARGS_PROMPT']));
    const prompt = await client.getPrompt({ name: 'EVERYTHING_ARGS_PROMPT', arguments: { city: 'Lyon' } });
    expect(JSON.stringify(prompt.messages)).toContain("What's weather in Lyon?");
    const completed = await client.complete({
      ref: { type: 'ref/prompt', name: 'EVERYTHING_COMPLETABLE_PROMPT' },
      argument: { name: 'name', value: 'B' },
      context: { arguments: { department: 'Engineering' } },
    });
    expect(completed.completion.values).toEqual(['Bob']);
    const template = await client.complete({
      ref: { type: 'ref/resource', uri: textTemplate },
      argument: { name: 'resourceId', value: '1' },
    });
    expect(template.completion.values.length).toBeGreaterThan(0);
    const unknown = await mcpError(client.getPrompt({ name: 'EVERYTHING_NO_SUCH_PROMPT' }));
    expect(unknown.code).toBe(ErrorCode.InvalidParams);
    await client.close();
  });

  it('serves only what allowed_resources and allowed_prompts let through, from the next request on', async () => {
    const updated = await unwrap(
      t.client.PATCH('/mcp/{id}', {
        params: { path: { id: serverId } },
        body: { allowed_resources: [textTemplate], allowed_prompts: ['EVERYTHING_SIMPLE_PROMPT'] },
      }),
    );
    expect(updated).toMatchObject({ allowed_resources: [textTemplate], allowed_prompts: ['EVERYTHING_SIMPLE_PROMPT'] });
    const client = await connectMcp(url(), headers());
    expect((await client.listResources()).resources).toEqual([]);
    expect((await client.listResourceTemplates()).resourceTemplates.map((template) => template.uriTemplate)).toEqual([
      textTemplate,
    ]);
    expect((await mcpError(client.readResource({ uri: document }))).code).toBe(-32002);
    expect((await client.readResource({ uri: `${prefix}demo://resource/dynamic/text/2` })).contents).toHaveLength(1);
    expect((await client.listPrompts()).prompts.map((prompt) => prompt.name)).toEqual(['EVERYTHING_SIMPLE_PROMPT']);
    const refused = await mcpError(client.getPrompt({ name: 'EVERYTHING_ARGS_PROMPT', arguments: { city: 'Lyon' } }));
    expect(refused.code).toBe(ErrorCode.InvalidParams);
    await client.close();
    // A prefix entry: everything under it.
    await unwrap(
      t.client.PATCH('/mcp/{id}', {
        params: { path: { id: serverId } },
        body: { allowed_resources: [`${prefix}demo://resource/static/*`], allowed_prompts: [] },
      }),
    );
    const again = await connectMcp(url(), headers());
    const uris = (await again.listResources()).resources.map((resource) => resource.uri);
    expect(uris).toContain(document);
    expect(uris.every((uri) => uri.startsWith(`${prefix}demo://resource/static/`))).toBe(true);
    expect((await again.listPrompts()).prompts.length).toBeGreaterThan(1);
    await again.close();
  });

  it('refuses a bad allow-list in the envelope and changes nothing', async () => {
    const before = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: serverId } } }));
    const { error, response } = await t.client.PATCH('/mcp/{id}', {
      params: { path: { id: serverId } },
      body: { allowed_prompts: ['not a prompt name!'], allowed_resources: [''] },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(error)).toMatch(/allowed_(prompts|resources)/);
    const after = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: serverId } } }));
    expect(after.allowed_prompts).toEqual(before.allowed_prompts);
    expect(after.allowed_resources).toEqual(before.allowed_resources);
  });
});
