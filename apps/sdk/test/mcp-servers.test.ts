import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patchbay } from '../src/index.js';
import { recordingFetch } from './support/recorder.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let patchbay: Patchbay;

beforeAll(async () => {
  server = await startTestServer();
  patchbay = server.sdk();
});
afterAll(() => server?.stop());

describe('mcp.create', () => {
  it('creates from plain toolkit slugs (POST /mcp/servers/custom) and answers the hosted shape', async () => {
    const created = await patchbay.mcp.create('Plain notes', { toolkits: ['notes'], allowedTools: ['NOTES_GET'] });
    expect(created).toMatchObject({ name: 'Plain notes', allowedTools: ['NOTES_GET'], authConfigIds: [] });
    expect(created.mcpUrl).toContain(`/v3/mcp/${created.id}`);
    expect(created.commands.cursor).toContain(created.id);
    const stored = await patchbay.mcp.get(created.id);
    expect(stored).toMatchObject({
      toolkits: ['notes'],
      managedAuthViaComposio: true,
      manuallyManageConnections: false,
      deleted: false,
      serverInstanceCount: 0,
    });
  });

  it('keeps both halves of a {toolkit, authConfigId} entry (hosted bug: the id was lost)', async () => {
    const ac = await server.addAuthConfig('http');
    const { fetch, requests } = recordingFetch();
    const sdk = server.sdk({ fetch });
    const created = await sdk.mcp.create('With auth', {
      toolkits: [{ toolkit: 'http', authConfigId: ac }, 'notes'],
      manuallyManageConnections: true,
    });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v3/mcp/servers',
      body: { name: 'With auth', auth_config_ids: [ac], no_auth_apps: ['notes'], managed_auth_via_composio: false },
    });
    expect(created.authConfigIds).toEqual([ac]);
    const stored = await sdk.mcp.get(created.id);
    expect(stored.authConfigIds).toEqual([ac]);
    expect([...stored.toolkits].sort()).toEqual(['http', 'notes']);
    expect(stored.manuallyManageConnections).toBe(true);
  });

  it('binds generate(userId) to the new server', async () => {
    const created = await patchbay.mcp.create('Bound gen', { toolkits: ['notes'] });
    const instance = await created.generate('alice');
    expect(instance).toMatchObject({ id: created.id, name: 'Bound gen', type: 'streamable_http', userId: 'alice' });
    expect(instance.url).toContain('user_id=alice');
  });
});

describe('mcp.update', () => {
  it('inverts manuallyManageConnections (hosted bug: sent as is)', async () => {
    const created = await patchbay.mcp.create('Invert me', { toolkits: ['notes'] });
    expect((await patchbay.mcp.get(created.id)).managedAuthViaComposio).toBe(true);
    const updated = await patchbay.mcp.update(created.id, { manuallyManageConnections: true });
    expect(updated.managedAuthViaComposio).toBe(false);
    expect((await patchbay.mcp.get(created.id)).managedAuthViaComposio).toBe(false);
    const back = await patchbay.mcp.update(created.id, { manuallyManageConnections: false });
    expect(back.managedAuthViaComposio).toBe(true);
  });

  it('sends tools as allowed_tools, and only the fields given (hosted bug: a field the endpoint ignores)', async () => {
    const created = await patchbay.mcp.create('Tools only', { toolkits: ['notes'], manuallyManageConnections: true });
    const { fetch, requests } = recordingFetch();
    const sdk = server.sdk({ fetch });
    const updated = await sdk.mcp.update(created.id, { allowedTools: ['NOTES_SET', 'NOTES_GET'] });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'PATCH', path: `/api/v3/mcp/${created.id}` });
    expect(requests[0]?.body).toEqual({ allowed_tools: ['NOTES_SET', 'NOTES_GET'] });
    expect(updated).toMatchObject({
      name: 'Tools only',
      allowedTools: ['NOTES_SET', 'NOTES_GET'],
      toolkits: ['notes'],
      manuallyManageConnections: true,
    });
  });

  it('renames and replaces toolkits, with auth configs when entries carry them', async () => {
    const ac = await server.addAuthConfig('http');
    const created = await patchbay.mcp.create('Before rename', { toolkits: ['notes'] });
    const updated = await patchbay.mcp.update(created.id, {
      name: 'After rename',
      toolkits: ['files', { toolkit: 'http', authConfigId: ac }],
    });
    expect(updated).toMatchObject({ name: 'After rename', authConfigIds: [ac] });
    expect([...updated.toolkits].sort()).toEqual(['files', 'http']);
  });
});

describe('mcp.get / list / delete', () => {
  it('lists with filters and answers camelCase pages', async () => {
    const ac = await server.addAuthConfig('http');
    const a = await patchbay.mcp.create('Filter alpha', { toolkits: ['files'] });
    const b = await patchbay.mcp.create('Filter beta', { toolkits: [{ authConfigId: ac }] });
    const byName = await patchbay.mcp.list({ name: 'filter ALPHA' });
    expect(byName).toMatchObject({ currentPage: 1, totalPages: 1 });
    expect(byName.items.map((s) => s.id)).toEqual([a.id]);
    const byToolkit = await patchbay.mcp.list({ toolkits: ['files'], name: 'Filter' });
    expect(byToolkit.items.map((s) => s.id)).toEqual([a.id]);
    const byConfig = await patchbay.mcp.list({ authConfigs: [ac] });
    expect(byConfig.items.map((s) => s.id)).toEqual([b.id]);
    const ordered = await patchbay.mcp.list({ name: 'Filter', orderBy: 'createdAt', orderDirection: 'asc' });
    expect(ordered.items.map((s) => s.name)).toEqual(['Filter alpha', 'Filter beta']);
    const item = ordered.items[0];
    expect(item && Object.keys(item).sort()).toEqual(
      [
        'allowedPrompts',
        'allowedResources',
        'allowedTools',
        'authConfigIds',
        'commands',
        'createdAt',
        'id',
        'managedAuthViaComposio',
        'manuallyManageConnections',
        'mcpUrl',
        'name',
        'serverInstanceCount',
        'toolkitIcons',
        'toolkits',
        'updatedAt',
      ].sort(),
    );
  });

  it('deletes: {id, deleted}, then the server is gone', async () => {
    const created = await patchbay.mcp.create('Delete me', { toolkits: ['notes'] });
    expect(await patchbay.mcp.delete(created.id)).toEqual({ id: created.id, deleted: true });
    await expect(patchbay.mcp.get(created.id)).rejects.toMatchObject({ name: 'PatchbayError', status: 404 });
    expect((await patchbay.mcp.list({ name: 'Delete me' })).items).toEqual([]);
  });
});

describe('mcp.generate', () => {
  it('answers a scoped token by default, and the project key when scopedToken is false', async () => {
    const created = await patchbay.mcp.create('Gen server', { toolkits: ['notes'], allowedTools: ['NOTES_GET'] });
    const scoped = await patchbay.mcp.generate('bob', created.id);
    expect(scoped).toMatchObject({
      id: created.id,
      name: 'Gen server',
      type: 'streamable_http',
      userId: 'bob',
      allowedTools: ['NOTES_GET'],
      authConfigs: [],
    });
    expect(scoped.url).toBe(`${server.url}/v3/mcp/${created.id}?user_id=bob&include_composio_helper_actions=true`);
    expect(scoped.headers.Authorization).toMatch(/^Bearer pbt_/);
    expect(scoped.headers['x-api-key']).toBeUndefined();

    const keyed = await patchbay.mcp.generate('bob', created.id, {
      scopedToken: false,
      manuallyManageConnections: true,
    });
    expect(keyed.url).toBe(`${server.url}/v3/mcp/${created.id}?user_id=bob`);
    expect(keyed.headers).toEqual({ 'x-api-key': server.apiKey });
  });
});

describe('mcp.instances', () => {
  it('creates, lists, iterates and deletes user instances', async () => {
    const created = await patchbay.mcp.create('Instance srv', { toolkits: ['notes'] });
    const users = ['user-1', 'user-2', 'user-3', 'other-4', 'user-5'];
    for (const user of users) {
      const instance = await patchbay.mcp.instances.create(created.id, user);
      expect(instance).toMatchObject({ userId: user, serverId: created.id });
    }
    await expect(patchbay.mcp.instances.create(created.id, 'user-1')).rejects.toMatchObject({ status: 409 });
    const page = await patchbay.mcp.instances.list(created.id, {
      limit: 2,
      orderBy: 'createdAt',
      orderDirection: 'asc',
    });
    expect(page).toMatchObject({ serverId: created.id, serverName: 'Instance srv', currentPage: 1, totalPages: 3 });
    expect(page.items.map((i) => i.userId)).toEqual(['user-1', 'user-2']);
    const searched = await patchbay.mcp.instances.list(created.id, { search: 'user' });
    expect(searched.items).toHaveLength(4);
    const all = await patchbay.mcp.instances
      .iterate(created.id, { limit: 2, orderBy: 'createdAt', orderDirection: 'asc' })
      .toArray();
    expect(all.map((i) => i.userId)).toEqual(users);
    expect(await patchbay.mcp.instances.delete(created.id, 'other-4')).toEqual({
      message: expect.any(String),
      deletedConnectedAccounts: 0,
    });
    expect((await patchbay.mcp.get(created.id)).serverInstanceCount).toBe(4);
    await expect(patchbay.mcp.instances.delete(created.id, 'other-4')).rejects.toMatchObject({ status: 404 });
  });
});
