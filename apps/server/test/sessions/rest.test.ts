import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, list, obj, startAccountsServer, str } from '../accounts/harness.js';
import { databaseKinds } from '../support/databases.js';

/** A session's REST life: create, echo, patch with archived versions, tools, toolkits, search, delete. */
describe.each(databaseKinds)('tool sessions over REST (%s)', (kind) => {
  let server: AccountsServer;
  beforeAll(async () => {
    server = await startAccountsServer(kind);
  }, 60_000);
  afterAll(async () => server?.stop());

  const v31 = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api/v3.1${path}`, {
      method,
      headers: { 'x-api-key': server.apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: obj(await res.json()) };
  };

  it('creates, echoes in the hosted spelling, patches with history, and deletes', async () => {
    const made = await v31('POST', '/tool_router/session', {
      user_id: 'ada',
      toolkits: { enable: ['notes', 'github'] },
      tags: ['readOnlyHint'],
      manage_connections: { enable: true, callback_url: 'https://app.example.com/done' },
      workbench: { enable: true },
    });
    expect(made.status).toBe(201);
    const id = str(made.body.session_id);
    expect(id).toMatch(/^trs_/);
    expect(str(obj(made.body.mcp).url)).toBe(`${server.url}/tool_router/${id}/mcp`);
    expect(made.body.config).toEqual({
      user_id: 'ada',
      toolkits: { enabled: ['notes', 'github'] },
      tags: { enabled: ['readOnlyHint'] },
      manage_connections: { enabled: true, callback_url: 'https://app.example.com/done' },
      workbench: { enable: true },
      preload: { tools: [] },
      search: { enable: true },
      execute: { enable_multi_execute: true },
    });
    expect(list(made.body.warnings).map((w) => obj(w).field)).toContain('workbench');
    expect(made.body.tool_router_tools).toContain('COMPOSIO_SEARCH_TOOLS');

    // The v3 prefix serves the same session.
    const got = await server.api('GET', `/tool_router/session/${id}`);
    expect(got.body.config).toEqual(made.body.config);

    const patched = await v31('PATCH', `/tool_router/session/${id}`, {
      toolkits: { enable: ['notes'] },
      workbench: null,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.config_version).toBe(2);
    expect(obj(patched.body.config).toolkits).toEqual({ enabled: ['notes'] });
    expect(obj(patched.body.config).workbench).toBeUndefined();
    const history = await v31('GET', `/tool_router/session/${id}/config_history`);
    expect(list(history.body.items).map((i) => [obj(i).version, obj(i).is_current])).toEqual([
      [2, true],
      [1, false],
    ]);

    const tools = await v31('GET', `/tool_router/session/${id}/tools`);
    expect(list(tools.body.items).map((t) => obj(t).slug)).toContain('COMPOSIO_MULTI_EXECUTE_TOOL');
    const toolkits = await v31('GET', `/tool_router/session/${id}/toolkits`);
    expect(list(toolkits.body.items).map((t) => obj(t).slug)).toEqual(['notes']);

    const found = await v31('POST', `/tool_router/session/${id}/search`, {
      queries: [{ use_case: 'remember a note' }],
    });
    expect(found.status).toBe(200);
    const first = obj(list(found.body.results)[0]);
    expect(list(first.primary_tool_slugs).length).toBeGreaterThan(0);
    expect(list(first.primary_tool_slugs).every((s) => str(s).startsWith('NOTES_'))).toBe(true);

    expect((await v31('DELETE', `/tool_router/session/${id}`)).body).toEqual({ session_id: id, deleted: true });
    expect((await v31('DELETE', `/tool_router/session/${id}`)).status).toBe(404);
    expect((await v31('GET', `/tool_router/session/${id}`)).status).toBe(404);
  });
});
