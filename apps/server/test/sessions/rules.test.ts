import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, type Json, list, obj, startAccountsServer, str } from '../accounts/harness.js';
import { connectMcp, resultText } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';

const data = (result: unknown) => obj(obj(obj(result).structuredContent).data);
const error = (result: unknown) => obj(obj(result).structuredContent).error;

/** A session's rules hold through every door: search, schemas, multi-execute, preloaded tools and REST execute. */
describe.each(databaseKinds)("a tool session's rules (%s)", (kind) => {
  let server: AccountsServer;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    // A note to (not) delete, written outside any rule.
    const open = await server.api('POST', '/tool_router/session', { user_id: 'ada' });
    const wrote = await server.api('POST', `/tool_router/session/${str(open.body.session_id)}/execute`, {
      tool_slug: 'NOTES_SET',
      arguments: { key: 'keep', value: 'me' },
    });
    expect(wrote.body.error).toBeNull();
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) await c.close();
    await server?.stop();
  });

  const open = async (config: Json) => {
    const made = await server.api('POST', '/tool_router/session', { user_id: 'ada', ...config });
    expect(made.status).toBe(201);
    const id = str(made.body.session_id);
    const client = await connectMcp(str(obj(made.body.mcp).url), { 'x-api-key': server.apiKey });
    clients.push(client);
    return { id, client };
  };
  const callsOf = async (id: string) => list((await server.api('GET', `/tool_calls?session_id=${id}`)).body.items);

  it('with destructive tags disabled, never runs a destructive tool, whatever the agent asks', async () => {
    const { id, client } = await open({
      toolkits: { enable: ['notes', 'files'] },
      tags: { disable: ['destructiveHint'] },
      preload: { tools: ['NOTES_DELETE', 'NOTES_GET'] },
    });
    const listed = (await client.listTools()).tools.map((t) => t.name);
    expect(listed).toContain('NOTES_GET');
    expect(listed).not.toContain('NOTES_DELETE');

    const found = data(
      await client.callTool({
        name: 'COMPOSIO_SEARCH_TOOLS',
        arguments: { queries: [{ use_case: 'delete the note called keep' }, { use_case: 'remove a file' }] },
      }),
    );
    const slugs = list(found.results).flatMap((r) => [
      ...list(obj(r).primary_tool_slugs),
      ...list(obj(r).related_tool_slugs),
    ]);
    expect(slugs).not.toContain('NOTES_DELETE');
    expect(slugs).not.toContain('FILES_DELETE');
    expect(slugs).not.toContain('NOTES_SET');

    const schemas = data(
      await client.callTool({ name: 'COMPOSIO_GET_TOOL_SCHEMAS', arguments: { tool_slugs: ['NOTES_DELETE'] } }),
    );
    expect(schemas.not_found).toEqual(['NOTES_DELETE']);

    const multi = data(
      await client.callTool({
        name: 'COMPOSIO_MULTI_EXECUTE_TOOL',
        arguments: {
          tools: [
            { tool_slug: 'NOTES_DELETE', arguments: { key: 'keep' } },
            { tool_slug: 'files_delete', arguments: { path: 'x' } },
          ],
        },
      }),
    );
    for (const item of list(multi.results).map(obj)) expect(str(item.error)).toContain('tag_forbidden');

    const direct = await client.callTool({ name: 'NOTES_DELETE', arguments: { key: 'keep' } });
    expect(direct.isError).toBe(true);
    expect(resultText(direct)).toContain('tag_forbidden');
    const rest = await server.api('POST', `/tool_router/session/${id}/execute`, {
      tool_slug: 'NOTES_DELETE',
      arguments: { key: 'keep' },
    });
    expect(str(rest.body.error)).toContain('tag_forbidden');
    const meta = await server.api('POST', `/tool_router/session/${id}/execute_meta`, {
      slug: 'COMPOSIO_MULTI_EXECUTE_TOOL',
      arguments: { tools: [{ tool_slug: 'NOTES_DELETE', arguments: { key: 'keep' } }] },
    });
    expect(JSON.stringify(meta.body)).toContain('tag_forbidden');

    // Nothing ran: no call logged, and the note is still there.
    expect(await callsOf(id)).toEqual([]);
    const kept = data(await client.callTool({ name: 'NOTES_GET', arguments: { key: 'keep' } }));
    expect(JSON.stringify(kept)).toContain('me');
  });

  it('limited to two toolkits, never finds or runs a third', async () => {
    const { id, client } = await open({ toolkits: { enable: ['notes', 'files'] } });
    const toolkits = await server.api('GET', `/tool_router/session/${id}/toolkits`);
    expect(list(toolkits.body.items).map((t) => obj(t).slug)).toEqual(['notes', 'files']);
    const found = data(
      await client.callTool({
        name: 'COMPOSIO_SEARCH_TOOLS',
        arguments: {
          queries: [{ use_case: 'fetch a web page over http' }, { use_case: 'post a message to a slack channel' }],
        },
      }),
    );
    const hit = list(found.results)
      .flatMap((r) => [...list(obj(r).primary_tool_slugs), ...list(obj(r).related_tool_slugs)])
      .map(str);
    expect(hit.every((s) => s.startsWith('NOTES_') || s.startsWith('FILES_'))).toBe(true);

    const multi = data(
      await client.callTool({
        name: 'COMPOSIO_MULTI_EXECUTE_TOOL',
        arguments: { tools: [{ tool_slug: 'HTTP_GET', arguments: { url: 'http://127.0.0.1:1/' } }] },
      }),
    );
    expect(str(obj(list(multi.results)[0]).error)).toContain('toolkit_disabled');
    const managed = await client.callTool({ name: 'COMPOSIO_MANAGE_CONNECTIONS', arguments: { toolkits: ['github'] } });
    expect(String(error(managed))).toContain('toolkit_disabled');
    const rest = await server.api('POST', `/tool_router/session/${id}/execute`, {
      tool_slug: 'HTTP_GET',
      arguments: { url: 'http://127.0.0.1:1/' },
    });
    expect(str(rest.body.error)).toContain('toolkit_disabled');
    const link = await server.api('POST', `/tool_router/session/${id}/link`, { toolkit: 'github' });
    expect(link.status).toBe(400);
    expect(await callsOf(id)).toEqual([]);
  });
});
