import { type UpdateMcpServerRequest, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

describe.each(databaseKinds)('concurrent writes on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
  });
  afterAll(async () => {
    await t?.stop();
  });

  const patch = (id: string, body: UpdateMcpServerRequest) =>
    unwrap(t.client.PATCH('/mcp/{id}', { params: { path: { id } }, body }));

  it('20 name changes interleaved with 20 allowed_tools changes lose neither field', async () => {
    const server = await unwrap(
      t.client.POST('/mcp/servers/custom', { body: { name: 'Contended', toolkits: ['notes'] } }),
    );
    const names = Array.from({ length: 20 }, (_, i) => `Name ${i}`);
    const tools = Array.from({ length: 20 }, (_, i) => [`TOOL_${i}`]);
    const answers = await Promise.all(
      names.flatMap((name, i) => [patch(server.id, { name }), patch(server.id, { allowed_tools: tools[i] ?? [] })]),
    );
    const final = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: server.id } } }));
    expect(names).toContain(final.name);
    expect(tools).toContainEqual(final.allowed_tools);
    // The last write of each field is the one kept: the answer with the latest updated_at for that field wins.
    const latest = (pick: (a: (typeof answers)[number]) => boolean) =>
      answers.filter(pick).sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at))[0];
    expect(final.updated_at).toBe(latest(() => true)?.updated_at);
    expect(final.toolkits).toEqual(['notes']);
  });

  it('one write to each field at once: all four land, in every round', async () => {
    for (let round = 0; round < 8; round++) {
      const server = await unwrap(
        t.client.POST('/mcp/servers/custom', { body: { name: `Round ${round}`, toolkits: ['notes'] } }),
      );
      await Promise.all([
        patch(server.id, { name: `Renamed ${round}` }),
        patch(server.id, { allowed_tools: [`TOOL_${round}`] }),
        patch(server.id, { toolkits: ['files', 'http'] }),
        patch(server.id, { managed_auth_via_composio: true }),
      ]);
      const final = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: server.id } } }));
      expect(final).toMatchObject({
        name: `Renamed ${round}`,
        allowed_tools: [`TOOL_${round}`],
        toolkits: ['files', 'http'],
        managed_auth_via_composio: true,
      });
    }
  });

  it('instance counts stay right under concurrent creates, duplicates included', async () => {
    const server = await unwrap(
      t.client.POST('/mcp/servers/custom', { body: { name: 'Crowded', toolkits: ['notes'] } }),
    );
    const users = Array.from({ length: 30 }, (_, i) => `user-${i}`);
    const attempts = [...users, ...users.slice(0, 10)];
    const statuses = await Promise.all(
      attempts.map(async (user_id) => {
        const { response } = await t.client.POST('/mcp/servers/{server_id}/instances', {
          params: { path: { server_id: server.id } },
          body: { user_id },
        });
        return response.status;
      }),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    const got = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: server.id } } }));
    expect(got.server_instance_count).toBe(30);
    await Promise.all(
      users.slice(0, 12).map((user_id) =>
        unwrap(
          t.client.DELETE('/mcp/servers/{server_id}/instances/{user_id}', {
            params: { path: { server_id: server.id, user_id } },
          }),
        ),
      ),
    );
    const list = await unwrap(t.client.GET('/mcp/servers', { params: { query: { name: 'Crowded' } } }));
    expect(list.items[0]?.server_instance_count).toBe(18);
  });

  it('list totals (kept by triggers) stay exact under concurrent creates, patches and deletes', async () => {
    const p = await unwrap(t.client.POST('/projects', { body: { name: 'counted' } }));
    const c = t.clientWith(p.api_key.key);
    const kits = [['notes'], ['http', 'files'], ['files']];
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        unwrap(c.POST('/mcp/servers/custom', { body: { name: `Counted ${i}`, toolkits: kits[i % 3] ?? [] } })),
      ),
    );
    await Promise.all([
      ...created
        .slice(0, 10)
        .map((s) => unwrap(c.PATCH('/mcp/{id}', { params: { path: { id: s.id } }, body: { toolkits: ['http'] } }))),
      ...created.slice(10, 20).map((s) => unwrap(c.DELETE('/mcp/{id}', { params: { path: { id: s.id } } }))),
      ...created
        .slice(20, 30)
        .map((s) =>
          unwrap(
            c.PATCH('/mcp/{id}', { params: { path: { id: s.id } }, body: { name: `Renamed ${s.name.slice(8)}` } }),
          ),
        ),
    ]);
    const recount = await t.running.database.query<{ facet: string; n: number }>(
      `SELECT f.facet, count(*)::int AS n FROM mcp_servers s, mcp_server_facets(s.toolkits, s.auth_config_ids) AS f (facet)
       WHERE s.project_id = $1 AND s.deleted_at IS NULL GROUP BY 1 ORDER BY 1`,
      [p.project.id],
    );
    const kept = await t.running.database.query<{ facet: string; n: number }>(
      'SELECT facet, live AS n FROM mcp_server_counts WHERE project_id = $1 AND live <> 0 ORDER BY 1',
      [p.project.id],
    );
    expect(kept).toEqual(recount);
    expect(recount.find((r) => r.facet === '')?.n).toBe(20);
    for (const [toolkits, expected] of [
      [undefined, 20],
      ['http', 13],
      ['notes', 3],
      ['files', 7],
    ] as const) {
      const page = await unwrap(
        c.GET('/mcp/servers', { params: { query: { limit: 1, ...(toolkits ? { toolkits } : {}) } } }),
      );
      expect(page.total_pages).toBe(expected);
    }
  });
});
