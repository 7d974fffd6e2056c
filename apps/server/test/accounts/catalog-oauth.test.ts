import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, firstForm } from './browser.js';
import { type AccountsServer, obj, startAccountsServer, str } from './harness.js';

/**
 * A curated catalog toolkit brings its OAuth endpoints and default scopes; the auth config brings only the app's
 * client id and secret. (The provider itself is not contacted: the browser stops at its authorisation URL.)
 */
describe('OAuth for a catalog toolkit (GitHub)', () => {
  let server: AccountsServer;

  beforeAll(async () => {
    server = await startAccountsServer('pglite');
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('sends the user to github.com with the default scopes and PKCE', async () => {
    const toolkit = await server.api('GET', '/toolkits/github');
    expect(toolkit.status).toBe(200);
    const missing = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'github' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'OAUTH2', credentials: { client_secret: 's' } },
    });
    expect(missing.status).toBe(400);
    expect(str(obj(missing.body.error).message)).toContain('client_id');
    const managed = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'github' },
      auth_config: { type: 'use_composio_managed_auth' },
    });
    expect(managed.status).toBe(400);
    const made = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'github' },
      auth_config: {
        type: 'use_custom_auth',
        auth_scheme: 'OAUTH2',
        credentials: { client_id: 'Iv1.0123456789abcdef', client_secret: 'gh-secret-0123456789abcdef' },
      },
    });
    expect(made.status).toBe(201);
    const configId = str(obj(made.body.auth_config).id);
    const shown = await server.api('GET', `/auth_configs/${configId}`);
    expect(shown.body).toMatchObject({
      toolkit: { slug: 'github' },
      credentials: { client_id: 'Iv1.0123456789abcdef', client_secret: '••••cdef' },
    });
    const initiated = await server.api('POST', '/connected_accounts', {
      auth_config: { id: configId },
      connection: { user_id: 'octo' },
    });
    const link = str(initiated.body.redirect_url);
    const browser = new Browser();
    const page = await browser.request(link);
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self' https://github.com");
    const form = firstForm(await page.text(), link);
    if (!form) throw new Error('no form');
    const started = await browser.request(form.action, { form: form.fields });
    expect(started.status).toBe(303);
    const target = new URL(str(started.headers.get('location')));
    expect(target.origin + target.pathname).toBe('https://github.com/login/oauth/authorize');
    expect(target.searchParams.get('client_id')).toBe('Iv1.0123456789abcdef');
    expect(target.searchParams.get('redirect_uri')).toBe(`${server.url}/oauth/callback`);
    expect(target.searchParams.get('scope')).toBe('repo read:user user:email');
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    expect(target.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
