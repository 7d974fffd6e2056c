import { AuthScheme, type Composio } from '@composio/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, startAccountsServer } from '../accounts/harness.js';
import { pingSpec, startRecorder } from '../accounts/recorder.js';
import { databaseKinds } from '../support/databases.js';
import { hostedSdk, sdkWarnings, thrown } from './harness.js';

/**
 * The rest of the README's table of hosted SDK methods: `authConfigs.*`, the account lifecycle and `toolkits.authorize`
 * served, and the methods Patchbay refuses answering the error envelope (never a crash or a wrong success).
 */
describe.each(databaseKinds)('hosted SDK: the other methods, served and refused (%s)', (kind) => {
  let server: AccountsServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let composio: Composio;
  const warnings = sdkWarnings();

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    recorder = await startRecorder();
    await server.addOpenApiToolkit('keyed', {
      spec: pingSpec,
      base_url: recorder.url,
      auth: { scheme: 'API_KEY', in: 'header', name: 'X-API-Key' },
    });
    composio = hostedSdk(server);
  }, 60_000);

  afterAll(async () => {
    warnings.restore();
    await recorder?.stop();
    await server?.stop();
  });

  /** The envelope of an SDK error (its client puts the body in `error`). */
  const envelope = (error: Error & { error?: unknown }) => (error.error as { error?: unknown } | undefined)?.error;

  it('authConfigs.* and the connected-account lifecycle', async () => {
    const created = await composio.authConfigs.create('keyed', {
      type: 'use_custom_auth',
      authScheme: 'API_KEY',
      credentials: {},
    });
    expect((await composio.authConfigs.get(created.id)).authScheme).toBe('API_KEY');
    const updated = await composio.authConfigs.update(created.id, {
      type: 'custom',
      credentials: { api_key: 'team-key-0123456789' },
    });
    expect(updated).toMatchObject({ id: created.id, credentials: { api_key: '••••6789' } });
    expect((await composio.authConfigs.list({ toolkit: 'keyed' })).items.map((c) => c.id)).toEqual([created.id]);
    await composio.authConfigs.disable(created.id);
    expect((await composio.authConfigs.get(created.id)).status).toBe('DISABLED');
    await composio.authConfigs.enable(created.id);

    const request = await composio.connectedAccounts.initiate('ada', created.id, {
      config: AuthScheme.APIKey({ api_key: 'ada-key-0123456789' }),
    });
    expect((await composio.connectedAccounts.refresh(request.id)).status).toBe('ACTIVE');
    await composio.connectedAccounts.disable(request.id);
    expect((await composio.connectedAccounts.get(request.id)).status).toBe('INACTIVE');
    await composio.connectedAccounts.enable(request.id);
    expect((await composio.connectedAccounts.get(request.id)).status).toBe('ACTIVE');
    await composio.connectedAccounts.delete(request.id);
    expect((await composio.connectedAccounts.list({ userIds: ['ada'] })).items).toEqual([]);
    expect(await composio.authConfigs.delete(created.id)).toMatchObject({ id: created.id });
    expect(warnings.lines().filter((line) => line.includes('Transform validation failed'))).toEqual([]);
  });

  it('toolkits.authorize makes a managed auth config for a key-style toolkit and a link to connect', async () => {
    const request = await composio.toolkits.authorize('grace', 'keyed');
    expect(request.status).toBe('INITIATED');
    expect(request.redirectUrl?.startsWith(`${server.url}/connect/`)).toBe(true);
    // GitHub's first scheme is OAuth: Patchbay has no OAuth app of its own, so the SDK says there is no default.
    const oauth = await thrown(composio.toolkits.authorize('grace', 'github'));
    expect(oauth.name).toBe('ComposioAuthConfigNotFoundError');
  });

  it('tools.getToolsEnum lists every tool slug', async () => {
    const slugs = await composio.tools.getToolsEnum();
    expect(slugs).toContain('NOTES_SET');
    expect(slugs).toContain('KEYED_PING');
  });

  it('what Patchbay does not serve answers the envelope, naming what to do instead', async () => {
    const account = await composio.connectedAccounts.initiate(
      'linus',
      (await composio.authConfigs.create('keyed', { type: 'use_custom_auth', authScheme: 'API_KEY', credentials: {} }))
        .id,
      { config: AuthScheme.APIKey({ api_key: 'linus-key-0123456789' }) },
    );
    const proxy = await thrown(
      composio.tools.proxyExecute({ endpoint: '/ping', method: 'GET', connectedAccountId: account.id }),
    );
    expect(proxy.status).toBe(404);
    expect(envelope(proxy)).toMatchObject({ slug: 'not_supported' });
    const limited = await thrown(
      composio.authConfigs.update((await composio.authConfigs.list({ toolkit: 'keyed' })).items[0]?.id ?? '', {
        type: 'custom',
        credentials: {},
        toolAccessConfig: { toolsAvailableForExecution: ['KEYED_PING'] },
      }),
    );
    expect(limited.status).toBe(400);
    expect(JSON.stringify(envelope(limited))).toContain('allowed_tools');

    // Patchbay has no account aliases: the option is an unknown field, and nothing is created.
    const config = (await composio.authConfigs.list({ toolkit: 'keyed' })).items[0]?.id ?? '';
    const aliased = await thrown(
      composio.connectedAccounts.initiate('linus', config, {
        alias: 'work',
        allowMultiple: true,
        config: AuthScheme.APIKey({ api_key: 'linus-key-2' }),
      }),
    );
    expect(aliased.status).toBe(400);
    expect(JSON.stringify(envelope(aliased))).toContain('connection.alias: unknown field');
    const aliasedLink = await thrown(
      composio.connectedAccounts.link('linus', config, { alias: 'work', allowMultiple: true }),
    );
    expect(String(aliasedLink.cause)).toContain('alias: unknown field');
    expect((await composio.connectedAccounts.list({ userIds: ['linus'] })).items).toHaveLength(1);

    for (const call of [
      () => composio.connectedAccounts.updateAcl(account.id, { allowAllUsers: true }),
      () => composio.tools.getInput('NOTES_SET', { text: 'save a note' }),
      () => composio.triggers.listActive(),
      () => composio.triggers.listTypes(),
    ]) {
      const refused = await thrown(call());
      expect(refused.status).toBe(404);
      expect(envelope(refused)).toMatchObject({ status: 404, slug: 'not_found' });
    }
  });
});
