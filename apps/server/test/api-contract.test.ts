import { PatchbayError, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

/** Rejects with the PatchbayError an API call answered. */
async function failure(pending: Promise<unknown>): Promise<PatchbayError> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof PatchbayError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe.each(databaseKinds)('API contract on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('creates a server from auth configs, deriving toolkits and merging custom_tools', async () => {
    const github = await t.addAuthConfig('GitHub');
    const server = await unwrap(
      t.client.POST('/mcp/servers', {
        body: {
          name: 'From configs',
          auth_config_ids: [github],
          no_auth_apps: ['NOTES'],
          allowed_tools: ['GITHUB_STAR'],
          custom_tools: ['NOTES_GET', 'GITHUB_STAR'],
        },
      }),
    );
    expect(server.toolkits).toEqual(['github', 'notes']);
    expect(server.auth_config_ids).toEqual([github]);
    expect(server.allowed_tools).toEqual(['GITHUB_STAR', 'NOTES_GET']);
    expect(server.mcp_url).toBe(`${t.url}/v3/mcp/${server.id}?user_id=default`);
    expect(server.commands.cursor).toContain(server.mcp_url);
    expect(server.toolkit_icons.notes).toBe(`${t.url}/static/toolkits/notes.svg`);
    expect(server.server_instance_count).toBe(0);
    expect(server.managed_auth_via_composio).toBe(false);
    const logo = await fetch(server.toolkit_icons.notes ?? '');
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('refuses auth config ids of another project or none (404 naming them)', async () => {
    const other = await unwrap(t.client.POST('/projects', { body: { name: 'other' } }));
    const foreign = await t.addAuthConfig('github', other.project.id);
    const error = await failure(
      unwrap(
        t.client.POST('/mcp/servers', { body: { name: 'Foreign ref', auth_config_ids: [foreign, 'ac_missing'] } }),
      ),
    );
    expect(error.status).toBe(404);
    expect(error.errors).toEqual([
      `auth_config_ids.0: auth config "${foreign}" not found in this project`,
      'auth_config_ids.1: auth config "ac_missing" not found in this project',
    ]);
  });

  it('creates a custom server and answers the short shape', async () => {
    const created = await unwrap(
      t.client.POST('/mcp/servers/custom', {
        body: { name: 'Custom one', toolkits: ['http'], custom_tools: ['HTTP_GET'] },
      }),
    );
    expect(Object.keys(created).sort()).toEqual([
      'allowed_tools',
      'auth_config_ids',
      'commands',
      'id',
      'mcp_url',
      'name',
    ]);
    expect(created.allowed_tools).toEqual(['HTTP_GET']);
    const detail = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: created.id } } }));
    expect(detail.deleted).toBe(false);
    expect(detail.toolkits).toEqual(['http']);
  });

  it('lists with filters, ordering and paging under both prefixes', async () => {
    const p = await unwrap(t.client.POST('/projects', { body: { name: 'listing' } }));
    const c = t.clientWith(p.api_key.key);
    const acA = await t.addAuthConfig('github', p.project.id);
    const acB = await t.addAuthConfig('slack', p.project.id);
    const names = ['Alpha one', 'Beta two', 'alpha three', 'Gamma four', 'Delta five'];
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const body =
        i % 2 === 0
          ? { name, auth_config_ids: [acA], no_auth_apps: ['notes'] }
          : { name, auth_config_ids: [acB], no_auth_apps: ['files'] };
      ids.push((await unwrap(c.POST('/mcp/servers', { body }))).id);
    }
    const all = await unwrap(
      c.GET('/mcp/servers', { params: { query: { order_by: 'created_at', order_direction: 'asc' } } }),
    );
    expect(all.items.map((s) => s.name)).toEqual(names);
    expect(all.total_pages).toBe(1);
    const desc = await unwrap(c.GET('/mcp/servers', { params: { query: { order_by: 'created_at' } } }));
    expect(desc.items.map((s) => s.name)).toEqual([...names].reverse());
    const byName = await unwrap(c.GET('/mcp/servers', { params: { query: { name: 'ALPHA' } } }));
    expect(byName.items.map((s) => s.name).sort()).toEqual(['Alpha one', 'alpha three']);
    const wildcard = await unwrap(c.GET('/mcp/servers', { params: { query: { name: '%' } } }));
    expect(wildcard.items).toHaveLength(0);
    const byToolkit = await unwrap(c.GET('/mcp/servers', { params: { query: { toolkits: 'files,nothing' } } }));
    expect(byToolkit.items.map((s) => s.name).sort()).toEqual(['Beta two', 'Gamma four']);
    const byConfig = await unwrap(c.GET('/mcp/servers', { params: { query: { auth_config_ids: acA } } }));
    expect(byConfig.items).toHaveLength(3);
    const page2 = await unwrap(
      c.GET('/mcp/servers', {
        params: { query: { limit: 2, page_no: 2, order_by: 'created_at', order_direction: 'asc' } },
      }),
    );
    expect(page2.items.map((s) => s.name)).toEqual(['alpha three', 'Gamma four']);
    expect(page2.total_pages).toBe(3);
    expect(page2.current_page).toBe(2);
    const capped = await unwrap(c.GET('/mcp/servers', { params: { query: { limit: 5000 } } }));
    expect(capped.items).toHaveLength(5);
    const v31 = await fetch(`${t.url}/api/v3.1/mcp/servers?name=gamma`, { headers: { 'x-api-key': p.api_key.key } });
    expect(((await v31.json()) as { items: unknown[] }).items).toHaveLength(1);
    // The touched server moves to the front of the default (updated_at desc) order.
    await unwrap(c.PATCH('/mcp/{id}', { params: { path: { id: ids[0] ?? '' } }, body: { allowed_tools: ['X'] } }));
    const recent = await unwrap(c.GET('/mcp/servers', { params: { query: { limit: 1 } } }));
    expect(recent.items[0]?.id).toBe(ids[0]);
    const app = await unwrap(c.GET('/mcp/app/{toolkit_slug}', { params: { path: { toolkit_slug: 'NOTES' } } }));
    expect(app.items.map((s) => s.name).sort()).toEqual(['Alpha one', 'Delta five', 'alpha three'].sort());
    const unknown = await failure(
      unwrap(c.GET('/mcp/app/{toolkit_slug}', { params: { path: { toolkit_slug: 'nope' } } })),
    );
    expect(unknown.status).toBe(404);
    // The first project sees none of these.
    const mine = await unwrap(t.client.GET('/mcp/servers', { params: { query: { name: 'alpha' } } }));
    expect(mine.items).toHaveLength(0);
  });

  it('patches only the given fields and bumps updated_at', async () => {
    const created = await unwrap(
      t.client.POST('/mcp/servers/custom', { body: { name: 'Patch me', toolkits: ['notes'] } }),
    );
    const before = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: created.id } } }));
    const after = await unwrap(
      t.client.PATCH('/mcp/{id}', {
        params: { path: { id: created.id } },
        body: { name: 'Patched', toolkits: ['FILES'] },
      }),
    );
    expect(after).toMatchObject({ name: 'Patched', toolkits: ['files'], allowed_tools: [], deleted: false });
    expect(Date.parse(after.updated_at)).toBeGreaterThanOrEqual(Date.parse(before.updated_at));
    expect(after.created_at).toBe(before.created_at);
    const managed = await unwrap(
      t.client.PATCH('/mcp/{id}', { params: { path: { id: created.id } }, body: { managed_auth_via_composio: true } }),
    );
    expect(managed).toMatchObject({ name: 'Patched', toolkits: ['files'], managed_auth_via_composio: true });
    const bad = await failure(
      unwrap(t.client.PATCH('/mcp/{id}', { params: { path: { id: created.id } }, body: { toolkits: ['notes', 'x'] } })),
    );
    expect(bad.status).toBe(400);
    expect(bad.errors).toEqual(['toolkits.1: unknown toolkit "x"']);
    expect(bad.suggestedFix).toBe('GET /api/v3/toolkits lists the toolkits');
  });

  it('soft-deletes: the server leaves lists and reads, and cannot be changed or generated', async () => {
    const created = await unwrap(
      t.client.POST('/mcp/servers/custom', { body: { name: 'Doomed', toolkits: ['notes'] } }),
    );
    const path = { params: { path: { id: created.id } } };
    expect(await unwrap(t.client.DELETE('/mcp/{id}', path))).toEqual({ id: created.id, deleted: true });
    expect((await failure(unwrap(t.client.GET('/mcp/{id}', path)))).status).toBe(404);
    expect((await failure(unwrap(t.client.PATCH('/mcp/{id}', { ...path, body: { name: 'Back again' } })))).status).toBe(
      404,
    );
    expect((await failure(unwrap(t.client.DELETE('/mcp/{id}', path)))).status).toBe(404);
    const list = await unwrap(t.client.GET('/mcp/servers', { params: { query: { name: 'doomed' } } }));
    expect(list.items).toHaveLength(0);
    const gen = await failure(unwrap(t.client.POST('/mcp/servers/generate', { body: { mcp_server_id: created.id } })));
    expect(gen.status).toBe(404);
    const rows = await t.running.database.query<{ deleted: boolean }>(
      'SELECT deleted_at IS NOT NULL AS deleted FROM mcp_servers WHERE id = $1',
      [created.id],
    );
    expect(rows).toEqual([{ deleted: true }]);
  });

  it('generates per-user and per-account URLs in order', async () => {
    const ac = await t.addAuthConfig('github');
    const account = await t.addAccount(ac, 'carol');
    const created = await unwrap(t.client.POST('/mcp/servers', { body: { name: 'Generator', auth_config_ids: [ac] } }));
    const urls = await unwrap(
      t.client.POST('/mcp/servers/generate', {
        body: { mcp_server_id: created.id, user_ids: ['bob', 'alice@example.com'], connected_account_ids: [account] },
      }),
    );
    const base = `${t.url}/v3/mcp/${created.id}`;
    expect(urls.mcp_url).toBe(base);
    expect(urls.user_ids_url).toEqual([`${base}?user_id=bob`, `${base}?user_id=alice%40example.com`]);
    expect(urls.connected_account_urls).toEqual([`${base}?connected_account_id=${account}`]);
    const managed = await unwrap(
      t.client.POST('/mcp/servers/generate', {
        body: { mcp_server_id: created.id, user_ids: ['bob'], managed_auth_by_composio: true },
      }),
    );
    expect(managed.user_ids_url).toEqual([`${base}?user_id=bob&include_composio_helper_actions=true`]);
    const missing = await failure(
      unwrap(
        t.client.POST('/mcp/servers/generate', {
          body: { mcp_server_id: created.id, connected_account_ids: ['ca_nope'] },
        }),
      ),
    );
    expect(missing.status).toBe(404);
  });

  it('manages instances: 403 without an active account, 201, 409, counts, list, delete with accounts', async () => {
    const ac = await t.addAuthConfig('github');
    const server = await unwrap(t.client.POST('/mcp/servers', { body: { name: 'Instanced', auth_config_ids: [ac] } }));
    const path = { params: { path: { server_id: server.id } } };
    await t.addAccount(ac, 'dave', 'EXPIRED');
    const denied = await failure(
      unwrap(t.client.POST('/mcp/servers/{server_id}/instances', { ...path, body: { user_id: 'dave' } })),
    );
    expect(denied.status).toBe(403);
    expect(denied.message).toContain(ac);
    await t.addAccount(ac, 'dave');
    await t.addAccount(ac, 'erin');
    const inst = await unwrap(
      t.client.POST('/mcp/servers/{server_id}/instances', { ...path, body: { user_id: 'dave' } }),
    );
    expect(inst).toMatchObject({ instance_id: 'dave', mcp_server_id: server.id });
    await unwrap(t.client.POST('/mcp/servers/{server_id}/instances', { ...path, body: { user_id: 'erin' } }));
    const again = await failure(
      unwrap(t.client.POST('/mcp/servers/{server_id}/instances', { ...path, body: { user_id: 'dave' } })),
    );
    expect(again.status).toBe(409);
    const got = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: server.id } } }));
    expect(got.server_instance_count).toBe(2);
    const list = await unwrap(
      t.client.GET('/mcp/servers/{server_id}/instances', {
        params: { path: { server_id: server.id }, query: { search: 'av', order_by: 'created_at' } },
      }),
    );
    expect(list).toMatchObject({ server_id: server.id, server_name: 'Instanced', total_pages: 1, current_page: 1 });
    expect(list.instances.map((i) => i.instance_id)).toEqual(['dave']);
    const removed = await unwrap(
      t.client.DELETE('/mcp/servers/{server_id}/instances/{user_id}', {
        params: { path: { server_id: server.id, user_id: 'dave' } },
      }),
    );
    expect(removed.deleted_connected_accounts).toBe(2);
    const left = await t.running.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM connected_accounts WHERE user_id = 'dave'",
    );
    expect(left[0]?.n).toBe(0);
    const after = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: server.id } } }));
    expect(after.server_instance_count).toBe(1);
    const gone = await failure(
      unwrap(
        t.client.DELETE('/mcp/servers/{server_id}/instances/{user_id}', {
          params: { path: { server_id: server.id, user_id: 'dave' } },
        }),
      ),
    );
    expect(gone.status).toBe(404);
  });

  it('creates, lists (cursor pages) and revokes API keys; projects need admin keys', async () => {
    const created = await unwrap(t.client.POST('/api_keys', { body: { name: 'ci' } }));
    expect(created.key).toMatch(/^pb_[0-9A-Za-z]{40}$/);
    expect(created.prefix).toBe(created.key.slice(0, 8));
    expect(created.is_admin).toBe(false);
    const stored = await t.running.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM api_keys WHERE prefix = $1 AND key_hash IS NOT NULL',
      [created.prefix],
    );
    expect(stored[0]?.n).toBe(1);
    await unwrap(t.client.POST('/api_keys', { body: { name: 'third' } }));
    const first = await unwrap(t.client.GET('/api_keys', { params: { query: { limit: 2 } } }));
    expect(first.items).toHaveLength(2);
    expect(first.total_items).toBe(3);
    expect(first.items.some((k) => 'key' in k)).toBe(false);
    // The admin key has been used by every call so far; the unused one has not.
    expect(first.items.find((k) => k.is_admin)?.last_used_at).not.toBeNull();
    expect(first.items.find((k) => k.id === created.id)?.last_used_at).toBeNull();
    const second = await unwrap(
      t.client.GET('/api_keys', { params: { query: { limit: 2, cursor: first.next_cursor ?? '' } } }),
    );
    expect(second.items).toHaveLength(1);
    expect(second.next_cursor).toBeNull();
    expect(second.current_page).toBe(2);

    const plain = t.clientWith(created.key);
    expect((await unwrap(plain.GET('/projects/current'))).id).toBe(t.projectId);
    const forbidden = await failure(unwrap(plain.POST('/projects', { body: { name: 'nope' } })));
    expect(forbidden.status).toBe(403);
    const self = await failure(unwrap(plain.DELETE('/api_keys/{id}', { params: { path: { id: created.id } } })));
    expect(self.status).toBe(409);
    expect(await unwrap(t.client.DELETE('/api_keys/{id}', { params: { path: { id: created.id } } }))).toEqual({
      id: created.id,
      deleted: true,
    });
    const revoked = await failure(unwrap(plain.GET('/projects/current')));
    expect(revoked.status).toBe(401);

    const project = await unwrap(t.client.POST('/projects', { body: { name: 'second' } }));
    expect(project.api_key.is_admin).toBe(true);
    const theirs = t.clientWith(project.api_key.key);
    expect((await unwrap(theirs.GET('/projects/current'))).name).toBe('second');
    const cross = await failure(
      unwrap(theirs.DELETE('/api_keys/{id}', { params: { path: { id: first.items[0]?.id ?? '' } } })),
    );
    expect(cross.status).toBe(404);
  });

  it('serves the OpenAPI document with its servers rewritten, the docs page, healthz and readyz', async () => {
    const doc = (await (await fetch(`${t.url}/api/v3/openapi.json`)).json()) as { servers: { url: string }[] };
    expect(doc.servers[0]?.url).toBe(`${t.url}/api/v3`);
    const docs = await (await fetch(`${t.url}/docs`)).text();
    expect(docs).toContain('/mcp/servers/{server_id}/instances');
    expect(docs).not.toMatch(/<script|https?:\/\/cdn/);
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });
});
