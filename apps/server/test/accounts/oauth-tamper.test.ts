import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { authorizeAtProvider, Browser, firstForm } from './browser.js';
import { type AccountsServer, obj, startAccountsServer, str } from './harness.js';
import { clientId, clientSecret, type SaasApi, saasSpec, startProvider, startSaas, type TestProvider } from './oidc.js';

/** Every way a callback can be wrong is refused, with a failure page, and stores no token. */
describe.each(databaseKinds)('OAuth callback tampering (%s)', (kind) => {
  let server: AccountsServer;
  let provider: TestProvider;
  let saas: SaasApi;
  let callbackPrefix = '';

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    callbackPrefix = `${server.url}/oauth/callback`;
    provider = await startProvider({ redirectUris: [callbackPrefix], accessTokenTtlSeconds: 60 });
    saas = await startSaas(provider);
  }, 60_000);

  afterAll(async () => {
    await saas?.stop();
    await provider?.stop();
    await server?.stop();
  });

  const setup = async (key: string, projectId: string) => {
    await server.addOpenApiToolkit(
      'saas',
      { spec: saasSpec, base_url: saas.url, auth: { scheme: 'OAUTH2' } },
      projectId,
    );
    const made = await server.api(
      'POST',
      '/auth_configs',
      {
        toolkit: { slug: 'saas' },
        auth_config: {
          type: 'use_custom_auth',
          auth_scheme: 'OAUTH2',
          credentials: {
            client_id: clientId,
            client_secret: clientSecret,
            authorization_url: provider.authorizationUrl,
            token_url: provider.tokenUrl,
          },
          scopes: ['openid'],
        },
      },
      key,
    );
    expect(made.status).toBe(201);
    return str(obj(made.body.auth_config).id);
  };

  /** Initiates an account and takes the browser to the provider's authorisation URL (not yet followed). */
  const begin = async (configId: string, key: string, connection: Record<string, unknown> = { user_id: 'u1' }) => {
    const initiated = await server.api(
      'POST',
      '/connected_accounts',
      { auth_config: { id: configId }, connection },
      key,
    );
    expect(initiated.status).toBe(201);
    const browser = new Browser();
    const link = str(initiated.body.redirect_url);
    const form = firstForm(await (await browser.request(link)).text(), link);
    if (!form) throw new Error('no form');
    const started = await browser.request(form.action, { form: form.fields });
    expect(started.status).toBe(303);
    return { id: str(initiated.body.id), browser, authorizationUrl: str(started.headers.get('location')) };
  };

  const secretsOf = async (id: string) => {
    const rows = await server.running.database.query<{ secrets_encrypted: Uint8Array | null; status: string }>(
      'SELECT secrets_encrypted, status FROM connected_accounts WHERE id = $1',
      [id],
    );
    return rows[0];
  };

  const withParams = (url: string, params: Record<string, string>) => {
    const out = new URL(url);
    for (const [k, v] of Object.entries(params)) out.searchParams.set(k, v);
    return out.toString();
  };

  it('refuses an unknown or missing state before asking the provider anything', async () => {
    const key = server.apiKey;
    const configId = await setup(key, server.projectId);
    const flow = await begin(configId, key);
    const callback = await authorizeAtProvider(flow.browser, flow.authorizationUrl, callbackPrefix);
    const forged = await fetch(withParams(callback, { state: 'x'.repeat(43) }));
    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await forged.text()).toContain('unknown, was already used, or has expired');
    const none = new URL(callback);
    none.searchParams.delete('state');
    expect((await fetch(none)).status).toBe(400);
    expect(await secretsOf(flow.id)).toEqual({ secrets_encrypted: null, status: 'INITIATED' });

    // The genuine callback still works, once; its replay (same state and code) is refused and changes nothing.
    const ok = await fetch(callback);
    expect(ok.status).toBe(200);
    const stored = await secretsOf(flow.id);
    expect(stored?.status).toBe('ACTIVE');
    const replay = await fetch(callback);
    expect(replay.status).toBe(400);
    expect(await secretsOf(flow.id)).toEqual(stored);
  });

  it('refuses a code issued for another PKCE verifier (another attempt, or another project)', async () => {
    const key = server.apiKey;
    const configId = await setup(key, server.projectId);
    const x = await begin(configId, key, { user_id: 'x' });
    const y = await begin(configId, key, { user_id: 'y' });
    const callbackX = new URL(await authorizeAtProvider(x.browser, x.authorizationUrl, callbackPrefix));
    const stateY = str(new URL(y.authorizationUrl).searchParams.get('state'));
    const mixed = await fetch(withParams(callbackX.toString(), { state: stateY }));
    expect(mixed.status).toBe(400);
    expect(await mixed.text()).toMatch(/could not be exchanged/);
    expect(await secretsOf(y.id)).toEqual({ secrets_encrypted: null, status: 'FAILED' });
    expect((await secretsOf(x.id))?.secrets_encrypted).toBeNull();

    // A code from an authorisation for another project, delivered with this project's state.
    const other = await server.newProject();
    const otherConfig = await setup(other.apiKey, other.projectId);
    const z = await begin(otherConfig, other.apiKey, { user_id: 'z' });
    const w = await begin(configId, key, { user_id: 'w' });
    const callbackZ = new URL(await authorizeAtProvider(z.browser, z.authorizationUrl, callbackPrefix));
    const stateW = str(new URL(w.authorizationUrl).searchParams.get('state'));
    const crossed = await fetch(withParams(callbackZ.toString(), { state: stateW }));
    expect(crossed.status).toBe(400);
    expect((await secretsOf(w.id))?.secrets_encrypted).toBeNull();
    expect((await secretsOf(z.id))?.secrets_encrypted).toBeNull();
    // And the other project's account is not visible from this one.
    expect((await server.api('GET', `/connected_accounts/${z.id}`)).status).toBe(404);
  });

  it('refuses an expired state, records a denial, and validates and uses callback_url', async () => {
    const key = server.apiKey;
    const configId = await setup(key, server.projectId);
    const bad = await server.api('POST', '/connected_accounts', {
      auth_config: { id: configId },
      connection: { user_id: 'u', callback_url: 'javascript:alert(1)' },
    });
    expect(bad.status).toBe(400);

    const late = await begin(configId, key);
    const lateCallback = await authorizeAtProvider(late.browser, late.authorizationUrl, callbackPrefix);
    await server.running.database.query(
      "UPDATE oauth_states SET expires_at = now() - interval '1 second' WHERE connected_account_id = $1",
      [late.id],
    );
    expect((await fetch(lateCallback)).status).toBe(400);
    expect((await secretsOf(late.id))?.secrets_encrypted).toBeNull();

    const app = 'https://app.example.test/done?from=patchbay';
    const denied = await begin(configId, key, { user_id: 'd', callback_url: app });
    const state = str(new URL(denied.authorizationUrl).searchParams.get('state'));
    const answer = await fetch(`${callbackPrefix}?error=access_denied&state=${encodeURIComponent(state)}`, {
      redirect: 'manual',
    });
    expect(answer.status).toBe(303);
    const target = new URL(str(answer.headers.get('location')));
    expect(target.origin + target.pathname).toBe('https://app.example.test/done');
    expect(target.searchParams.get('status')).toBe('failed');
    expect(target.searchParams.get('connected_account_id')).toBe(denied.id);
    expect((await server.api('GET', `/connected_accounts/${denied.id}`)).body).toMatchObject({ status: 'FAILED' });

    const fine = await begin(configId, key, { user_id: 'f', callback_url: app });
    const callback = await authorizeAtProvider(fine.browser, fine.authorizationUrl, callbackPrefix);
    const back = await fetch(callback, { redirect: 'manual' });
    expect(back.status).toBe(303);
    const done = new URL(str(back.headers.get('location')));
    expect(done.searchParams.get('status')).toBe('success');
    expect(done.searchParams.get('from')).toBe('patchbay');
    expect((await server.api('GET', `/connected_accounts/${fine.id}`)).body.status).toBe('ACTIVE');
  });
});
