import {
  type ApiClient,
  type ExecuteToolRequest,
  type ListToolCallsParams,
  paginateCursor,
  type ToolCall,
  unwrap,
} from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { type CatalogTestApp, failure, sendRaw, startCatalogApp, weatherSpec } from './catalog-app.js';

describe.each(databaseKinds)('on %s', (kind) => {
  let t: CatalogTestApp;
  beforeAll(async () => {
    t = await startCatalogApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const execute = (client: ApiClient, slug: string, body: ExecuteToolRequest) =>
    unwrap(client.POST('/tools/execute/{tool_slug}', { params: { path: { tool_slug: slug } }, body }));

  type LogQuery = Omit<ListToolCallsParams, 'cursor' | 'limit'>;

  const walkLog = (client: ApiClient, query: LogQuery = {}, limit = 2) =>
    paginateCursor<ToolCall>(
      async ({ cursor, limit: size }) =>
        unwrap(client.GET('/tool_calls', { params: { query: { ...query, cursor, limit: size } } })),
      { limit },
    ).toArray();

  const ids = (calls: ToolCall[]) => calls.map((call) => call.id);

  describe('executing tools', () => {
    it('saves a note and reads it back as the same user', async () => {
      const saved = await execute(t.a.client, 'NOTES_SET', {
        user_id: 'alice',
        arguments: { key: 'k', value: 'héllo' },
      });
      expect(saved).toMatchObject({ successful: true, error: null, data: { key: 'k', created: true } });
      expect(saved.log_id).toMatch(/^log_/);
      const read = await execute(t.a.client, 'notes_get', { user_id: 'alice', arguments: { key: 'k' } });
      expect(read).toMatchObject({ successful: true, error: null, data: { key: 'k', value: 'héllo' } });
    });

    it('answers a failing tool with 200, successful: false and the error', async () => {
      // The default user has no note "k": notes belong to one user.
      const missing = await execute(t.a.client, 'NOTES_GET', { arguments: { key: 'k' } });
      expect(missing).toMatchObject({ successful: false, data: {} });
      expect(missing.error).toContain('No note has the key "k"');
      const invalid = await execute(t.a.client, 'NOTES_SET', { user_id: 'alice', arguments: { key: 'k' } });
      expect(invalid.successful).toBe(false);
      expect(invalid.error).toContain('Invalid arguments');
      // Another project does not see project A's notes either.
      const elsewhere = await execute(t.b.client, 'NOTES_GET', { user_id: 'alice', arguments: { key: 'k' } });
      expect(elsewhere.successful).toBe(false);
    });

    it('answers 404 for a tool no toolkit of the project has', async () => {
      for (const slug of ['NOTES_EXPLODE', 'NOSUCHKIT_RUN']) {
        const missing = await failure(execute(t.a.client, slug, { arguments: {} }));
        expect(missing.status).toBe(404);
        expect(missing.message).toContain(slug);
      }
    });

    it('names the toolkit when it needs a connected account the user lacks', async () => {
      await unwrap(
        t.a.client.POST('/toolkits', {
          body: { slug: 'paid', name: 'Paid Weather', openapi: { spec: weatherSpec(), auth: { scheme: 'API_KEY' } } },
        }),
      );
      const answer = await execute(t.a.client, 'PAID_GET_FORECAST', { user_id: 'bob', arguments: { city: 'Oslo' } });
      expect(answer.successful).toBe(false);
      expect(answer.error).toContain('Paid Weather');
      expect(answer.error).toContain('bob');
      // Project B has no such toolkit at all.
      const other = await failure(execute(t.b.client, 'PAID_GET_FORECAST', { arguments: { city: 'Oslo' } }));
      expect(other.status).toBe(404);
    });

    it('validates the body and names the field', async () => {
      const bad = await sendRaw(t.url, t.a.key, 'POST', '/tools/execute/NOTES_GET', { arguments: [], extra: 1 });
      expect(bad.status).toBe(400);
      expect(bad.errors.join('\n')).toContain('arguments');
      expect(bad.errors).toContain('extra: unknown field');
    });
  });

  describe('the tool-call log', () => {
    it('lists every call newest first, the same whole as page by page', async () => {
      const whole = await unwrap(t.a.client.GET('/tool_calls', { params: { query: { limit: 100 } } }));
      // Calls so far in project A: set, get, get (default), set (invalid), paid forecast.
      expect(whole.total_items).toBe(5);
      expect(whole.items.map((c) => c.tool_slug).sort()).toEqual([
        'NOTES_GET',
        'NOTES_GET',
        'NOTES_SET',
        'NOTES_SET',
        'PAID_GET_FORECAST',
      ]);
      // Newest first; calls in the same millisecond are ordered by id, so the order is total and stable across pages.
      const key = (c: ToolCall) => `${c.started_at} ${c.id}`;
      expect(whole.items.map(key)).toEqual(whole.items.map(key).sort().reverse());
      expect(whole.items[0]?.tool_slug).toBe('PAID_GET_FORECAST');
      expect(ids(await walkLog(t.a.client))).toEqual(ids(whole.items));

      const first = await unwrap(t.a.client.GET('/tool_calls', { params: { query: { limit: 2 } } }));
      expect(first).toMatchObject({ total_items: 5, total_pages: 3, current_page: 1 });
      const second = await unwrap(
        t.a.client.GET('/tool_calls', { params: { query: { limit: 2, cursor: first.next_cursor ?? undefined } } }),
      );
      expect(second.current_page).toBe(2);
      expect(ids(second.items)).toEqual(ids(whole.items).slice(2, 4));

      const last = whole.items[4];
      expect(last).toMatchObject({
        server_id: null,
        user_id: 'alice',
        connected_account_id: null,
        tool_slug: 'NOTES_SET',
        toolkit_slug: 'notes',
        outcome: 'success',
        error: null,
        source: 'api',
      });
      expect(Number.isInteger(last?.duration_ms)).toBe(true);
    });

    it('reads one call by the log id that execute answered, and 404s others', async () => {
      const answer = await execute(t.a.client, 'NOTES_LIST', { user_id: 'carol', arguments: {} });
      const call = await unwrap(t.a.client.GET('/tool_calls/{id}', { params: { path: { id: answer.log_id } } }));
      expect(call).toMatchObject({ id: answer.log_id, tool_slug: 'NOTES_LIST', user_id: 'carol', outcome: 'success' });
      const missing = await failure(
        unwrap(t.a.client.GET('/tool_calls/{id}', { params: { path: { id: 'log_nope' } } })),
      );
      expect(missing.status).toBe(404);
      const elsewhere = await failure(
        unwrap(t.b.client.GET('/tool_calls/{id}', { params: { path: { id: answer.log_id } } })),
      );
      expect(elsewhere.status).toBe(404);
    });

    it('filters by user, tool, toolkit, outcome and time', async () => {
      const all = await walkLog(t.a.client, {}, 100);
      const expectFilter = async (query: LogQuery, keep: (call: ToolCall) => boolean) => {
        const expected = ids(all.filter(keep));
        expect(expected.length).toBeGreaterThan(0);
        expect(ids(await walkLog(t.a.client, query))).toEqual(expected);
      };
      await expectFilter({ user_id: 'alice' }, (c) => c.user_id === 'alice');
      await expectFilter({ tool_slug: 'notes_get' }, (c) => c.tool_slug === 'NOTES_GET');
      await expectFilter({ toolkit_slug: 'PAID' }, (c) => c.toolkit_slug === 'paid');
      await expectFilter({ outcome: 'error' }, (c) => c.outcome === 'error');
      await expectFilter(
        { outcome: 'success', user_id: 'alice' },
        (c) => c.outcome === 'success' && c.user_id === 'alice',
      );
      const middle = all[2]?.started_at ?? '';
      await expectFilter({ since: middle }, (c) => c.started_at >= middle);
      await expectFilter({ until: middle }, (c) => c.started_at < middle);
      expect(await walkLog(t.a.client, { server_id: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    });

    it('keeps each project’s log to itself', async () => {
      const mine = await walkLog(t.b.client, {}, 100);
      // B ran one call (NOTES_GET); its 404s for A's tools were never run, so never logged.
      expect(mine.map((c) => c.tool_slug)).toEqual(['NOTES_GET']);
      const theirs = new Set(ids(await walkLog(t.a.client, {}, 100)));
      expect(mine.some((c) => theirs.has(c.id))).toBe(false);
    });

    it('refuses a cursor it did not issue and a bad filter, naming them', async () => {
      const cursor = await sendRaw(t.url, t.a.key, 'GET', '/tool_calls?cursor=bm9wZQ', undefined);
      expect(cursor.status).toBe(400);
      expect(cursor.errors).toEqual(['cursor: not a cursor this server issued']);
      // A catalog cursor is not a log cursor.
      const page = await unwrap(t.a.client.GET('/tools', { params: { query: { limit: 1 } } }));
      const foreign = await sendRaw(t.url, t.a.key, 'GET', `/tool_calls?cursor=${page.next_cursor ?? ''}`, undefined);
      expect(foreign.status).toBe(400);
      const since = await sendRaw(t.url, t.a.key, 'GET', '/tool_calls?since=yesterday', undefined);
      expect(since.status).toBe(400);
      expect(since.errors.join('\n')).toContain('since');
      const outcome = await sendRaw(t.url, t.a.key, 'GET', '/tool_calls?outcome=maybe', undefined);
      expect(outcome.errors.join('\n')).toContain('outcome');
    });
  });
});
