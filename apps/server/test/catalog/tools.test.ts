import { type ApiClient, type ListToolsParams, paginateCursor, type Tool, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { type CatalogTestApp, failure, sendRaw, startCatalogApp, weatherSpec } from './catalog-app.js';

describe.each(databaseKinds)('on %s', (kind) => {
  let t: CatalogTestApp;
  beforeAll(async () => {
    t = await startCatalogApp(kind);
    await unwrap(
      t.a.client.POST('/toolkits', {
        body: { slug: 'weather', name: 'Weather', categories: ['weather'], openapi: { spec: weatherSpec() } },
      }),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  type Query = Omit<NonNullable<ListToolsParams>, 'cursor' | 'limit'>;

  const walk = (client: ApiClient, query: Query = {}, limit = 3) =>
    paginateCursor<Tool>(
      async ({ cursor, limit: size }) =>
        unwrap(client.GET('/tools', { params: { query: { ...query, cursor, limit: size } } })),
      { limit },
    ).toArray();

  const slugs = (tools: Tool[]) => tools.map((tool) => tool.slug);

  describe('the tool catalog', () => {
    it('lists every toolkit’s tools, the same whole as page by page', async () => {
      const whole = await unwrap(t.a.client.GET('/tools', { params: { query: { limit: 1000 } } }));
      expect(whole.next_cursor).toBeNull();
      expect(whole.total_pages).toBe(1);
      const paged = await walk(t.a.client);
      expect(slugs(paged)).toEqual(slugs(whole.items));
      expect(new Set(slugs(paged)).size).toBe(paged.length);
      expect(whole.total_items).toBe(paged.length);
      for (const prefix of ['FILES_', 'HTTP_', 'NOTES_', 'WEATHER_']) {
        expect(paged.some((tool) => tool.slug.startsWith(prefix))).toBe(true);
      }

      const first = await unwrap(t.a.client.GET('/tools', { params: { query: { limit: 3 } } }));
      expect(first).toMatchObject({ current_page: 1, total_pages: Math.ceil(paged.length / 3) });
      const second = await unwrap(
        t.a.client.GET('/tools', { params: { query: { limit: 3, cursor: first.next_cursor ?? undefined } } }),
      );
      expect(second.current_page).toBe(2);
    });

    it('answers one tool in the API shape, matched case-insensitively', async () => {
      const tool = await unwrap(t.a.client.GET('/tools/{tool_slug}', { params: { path: { tool_slug: 'notes_set' } } }));
      expect(tool).toMatchObject({
        slug: 'NOTES_SET',
        name: 'Save a note',
        toolkit: { slug: 'notes', name: 'Notes' },
        output_parameters: {},
        no_auth: true,
        annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
        tags: ['destructiveHint', 'idempotentHint', 'productivity'],
      });
      expect(tool.toolkit.logo).toMatch(/notes\.svg$/);
      expect(tool.input_parameters).toMatchObject({ type: 'object', required: ['key', 'value'] });

      const forecast = await unwrap(
        t.a.client.GET('/tools/{tool_slug}', { params: { path: { tool_slug: 'WEATHER_GET_FORECAST' } } }),
      );
      expect(forecast.toolkit).toEqual({ slug: 'weather', name: 'Weather' });
      expect(forecast.tags).toContain('weather');
    });

    it('answers 404 for an unknown tool, with a fix', async () => {
      for (const slug of ['NOTES_NOPE', 'NOSUCHKIT_RUN', 'notes']) {
        const missing = await failure(
          unwrap(t.a.client.GET('/tools/{tool_slug}', { params: { path: { tool_slug: slug } } })),
        );
        expect(missing.status).toBe(404);
        expect(missing.suggestedFix).toBeTruthy();
      }
    });

    it('filters by toolkit, search, slugs and tags', async () => {
      const notes = await walk(t.a.client, { toolkit_slug: 'NOTES' });
      expect(notes.length).toBeGreaterThanOrEqual(3);
      expect(notes.every((tool) => tool.toolkit.slug === 'notes')).toBe(true);

      const searched = await walk(t.a.client, { search: 'FORECAST' });
      expect(slugs(searched)).toEqual(['WEATHER_GET_FORECAST']);
      const byDescription = await walk(t.a.client, { search: 'weather alerts' });
      expect(slugs(byDescription)).toEqual(['WEATHER_LIST_ALERTS']);

      const chosen = await walk(t.a.client, { tool_slugs: 'notes_get, NOTES_SET,UNKNOWN_X' });
      expect(slugs(chosen).sort()).toEqual(['NOTES_GET', 'NOTES_SET']);

      const readOnly = await walk(t.a.client, { tags: 'readOnlyHint' });
      expect(readOnly.length).toBeGreaterThan(0);
      expect(readOnly.every((tool) => tool.annotations.readOnlyHint === true)).toBe(true);
      expect(slugs(readOnly)).toContain('NOTES_GET');
      expect(slugs(readOnly)).not.toContain('NOTES_SET');

      const weatherOrDestructive = await walk(t.a.client, { tags: 'weather,destructiveHint' });
      expect(slugs(weatherOrDestructive)).toEqual(expect.arrayContaining(['WEATHER_GET_FORECAST', 'NOTES_SET']));
      expect(
        weatherOrDestructive.every((tool) => tool.tags.includes('weather') || tool.tags.includes('destructiveHint')),
      ).toBe(true);

      expect(await walk(t.a.client, { toolkit_slug: 'notes', search: 'forecast' })).toEqual([]);
    });

    it('keeps one project’s custom tools from another', async () => {
      const other = await walk(t.b.client);
      expect(other.some((tool) => tool.toolkit.slug === 'weather')).toBe(false);
      expect(await walk(t.b.client, { toolkit_slug: 'weather' })).toEqual([]);
      const missing = await failure(
        unwrap(t.b.client.GET('/tools/{tool_slug}', { params: { path: { tool_slug: 'WEATHER_GET_FORECAST' } } })),
      );
      expect(missing.status).toBe(404);
    });

    it('names the bad query parameter', async () => {
      const limit = await sendRaw(t.url, t.a.key, 'GET', '/tools?limit=0', undefined);
      expect(limit.status).toBe(400);
      expect(limit.errors.join('\n')).toContain('limit');
      const badSlug = await sendRaw(t.url, t.a.key, 'GET', '/tools?tool_slugs=a%20b', undefined);
      expect(badSlug.status).toBe(400);
      expect(badSlug.errors.join('\n')).toContain('tool_slugs');
      const cursor = await sendRaw(t.url, t.a.key, 'GET', '/tools?cursor=xyz', undefined);
      expect(cursor.status).toBe(400);
      expect(cursor.errors).toEqual(['cursor: not a cursor this server issued']);
    });
  });
});
