import { type ApiClient, paginateCursor, type Toolkit, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAuthConfig } from '../../src/store/auth-configs.js';
import { insertMcpServer } from '../../src/store/mcp-servers.js';
import { databaseKinds } from '../support/databases.js';
import { memoryEntry } from '../toolkits/mcp-upstream-support.js';
import { type CatalogTestApp, failure, sendRaw, startCatalogApp, weatherSpec } from './catalog-app.js';

const builtinSlugs = ['files', 'http', 'notes'];
const curatedSlugs = ['github', 'gmail', 'google-calendar', 'linear', 'notion', 'slack'];

describe.each(databaseKinds)('on %s', (kind) => {
  let t: CatalogTestApp;
  beforeAll(async () => {
    t = await startCatalogApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const walk = (
    client: ApiClient,
    query: { search?: string; category?: string; kind?: 'builtin' | 'openapi' | 'catalog' },
    limit = 2,
  ) =>
    paginateCursor<Toolkit>(
      async ({ cursor, limit: size }) =>
        unwrap(client.GET('/toolkits', { params: { query: { ...query, cursor, limit: size } } })),
      { limit },
    ).toArray();

  const openapiToolkit = (slug: string, extra: Record<string, unknown> = {}) => ({
    slug,
    name: `Weather ${slug}`,
    description: 'Forecasts and alerts.',
    categories: ['weather'],
    openapi: { spec: weatherSpec() },
    ...extra,
  });

  describe('the toolkit catalog', () => {
    it('lists the built-in and curated toolkits with their tool counts, ordered by slug', async () => {
      const page = await unwrap(t.a.client.GET('/toolkits'));
      expect(page.items.map((k) => k.slug)).toEqual([...builtinSlugs, ...curatedSlugs].sort());
      expect(page).toMatchObject({ next_cursor: null, total_items: 9, total_pages: 1, current_page: 1 });
      const github = page.items.find((k) => k.slug === 'github');
      expect(github).toMatchObject({ kind: 'catalog', is_custom: false, no_auth: false });
      expect(github?.auth_schemes).toContain('OAUTH2');
      expect(github?.auth_config_details.map((scheme) => scheme.mode)).toEqual(github?.auth_schemes);
      const notes = page.items.find((k) => k.slug === 'notes');
      expect(notes).toMatchObject({ kind: 'builtin', is_custom: false, no_auth: true, name: 'Notes' });
      expect(notes?.tools_count).toBeGreaterThanOrEqual(3);
      expect(notes?.logo).toMatch(/\/static\/toolkits\/notes\.svg$/);
    });

    it('creates a custom toolkit and answers its detail with the source', async () => {
      const created = await unwrap(t.a.client.POST('/toolkits', { body: openapiToolkit('weather') }));
      expect(created).toMatchObject({
        slug: 'weather',
        name: 'Weather weather',
        kind: 'openapi',
        is_custom: true,
        no_auth: true,
        tools_count: 2,
        categories: ['weather'],
        logo: null,
        source: { openapi: { spec: weatherSpec() }, timeout_ms: 30_000 },
      });
      const read = await unwrap(t.a.client.GET('/toolkits/{slug}', { params: { path: { slug: 'WEATHER' } } }));
      expect(read).toEqual(created);
    });

    it('answers 404 for an unknown toolkit and for another project’s toolkit', async () => {
      const unknown = await failure(unwrap(t.a.client.GET('/toolkits/{slug}', { params: { path: { slug: 'nope' } } })));
      expect(unknown.status).toBe(404);
      expect(unknown.suggestedFix).toBeTruthy();
      const other = await failure(
        unwrap(t.b.client.GET('/toolkits/{slug}', { params: { path: { slug: 'weather' } } })),
      );
      expect(other.status).toBe(404);
      const patched = await failure(
        unwrap(t.b.client.PATCH('/toolkits/{slug}', { params: { path: { slug: 'weather' } }, body: { name: 'Mine' } })),
      );
      expect(patched.status).toBe(404);
      const deleted = await failure(
        unwrap(t.b.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'weather' } } })),
      );
      expect(deleted.status).toBe(404);
      const listed = await unwrap(t.b.client.GET('/toolkits'));
      expect(listed.items.map((k) => k.slug)).not.toContain('weather');
    });

    it('refuses a slug that is built in or taken (409)', async () => {
      const builtin = await failure(unwrap(t.a.client.POST('/toolkits', { body: openapiToolkit('notes') })));
      expect(builtin.status).toBe(409);
      const taken = await failure(unwrap(t.a.client.POST('/toolkits', { body: openapiToolkit('weather') })));
      expect(taken.status).toBe(409);
      expect(taken.message).toContain('weather');
      // Another project may use the same slug.
      const elsewhere = await unwrap(t.b.client.POST('/toolkits', { body: openapiToolkit('weather') }));
      expect(elsewhere.slug).toBe('weather');
      await unwrap(t.b.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'weather' } } }));
    });

    it('refuses a slug whose tool prefix another toolkit already has (409), which would make clashing tool slugs', async () => {
      for (const slug of ['notes_', 'notes-', 'weather_', 'google_calendar']) {
        const clash = await failure(unwrap(t.a.client.POST('/toolkits', { body: openapiToolkit(slug) })));
        expect({ slug, status: clash.status, code: clash.slug }).toEqual({
          slug,
          status: 409,
          code: 'tool_prefix_taken',
        });
      }
      const listed = await unwrap(t.a.client.GET('/toolkits', { params: { query: { limit: 100 } } }));
      expect(listed.items.map((toolkit) => toolkit.slug)).not.toContain('notes_');
    });

    it('names the bad fields of an invalid body', async () => {
      const badSlug = await failure(
        unwrap(t.a.client.POST('/toolkits', { body: { ...openapiToolkit('Bad Slug!'), logo: 'not a url' } })),
      );
      expect(badSlug.status).toBe(400);
      expect(badSlug.slug).toBe('validation_error');
      expect(badSlug.errors.join('\n')).toMatch(/slug/);
      const badSource = await sendRaw(t.url, t.a.key, 'POST', '/toolkits', { slug: 'x1', name: 'X', mcp: {} });
      expect(badSource.status).toBe(400);
      expect(badSource.errors.join('\n')).toContain('mcp.transport');
      const noSource = await sendRaw(t.url, t.a.key, 'POST', '/toolkits', { slug: 'x1', name: 'X' });
      expect(noSource.status).toBe(400);
      expect(noSource.errors.join('\n')).toMatch(/mcp.*openapi/);
      const both = await sendRaw(t.url, t.a.key, 'POST', '/toolkits', {
        slug: 'x1',
        name: 'X',
        mcp: { transport: 'stdio', command: 'true' },
        openapi: { spec: weatherSpec() },
      });
      expect(both.status).toBe(400);
      expect(both.errors).toContain('openapi: unknown field');
      const notJson = await sendRaw(t.url, t.a.key, 'POST', '/toolkits', ['a list']);
      expect(notJson.status).toBe(400);
      const patch = await failure(
        unwrap(
          t.a.client.PATCH('/toolkits/{slug}', {
            params: { path: { slug: 'weather' } },
            body: { timeout_ms: 5 },
          }),
        ),
      );
      expect(patch.status).toBe(400);
      expect(patch.errors.join('\n')).toContain('timeout_ms');
    });

    it('changes only the given fields, and a new source replaces the old one', async () => {
      const before = await unwrap(t.a.client.GET('/toolkits/{slug}', { params: { path: { slug: 'weather' } } }));
      const renamed = await unwrap(
        t.a.client.PATCH('/toolkits/{slug}', {
          params: { path: { slug: 'weather' } },
          body: { name: 'Forecasts', logo: 'https://example.com/w.svg' },
        }),
      );
      expect(renamed).toMatchObject({
        name: 'Forecasts',
        logo: 'https://example.com/w.svg',
        description: before.description,
        categories: before.categories,
        source: before.source,
        tools_count: 2,
      });
      // A source that cannot be loaded is refused, and nothing changes.
      const unreachable = await failure(
        unwrap(
          t.a.client.PATCH('/toolkits/{slug}', {
            params: { path: { slug: 'weather' } },
            body: { mcp: { transport: 'streamable_http', url: 'http://127.0.0.1:9/mcp' }, name: 'Broken' },
          }),
        ),
      );
      expect(unreachable.status).toBe(422);
      expect(unreachable.message).toContain('could not be loaded');
      expect(await unwrap(t.a.client.GET('/toolkits/{slug}', { params: { path: { slug: 'weather' } } }))).toMatchObject(
        {
          name: 'Forecasts',
          kind: 'openapi',
          source: before.source,
        },
      );

      // A real MCP server (stdio) replaces the document: the kind and the tools follow the new source.
      const memory = { transport: 'stdio' as const, command: process.execPath, args: [memoryEntry] };
      const moved = await unwrap(
        t.a.client.PATCH('/toolkits/{slug}', {
          params: { path: { slug: 'weather' } },
          body: { mcp: memory, timeout_ms: 20_000 },
        }),
      );
      expect(moved).toMatchObject({ kind: 'mcp_stdio', name: 'Forecasts', no_auth: true });
      expect(moved.tools_count).toBeGreaterThan(2);
      expect(moved.source).toEqual({ mcp: { ...memory, env: {}, per_user_env: [] }, timeout_ms: 20_000 });
      const tools = await unwrap(t.a.client.GET('/tools', { params: { query: { toolkit_slug: 'weather' } } }));
      expect(tools.items.every((tool) => tool.slug.startsWith('WEATHER_'))).toBe(true);
      expect(tools.total_items).toBe(moved.tools_count);
      const unchanged = await unwrap(
        t.a.client.PATCH('/toolkits/{slug}', { params: { path: { slug: 'weather' } }, body: {} }),
      );
      expect(unchanged.updated_at).toBe(moved.updated_at);
      // Back to the document, for the tests below.
      const back = await unwrap(
        t.a.client.PATCH('/toolkits/{slug}', {
          params: { path: { slug: 'weather' } },
          body: { openapi: { spec: weatherSpec() }, timeout_ms: 30_000 },
        }),
      );
      expect(back).toMatchObject({ kind: 'openapi', tools_count: 2 });
    });

    it('refuses to change or delete a built-in toolkit (403), and 404s an unknown one', async () => {
      const patch = await failure(
        unwrap(t.a.client.PATCH('/toolkits/{slug}', { params: { path: { slug: 'notes' } }, body: { name: 'Mine' } })),
      );
      expect(patch.status).toBe(403);
      expect(patch.message).toContain('built-in toolkits cannot be changed');
      const del = await failure(unwrap(t.a.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'http' } } })));
      expect(del.status).toBe(403);
      const missing = await failure(
        unwrap(t.a.client.PATCH('/toolkits/{slug}', { params: { path: { slug: 'ghost' } }, body: { name: 'G' } })),
      );
      expect(missing.status).toBe(404);
      const gone = await failure(
        unwrap(t.a.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'ghost' } } })),
      );
      expect(gone.status).toBe(404);
    });

    it('searches, filters by category and kind, and pages with a cursor', async () => {
      for (const slug of ['rain', 'snow', 'sun-x']) {
        await unwrap(
          t.a.client.POST('/toolkits', { body: openapiToolkit(slug, { description: `All about ${slug}.` }) }),
        );
      }
      const all = await walk(t.a.client, {});
      const expected = [...builtinSlugs, ...curatedSlugs, 'rain', 'snow', 'sun-x', 'weather'].sort();
      expect(all.map((k) => k.slug)).toEqual(expected);

      const first = await unwrap(t.a.client.GET('/toolkits', { params: { query: { limit: 3 } } }));
      expect(first).toMatchObject({ total_items: 13, total_pages: 5, current_page: 1 });
      const second = await unwrap(
        t.a.client.GET('/toolkits', { params: { query: { limit: 3, cursor: first.next_cursor ?? undefined } } }),
      );
      expect(second.current_page).toBe(2);
      expect(second.items.map((k) => k.slug)).toEqual(expected.slice(3, 6));

      expect((await walk(t.a.client, { search: 'SNOW' })).map((k) => k.slug)).toEqual(['snow']);
      expect((await walk(t.a.client, { search: 'key-value' })).map((k) => k.slug)).toEqual(['notes']);
      expect((await walk(t.a.client, { category: 'Weather' })).map((k) => k.slug)).toEqual([
        'rain',
        'snow',
        'sun-x',
        'weather',
      ]);
      expect((await walk(t.a.client, { kind: 'builtin' })).map((k) => k.slug)).toEqual(builtinSlugs);
      expect((await walk(t.a.client, { kind: 'catalog' })).map((k) => k.slug)).toEqual(curatedSlugs);
      expect(await walk(t.a.client, { kind: 'openapi', search: 'nothing matches this' })).toEqual([]);
    });

    it('refuses a cursor it did not issue', async () => {
      const bad = await failure(unwrap(t.a.client.GET('/toolkits', { params: { query: { cursor: 'bm9wZQ' } } })));
      expect(bad.status).toBe(400);
      expect(bad.errors).toEqual(['cursor: not a cursor this server issued']);
    });

    it('refuses to delete a toolkit that an MCP server uses (409 naming it), then deletes it once unused', async () => {
      const server = await insertMcpServer(t.db, {
        projectId: t.a.id,
        name: 'Forecast bot',
        toolkits: ['rain'],
        authConfigIds: [],
        allowedTools: [],
        managedAuth: false,
      });
      const inUse = await failure(
        unwrap(t.a.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'rain' } } })),
      );
      expect(inUse.status).toBe(409);
      expect(inUse.message).toContain('Forecast bot');
      expect(inUse.message).toContain(server.id);
      await t.db.query('UPDATE mcp_servers SET deleted_at = now() WHERE id = $1', [server.id]);

      const config = await insertAuthConfig(t.db, { projectId: t.a.id, toolkitSlug: 'rain', authScheme: 'API_KEY' });
      const configured = await failure(
        unwrap(t.a.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'rain' } } })),
      );
      expect(configured.status).toBe(409);
      expect(configured.message).toContain(config.id);
      expect(configured.message).not.toContain('Forecast bot');
      await t.db.query('DELETE FROM auth_configs WHERE id = $1', [config.id]);

      const deleted = await unwrap(t.a.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'rain' } } }));
      expect(deleted).toEqual({ id: 'rain', deleted: true });
      const after = await failure(unwrap(t.a.client.GET('/toolkits/{slug}', { params: { path: { slug: 'rain' } } })));
      expect(after.status).toBe(404);
    });

    it('asks for an API key', async () => {
      const anonymous = await failure(unwrap(t.clientWith(undefined).GET('/toolkits')));
      expect(anonymous.status).toBe(401);
    });
  });
});
