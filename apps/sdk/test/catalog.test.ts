import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patchbay } from '../src/index.js';
import { failure } from './support/failure.js';
import { recordingFetch } from './support/recorder.js';
import { startTestServer, type TestServer } from './support/server.js';

const echoServer = join(dirname(fileURLToPath(import.meta.url)), 'support', 'echo-server.mjs');

let server: TestServer;
let patchbay: Patchbay;

beforeAll(async () => {
  server = await startTestServer();
  patchbay = server.sdk();
});
afterAll(() => server?.stop());

describe('toolkits', () => {
  it('lists, walks and reads the built-in toolkits', async () => {
    const first = await patchbay.toolkits.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const all = await patchbay.toolkits.iterate({ limit: 2 }).toArray();
    expect(all).toHaveLength(first.totalItems);
    expect(all.map((t) => t.slug)).toEqual(expect.arrayContaining(['notes', 'http', 'files']));
    const notes = await patchbay.toolkits.get('notes');
    expect(notes).toMatchObject({ slug: 'notes', kind: 'builtin', noAuth: true, isCustom: false, source: null });
    expect(notes.toolsCount).toBeGreaterThan(1);
    const github = all.find((t) => t.slug === 'github');
    expect(github?.authSchemes.map((s) => s.mode)).toContain('OAUTH2');
    expect(github?.authSchemes[0]?.fields.authConfigCreation).toEqual(expect.any(Array));
  });

  it('creates a custom toolkit from a real stdio MCP server, updates only the given fields, deletes it', async () => {
    const created = await patchbay.toolkits.create({
      slug: 'echo',
      name: 'Echo',
      mcp: { transport: 'stdio', command: process.execPath, args: [echoServer] },
      timeoutMs: 20_000,
    });
    expect(created).toMatchObject({ slug: 'echo', kind: 'mcp_stdio', isCustom: true, toolsCount: 1 });
    expect(created.source).toEqual({
      mcp: { transport: 'stdio', command: process.execPath, args: [echoServer], env: {}, perUserEnv: [] },
      timeoutMs: 20_000,
    });

    const { fetch, requests } = recordingFetch();
    const renamed = await server.sdk({ fetch }).toolkits.update('echo', { description: 'Says it back' });
    expect(requests[0]?.body).toEqual({ description: 'Says it back' });
    expect(renamed).toMatchObject({ name: 'Echo', description: 'Says it back', source: created.source });

    const tools = await patchbay.tools.list({ toolkit: 'echo' });
    expect(tools.items.map((t) => t.slug)).toEqual(['ECHO_SAY']);
    const said = await patchbay.tools.execute('ECHO_SAY', { arguments: { text: 'hi' } });
    expect(said.successful).toBe(true);
    expect(JSON.stringify(said.data)).toContain('echo: hi');

    expect(await patchbay.toolkits.delete('echo')).toEqual({ slug: 'echo', deleted: true });
    expect((await failure(patchbay.toolkits.get('echo'))).status).toBe(404);
  });

  it('refuses a built-in (403) and names bad fields before sending', async () => {
    expect((await failure(patchbay.toolkits.update('notes', { name: 'Mine' }))).status).toBe(403);
    const { fetch, requests } = recordingFetch();
    const error = await failure(
      server.sdk({ fetch }).toolkits.create({
        slug: 'Bad Slug!',
        name: 'x',
        openapi: { specUrl: 'not a url' },
      }),
    );
    expect(error).toMatchObject({ status: 0, slug: 'invalid_input' });
    expect(error.message).toMatch(/slug: /);
    expect(requests).toHaveLength(0);
  });
});

describe('tools and toolCalls', () => {
  it('reads a tool in camelCase and executes it directly, logging each call', async () => {
    const tool = await patchbay.tools.get('NOTES_SET');
    expect(tool).toMatchObject({ slug: 'NOTES_SET', noAuth: true, toolkit: { slug: 'notes' } });
    expect(tool.inputParameters).toMatchObject({ type: 'object' });
    expect(tool.annotations.destructiveHint).toBe(true);
    const byTag = await patchbay.tools.list({ toolSlugs: ['NOTES_SET', 'NOTES_GET'] });
    expect(byTag.items.map((t) => t.slug).sort()).toEqual(['NOTES_GET', 'NOTES_SET']);
    expect((await patchbay.tools.iterate({ toolkit: 'notes', limit: 2 }).toArray()).length).toBeGreaterThan(2);

    const set = await patchbay.tools.execute('NOTES_SET', {
      userId: 'kim',
      arguments: { key: 'city', value: 'Lisbon' },
    });
    expect(set).toMatchObject({ successful: true, error: null });
    const got = await patchbay.tools.execute('NOTES_GET', { userId: 'kim', arguments: { key: 'city' } });
    expect(JSON.stringify(got.data)).toContain('Lisbon');
    const missing = await patchbay.tools.execute('NOTES_GET', { userId: 'kim', arguments: { key: 'nope' } });
    expect(missing.successful).toBe(false);
    expect(missing.error).toContain('nope');

    const calls = await patchbay.toolCalls.list({ userId: 'kim' });
    expect(calls.items.map((c) => c.toolSlug).sort()).toEqual(['NOTES_GET', 'NOTES_GET', 'NOTES_SET']);
    expect(calls.items.every((c) => c.source === 'api' && c.serverId === null)).toBe(true);
    const failed = await patchbay.toolCalls.list({ userId: 'kim', outcome: 'error' });
    expect(failed.items.map((c) => c.id)).toEqual([missing.logId]);
    expect(await patchbay.toolCalls.get(set.logId)).toMatchObject({
      id: set.logId,
      toolSlug: 'NOTES_SET',
      toolkitSlug: 'notes',
      outcome: 'success',
      userId: 'kim',
    });
    expect(await patchbay.toolCalls.iterate({ userId: 'kim', limit: 1 }).toArray()).toHaveLength(3);
  });

  it('calls made over MCP are logged with their server', async () => {
    const created = await patchbay.mcp.create('Logged calls', { toolkits: ['notes'], manuallyManageConnections: true });
    const client = await patchbay.mcp.connect(await created.generate('lee'));
    try {
      await client.callTool({ name: 'NOTES_SET', arguments: { key: 'a', value: 'b' } });
    } finally {
      await client.close();
    }
    const calls = await patchbay.toolCalls.list({ serverId: created.id });
    expect(calls.items).toHaveLength(1);
    expect(calls.items[0]).toMatchObject({ source: 'mcp', userId: 'lee', toolSlug: 'NOTES_SET', serverId: created.id });
  });

  it('unknown tool: 404 from the server; a bad slug or date: refused before sending', async () => {
    expect((await failure(patchbay.tools.get('NOPE_NOTHING'))).status).toBe(404);
    const { fetch, requests } = recordingFetch();
    const sdk = server.sdk({ fetch });
    expect((await failure(sdk.tools.execute('not a slug'))).slug).toBe('invalid_input');
    const since = await failure(sdk.toolCalls.list({ since: 'yesterday' }));
    expect(since.message).toContain('since: must be an ISO-8601 date-time');
    expect(requests).toHaveLength(0);
  });
});
