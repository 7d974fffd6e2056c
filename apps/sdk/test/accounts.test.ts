import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patchbay } from '../src/index.js';
import { failure } from './support/failure.js';
import { recordingFetch } from './support/recorder.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let patchbay: Patchbay;

beforeAll(async () => {
  server = await startTestServer();
  patchbay = server.sdk();
});
afterAll(() => server?.stop());

describe('authConfigs', () => {
  it('creates, reads, lists, updates, disables and deletes', async () => {
    const created = await patchbay.authConfigs.create('github', {
      type: 'use_custom_auth',
      authScheme: 'OAUTH2',
      name: 'My GitHub app',
      credentials: { client_id: 'client-123', client_secret: 'secret-abcd' },
    });
    expect(created).toMatchObject({ authScheme: 'OAUTH2', isComposioManaged: false, toolkit: 'github' });
    const got = await patchbay.authConfigs.get(created.id);
    expect(got).toMatchObject({ id: created.id, name: 'My GitHub app', status: 'ENABLED', noOfConnections: 0 });
    expect(got.toolkit.slug).toBe('github');
    expect(JSON.stringify(got.credentials)).not.toContain('secret-abcd');

    const second = await patchbay.authConfigs.create('github', { type: 'use_custom_auth', authScheme: 'BEARER_TOKEN' });
    const page = await patchbay.authConfigs.list({ toolkit: 'github', limit: 1 });
    expect(page).toMatchObject({ totalItems: 2, totalPages: 2, currentPage: 1 });
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await patchbay.authConfigs.list({ toolkit: 'github', limit: 1, cursor: page.nextCursor ?? '' });
    expect(next.nextCursor).toBeNull();
    const all = await patchbay.authConfigs.iterate({ toolkit: 'github', limit: 1 }).toArray();
    expect(all.map((c) => c.id).sort()).toEqual([created.id, second.id].sort());

    const { fetch, requests } = recordingFetch();
    const renamed = await server.sdk({ fetch }).authConfigs.update(created.id, { name: 'Renamed app' });
    expect(requests[0]?.body).toEqual({ name: 'Renamed app' });
    expect(renamed).toMatchObject({ name: 'Renamed app', scopes: got.scopes });

    expect(await patchbay.authConfigs.disable(created.id)).toEqual({ success: true });
    expect((await patchbay.authConfigs.get(created.id)).status).toBe('DISABLED');
    expect(await patchbay.authConfigs.enable(created.id)).toEqual({ success: true });
    expect(await patchbay.authConfigs.delete(second.id)).toEqual({ id: second.id, deleted: true });
    expect((await failure(patchbay.authConfigs.get(second.id))).status).toBe(404);
  });

  it('validates before sending, naming the field', async () => {
    const { fetch, requests } = recordingFetch();
    const error = await failure(
      server.sdk({ fetch }).authConfigs.create('github', {
        type: 'use_custom_auth',
        authScheme: 'OAUTH2',
        proxyConfig: { proxyUrl: 'not a url' },
      }),
    );
    expect(error).toMatchObject({ status: 0, slug: 'invalid_input' });
    expect(error.message).toContain('options.proxyConfig.proxyUrl: must be a URL');
    expect(requests).toHaveLength(0);
  });
});

describe('connectedAccounts', () => {
  it('a key-style connection is ACTIVE at once; waitForConnection answers the account', async () => {
    const config = await patchbay.authConfigs.create('github', { type: 'use_custom_auth', authScheme: 'BEARER_TOKEN' });
    const request = await patchbay.connectedAccounts.initiate('hana', config.id, {
      config: { token: 'ghp_example' },
      data: { subdomain: 'acme' },
    });
    expect(request).toMatchObject({ status: 'ACTIVE', redirectUrl: null, connectionData: { subdomain: 'acme' } });
    const account = await request.waitForConnection({ timeoutMs: 5_000 });
    expect(account).toMatchObject({
      id: request.id,
      userId: 'hana',
      status: 'ACTIVE',
      toolkit: { slug: 'github' },
      authConfig: { id: config.id, authScheme: 'BEARER_TOKEN', isDisabled: false },
    });
    expect(JSON.stringify(account)).not.toContain('ghp_example');

    const listed = await patchbay.connectedAccounts.list({ userIds: ['hana'], statuses: ['ACTIVE'] });
    expect(listed.items.map((a) => a.id)).toEqual([request.id]);
    expect(await patchbay.connectedAccounts.iterate({ authConfigIds: [config.id], limit: 1 }).toArray()).toHaveLength(
      1,
    );
    expect(await patchbay.connectedAccounts.refresh(request.id)).toEqual({
      id: request.id,
      status: 'ACTIVE',
      redirectUrl: null,
    });
    expect(await patchbay.connectedAccounts.disable(request.id)).toEqual({ success: true });
    expect((await patchbay.connectedAccounts.get(request.id)).status).toBe('INACTIVE');
    expect(await patchbay.connectedAccounts.enable(request.id)).toEqual({ success: true });
    expect((await patchbay.connectedAccounts.get(request.id)).status).toBe('ACTIVE');
    expect(await patchbay.connectedAccounts.delete(request.id)).toEqual({ success: true });
    expect((await failure(patchbay.connectedAccounts.get(request.id))).status).toBe(404);
  });

  it('OAuth waits for the user: a time limit, then a settled failure ends the wait', async () => {
    const config = await patchbay.authConfigs.create('github', {
      type: 'use_custom_auth',
      authScheme: 'OAUTH2',
      credentials: { client_id: 'client-1', client_secret: 'secret-1' },
    });
    const request = await patchbay.connectedAccounts.initiate('ivan', config.id, {
      callbackUrl: 'https://app.example/done',
    });
    expect(request.status).toBe('INITIATED');
    expect(request.redirectUrl).toMatch(/^http/);

    const { fetch, requests } = recordingFetch();
    const timedOut = await failure(
      server.sdk({ fetch }).connectedAccounts.waitForConnection(request.id, { timeoutMs: 1_500 }),
    );
    expect(timedOut).toMatchObject({ slug: 'timeout' });
    expect(timedOut.message).toContain('INITIATED');
    // Backoff (250 ms doubling): a handful of polls in 1.5 s, not a tight loop.
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests.length).toBeLessThanOrEqual(7);

    const waiting = failure(request.waitForConnection({ timeoutMs: 30_000 }));
    await patchbay.connectedAccounts.disable(request.id);
    const settled = await waiting;
    expect(settled).toMatchObject({ slug: 'connection_failed' });
    expect(settled.message).toContain('INACTIVE');
  });

  it('an unknown auth config is the server’s 404; a bad callback URL is refused before sending', async () => {
    expect((await failure(patchbay.connectedAccounts.initiate('jo', 'ac_nope'))).status).toBe(404);
    const error = await failure(patchbay.connectedAccounts.initiate('jo', 'ac_nope', { callbackUrl: 'not a url' }));
    expect(error).toMatchObject({ status: 0, slug: 'invalid_input' });
    expect(error.message).toContain('callbackUrl: must be a URL');
  });
});
