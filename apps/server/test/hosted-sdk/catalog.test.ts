import type { Composio } from '@composio/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, list, obj, startAccountsServer, str } from '../accounts/harness.js';
import { pingSpec, startRecorder } from '../accounts/recorder.js';
import { databaseKinds } from '../support/databases.js';
import { hostedSdk, sdkWarnings, thrown } from './harness.js';

const twoOperationSpec = {
  ...pingSpec,
  paths: {
    ...pingSpec.paths,
    '/pong': { get: { operationId: 'pong', responses: { '200': { description: 'ping' } } } },
  },
};

/** `toolkits.*` and `tools.*` of the hosted SDK, unchanged, against a real Patchbay on a real port. */
describe.each(databaseKinds)('hosted SDK: toolkits and tools (%s)', (kind) => {
  let server: AccountsServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let composio: Composio;
  const warnings = sdkWarnings();
  const validationWarnings = () => warnings.lines().filter((line) => line.includes('Transform validation failed'));

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    recorder = await startRecorder();
    composio = hostedSdk(server);
  }, 60_000);

  afterAll(async () => {
    warnings.restore();
    await recorder?.stop();
    await server?.stop();
  });

  it('toolkits.get() lists every toolkit in the hosted shape, meta included', async () => {
    const toolkits = await composio.toolkits.get();
    expect(validationWarnings()).toEqual([]);
    const notes = toolkits.find((t) => t.slug === 'notes');
    expect(notes).toMatchObject({
      name: 'Notes',
      isLocalToolkit: false,
      noAuth: true,
      authSchemes: [],
      meta: {
        categories: [{ slug: 'productivity', name: 'Productivity' }],
        toolsCount: (await server.api('GET', '/tools?toolkit_slug=notes')).body.total_items,
        triggersCount: 0,
        createdAt: expect.any(String),
        logo: `${server.url}/static/toolkits/notes.svg`,
      },
    });
    const github = toolkits.find((t) => t.slug === 'github');
    expect(github?.authSchemes).toEqual(['OAUTH2', 'BEARER_TOKEN']);
    expect(github?.composioManagedAuthSchemes).toEqual([]);
    expect(toolkits.find((t) => t.slug === 'linear')?.meta.categories?.[0]?.name).toEqual(expect.any(String));
  });

  it('toolkits.get(slug) reads one, by its slug or the hosted spelling, with its auth fields', async () => {
    const github = await composio.toolkits.get('github');
    expect(github.meta.toolsCount).toBeGreaterThan(0);
    expect(github.authConfigDetails?.map((d) => d.mode)).toEqual(['OAUTH2', 'BEARER_TOKEN']);
    const creation = await composio.toolkits.getAuthConfigCreationFields('github', 'OAUTH2');
    expect(creation.map((f) => [f.name, f.required, f.isSecret])).toEqual([
      ['client_id', true, false],
      ['client_secret', true, true],
    ]);
    const initiation = await composio.toolkits.getConnectedAccountInitiationFields('github', 'BEARER_TOKEN');
    expect(initiation.map((f) => f.name)).toEqual(['token']);

    const calendar = await composio.toolkits.get('googlecalendar');
    expect(calendar).toMatchObject({ slug: 'google-calendar', name: 'Google Calendar' });
    expect(calendar.meta.availableVersions).toHaveLength(1);
    const missing = await thrown(composio.toolkits.get('no-such-toolkit'));
    expect(missing.name).toBe('ComposioToolkitNotFoundError');
    expect(validationWarnings()).toEqual([]);
  });

  it('toolkits.listCategories() answers the categories, not a toolkit named "categories"', async () => {
    const categories = await composio.toolkits.listCategories();
    expect(categories.items).toContainEqual({ id: 'productivity', name: 'Productivity' });
    expect(categories.items).toContainEqual({ id: 'developer-tools', name: 'Developer tools' });
    expect(categories).toMatchObject({ nextCursor: null, totalPages: 1 });
    expect(validationWarnings()).toEqual([]);
  });

  it('tools.get(userId, {tools}) sends limit=9999 and gets the tools: the limit is lowered, not refused', async () => {
    const wrapped = await composio.tools.get('ada', { tools: ['NOTES_SET', 'NOTES_GET'] });
    expect(wrapped).toHaveLength(2);
    const raw = await composio.tools.getRawComposioTools({ tools: ['NOTES_SET', 'FILES_LIST'] });
    expect(raw.map((t) => t.slug).sort()).toEqual(['FILES_LIST', 'NOTES_SET']);
    const byToolkits = await composio.tools.getRawComposioTools({ toolkits: ['notes', 'files'] });
    expect(new Set(byToolkits.map((t) => t.toolkit?.slug))).toEqual(new Set(['notes', 'files']));
    const config = await composio.authConfigs.create('github', {
      type: 'use_custom_auth',
      authScheme: 'BEARER_TOKEN',
      credentials: {},
    });
    const byConfig = await composio.tools.getRawComposioTools({ authConfigIds: [config.id] });
    expect(byConfig.length).toBeGreaterThan(0);
    expect(new Set(byConfig.map((t) => t.toolkit?.slug))).toEqual(new Set(['github']));
    const clamped = await server.api('GET', '/tools?limit=9999');
    expect(clamped.status).toBe(200);
    expect(list(clamped.body.items).length).toBe(clamped.body.total_items);
  });

  it('tools.execute with the version the SDK just read runs; "latest" runs when the SDK allows it', async () => {
    const tool = await composio.tools.getRawComposioToolBySlug('NOTES_SET');
    const notes = await composio.toolkits.get('notes');
    expect(tool.version).toMatch(/^[0-9a-f]{12}$/);
    expect(tool.availableVersions).toEqual([tool.version]);
    expect(notes.meta.availableVersions).toEqual([tool.version]);
    const pinned = await composio.tools.execute('NOTES_SET', {
      userId: 'ada',
      version: tool.version,
      arguments: { key: 'k', value: 'pinned' },
    });
    expect(pinned).toMatchObject({ successful: true, error: null });
    const latest = await composio.tools.execute('NOTES_GET', {
      userId: 'ada',
      arguments: { key: 'k' },
      dangerouslySkipVersionCheck: true,
    });
    expect(latest).toMatchObject({ successful: true, data: expect.objectContaining({ value: 'pinned' }) });
    // Without a version the SDK itself refuses, before any request: unchanged hosted behaviour.
    const unpinned = await thrown(composio.tools.execute('NOTES_GET', { userId: 'ada', arguments: { key: 'k' } }));
    expect(unpinned.name).toBe('ComposioToolVersionRequiredError');
  });

  it("a toolkit's version changes with its tools; a version it no longer has is refused in the envelope", async () => {
    const made = await server.api('POST', '/toolkits', {
      slug: 'pinger',
      name: 'Pinger',
      openapi: { spec: pingSpec, base_url: recorder.url },
    });
    expect(made.status).toBe(201);
    const before = await composio.tools.getRawComposioToolBySlug('PINGER_PING');
    const again = await composio.tools.getRawComposioToolBySlug('PINGER_PING');
    expect(again.version).toBe(before.version);
    expect(made.body.version).toBe(before.version);

    const changed = await server.api('PATCH', '/toolkits/pinger', {
      openapi: { spec: twoOperationSpec, base_url: recorder.url },
    });
    expect(changed.status).toBe(200);
    const after = await composio.tools.getRawComposioToolBySlug('PINGER_PING');
    expect(after.version).not.toBe(before.version);
    expect(changed.body.version).toBe(after.version);

    const calls = recorder.seen.length;
    const stale = await thrown(
      composio.tools.execute('PINGER_PING', { userId: 'ada', version: before.version, arguments: {} }),
    );
    expect(stale.name).toBe('ComposioToolNotFoundError');
    expect(String(stale.cause)).toContain('version_not_found');
    const direct = await server.api('POST', '/tools/execute/PINGER_PING', {
      user_id: 'ada',
      version: str(before.version),
      arguments: {},
    });
    expect(direct.status).toBe(404);
    expect(obj(direct.body.error)).toMatchObject({ slug: 'version_not_found', status: 404 });
    expect(str(obj(direct.body.error).message)).toContain(str(after.version));
    expect(recorder.seen.length).toBe(calls);

    const current = await composio.tools.execute('PINGER_PING', {
      userId: 'ada',
      version: after.version,
      arguments: {},
    });
    expect(current.successful).toBe(true);
    expect(recorder.seen.length).toBe(calls + 1);
    // Pinned per toolkit the way the SDK's `toolkitVersions` sends it.
    const perToolkit = await server.api('GET', `/tools?toolkit_slug=pinger&toolkit_versions[pinger]=${before.version}`);
    expect(perToolkit.status).toBe(404);
    expect((await server.api('GET', `/tools?toolkit_slug=pinger&toolkit_versions=latest`)).status).toBe(200);
  });

  it('the hosted spelling of a slug is accepted wherever a slug is taken', async () => {
    const config = await composio.authConfigs.create('googlecalendar', {
      type: 'use_custom_auth',
      authScheme: 'OAUTH2',
      credentials: { client_id: 'calendar-client', client_secret: 'calendar-secret-123456' },
    });
    const listed = await composio.authConfigs.list({ toolkit: 'googlecalendar' });
    expect(listed.items.map((c) => [c.id, c.toolkit.slug])).toEqual([[config.id, 'google-calendar']]);
    const request = await composio.connectedAccounts.initiate('grace', config.id);
    expect(request.status).toBe('INITIATED');
    const accounts = await composio.connectedAccounts.list({ toolkitSlugs: ['googlecalendar'] });
    expect(accounts.items.map((a) => a.id)).toEqual([request.id]);

    const tool = await composio.tools.getRawComposioToolBySlug('GOOGLECALENDAR_LIST_EVENTS');
    expect(tool).toMatchObject({ slug: 'GOOGLE_CALENDAR_LIST_EVENTS', toolkit: { slug: 'google-calendar' } });
    const tools = await composio.tools.getRawComposioTools({ toolkits: ['googlecalendar'] });
    expect(tools.length).toBeGreaterThan(0);
    const named = await composio.tools.getRawComposioTools({ tools: ['GOOGLECALENDAR_LIST_EVENTS'] });
    expect(named.map((t) => t.slug)).toEqual(['GOOGLE_CALENDAR_LIST_EVENTS']);

    const server1 = await composio.mcp.create('Calendar bot', {
      toolkits: ['googlecalendar'],
      allowedTools: ['GOOGLECALENDAR_LIST_EVENTS'],
    });
    const read = await server.api('GET', `/mcp/${server1.id}`);
    expect(read.body).toMatchObject({ toolkits: ['google-calendar'], allowed_tools: ['GOOGLE_CALENDAR_LIST_EVENTS'] });
    const byApp = await server.api('GET', '/mcp/app/googlecalendar');
    expect(list(byApp.body.items).map((s) => obj(s).id)).toEqual([server1.id]);
    const taken = await server.api('POST', '/toolkits', {
      slug: 'googlecalendar',
      name: 'Mine',
      openapi: { spec: pingSpec, base_url: recorder.url },
    });
    expect(taken.status).toBe(409);
    const reserved = await server.api('POST', '/toolkits', {
      slug: 'categories',
      name: 'Mine',
      openapi: { spec: pingSpec, base_url: recorder.url },
    });
    expect(reserved.status).toBe(409);
  });
});
