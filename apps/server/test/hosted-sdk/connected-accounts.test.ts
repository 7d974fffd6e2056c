import { AuthScheme, type Composio } from '@composio/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, firstForm } from '../accounts/browser.js';
import { type AccountsServer, startAccountsServer, str } from '../accounts/harness.js';
import { pingSpec, startRecorder } from '../accounts/recorder.js';
import { databaseKinds } from '../support/databases.js';
import { hostedSdk, sdkWarnings, thrown } from './harness.js';

/** `connectedAccounts.*` of the hosted SDK, unchanged, against a real Patchbay on a real port. */
describe.each(databaseKinds)('hosted SDK: connected accounts (%s)', (kind) => {
  let server: AccountsServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let composio: Composio;
  let keyedConfig = '';
  let oauthConfig = '';
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
    keyedConfig = (
      await composio.authConfigs.create('keyed', { type: 'use_custom_auth', authScheme: 'API_KEY', credentials: {} })
    ).id;
    // GitHub's OAuth app is only named: starting OAuth builds a link to Patchbay's connect page, nothing reaches GitHub.
    oauthConfig = (
      await composio.authConfigs.create('github', {
        type: 'use_custom_auth',
        authScheme: 'OAUTH2',
        credentials: { client_id: 'client-id-123', client_secret: 'client-secret-456789' },
      })
    ).id;
  }, 60_000);

  afterAll(async () => {
    warnings.restore();
    await recorder?.stop();
    await server?.stop();
  });

  const accountsOf = async (userId: string) => (await composio.connectedAccounts.list({ userIds: [userId] })).items;

  it('initiate with an API key answers the hosted shape; the account is ACTIVE and its key reaches the API', async () => {
    const request = await composio.connectedAccounts.initiate('ada', keyedConfig, {
      config: AuthScheme.APIKey({ api_key: 'ada-key-0123456789' }),
    });
    expect(request.status).toBe('ACTIVE');
    expect(request.redirectUrl).toBeNull();
    const account = await request.waitForConnection(5_000);
    expect(account).toMatchObject({ id: request.id, status: 'ACTIVE', toolkit: { slug: 'keyed' } });
    expect((await composio.connectedAccounts.get(request.id)).authConfig.id).toBe(keyedConfig);

    const tool = (await composio.tools.getRawComposioTools({ toolkits: ['keyed'] }))[0];
    if (tool === undefined) throw new Error('the keyed toolkit lists no tool');
    const result = await composio.tools.execute(tool.slug, { userId: 'ada', arguments: {}, version: tool.version });
    expect(result.successful).toBe(true);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe('ada-key-0123456789');

    // One account, not an orphan from a failed first try: a second initiate is the SDK's own "multiple" refusal.
    expect(await accountsOf('ada')).toHaveLength(1);
    const again = await thrown(
      composio.connectedAccounts.initiate('ada', keyedConfig, { config: AuthScheme.APIKey({ api_key: 'x' }) }),
    );
    expect(again.name).toBe('ComposioMultipleConnectedAccountsError');
    expect(warnings.lines().filter((line) => line.includes('Transform validation failed'))).toEqual([]);
  });

  it('initiate for OAuth 2 answers INITIATED with the connect page as redirectUrl', async () => {
    const request = await composio.connectedAccounts.initiate('grace', oauthConfig, {
      callbackUrl: 'https://app.example.com/done',
    });
    expect(request.status).toBe('INITIATED');
    expect(str(request.redirectUrl).startsWith(`${server.url}/connect/${request.id}?t=`)).toBe(true);
    const page = await fetch(str(request.redirectUrl));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Continue to GitHub');
    expect((await composio.connectedAccounts.get(request.id)).status).toBe('INITIATED');
  });

  it('a create that fails after the account row is written leaves no account behind', async () => {
    // A real failure at the last write (the connect link), injected in the database itself.
    await server.running.database.exec(`
      CREATE FUNCTION refuse_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'connect links refused by the test'; END $$;
      CREATE TRIGGER refuse_links BEFORE INSERT ON connect_links FOR EACH ROW EXECUTE FUNCTION refuse_links();`);
    try {
      const failed = await thrown(composio.connectedAccounts.initiate('linus', oauthConfig));
      expect(failed.status).toBe(500);
      const linkFailed = await thrown(composio.connectedAccounts.link('linus', keyedConfig));
      expect(linkFailed.name).toBe('ComposioFailedToCreateConnectedAccountLink');
      expect(await accountsOf('linus')).toEqual([]);
    } finally {
      await server.running.database.exec('DROP TRIGGER refuse_links ON connect_links; DROP FUNCTION refuse_links();');
    }
    // The retry is not blocked by an orphan.
    const retried = await composio.connectedAccounts.initiate('linus', oauthConfig);
    expect(retried.status).toBe('INITIATED');
    expect(await accountsOf('linus')).toHaveLength(1);
  });

  it('link answers the hosted request and shape; the user connects on the page and waitForConnection sees it', async () => {
    const request = await composio.connectedAccounts.link('mary', keyedConfig, {
      callbackUrl: 'https://app.example.com/back',
    });
    expect(request.status).toBe('INITIATED');
    const link = str(request.redirectUrl);
    expect(link.startsWith(`${server.url}/connect/${request.id}?t=`)).toBe(true);

    const waiting = composio.connectedAccounts.waitForConnection(request.id, 20_000);
    const browser = new Browser();
    const form = firstForm(await (await browser.request(link)).text(), link);
    if (!form) throw new Error('the connect page has no form');
    const done = await browser.request(form.action, { form: { ...form.fields, field_api_key: 'mary-key-987654321' } });
    expect(done.status).toBe(200);
    expect(await waiting).toMatchObject({ id: request.id, status: 'ACTIVE' });

    // The wire answer in full, as the hosted API gives it.
    const raw = await server.api('POST', '/connected_accounts/link', { auth_config_id: keyedConfig, user_id: 'nora' });
    expect(raw.status).toBe(201);
    expect(Object.keys(raw.body).sort()).toEqual(['connected_account_id', 'expires_at', 'link_token', 'redirect_url']);
    expect(str(raw.body.redirect_url)).toContain(`t=${str(raw.body.link_token)}`);
    const expires = Date.parse(str(raw.body.expires_at)) - Date.now();
    expect(expires).toBeGreaterThan(50 * 60_000);
    expect(expires).toBeLessThanOrEqual(60 * 60_000);
  });

  it('link refuses, in the envelope, what cannot be linked', async () => {
    const unknown = await server.api('POST', '/connected_accounts/link', { auth_config_id: 'ac_nope', user_id: 'x' });
    expect(unknown.status).toBe(404);
    const noAuth = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'notes' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'NO_AUTH' },
    });
    const noAuthId = str((noAuth.body.auth_config as { id: unknown }).id);
    const refused = await thrown(composio.connectedAccounts.link('x', noAuthId));
    expect(refused.name).toBe('ComposioFailedToCreateConnectedAccountLink');
    expect(String(refused.cause)).toContain('nothing for a user to connect');
    expect(await accountsOf('x')).toEqual([]);
  });
});
