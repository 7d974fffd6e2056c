import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { keyFields, toolkitMeta } from '../accounts/connections.js';
import type { AccountsDeps } from '../accounts/deps.js';
import { escapeHtml, page, pageHeaders, resultPage, stylesheet, stylesheetPath } from '../accounts/html.js';
import { startAuthorization } from '../accounts/oauth-flow.js';
import { digest } from '../accounts/pkce.js';
import { initiationFields } from '../accounts/schemes.js';
import { openConfigCredentials, sealAccountSecrets } from '../accounts/secrets.js';
import type { AppEnv } from '../http/env.js';
import { getAuthConfig } from '../store/auth-configs.js';
import { consumeConnectLink, findLiveConnectLink, useConnectLinks } from '../store/connect-links.js';
import { type AccountWithConfig, getAccount, updateAccount } from '../store/connected-accounts.js';

/**
 * The hosted connect page, `/connect/{account}?t=<one-time token>`: where an end user pastes a key, or starts the
 * OAuth sign-in. Forms carry a CSRF token that is an HMAC of the link (so it is bound to it and cannot be minted
 * without the server's key); answers carry a strict CSP and never a secret.
 */

const accountIdShape = /^ca_[A-Za-z0-9]{1,60}$/;
const tokenShape = /^[A-Za-z0-9_-]{20,100}$/;

function html(c: Context<AppEnv>, status: 200 | 400 | 404, body: string, formTargets: readonly string[] = []) {
  return c.body(body, status, pageHeaders(formTargets));
}

const invalidLink = (c: Context<AppEnv>) =>
  html(
    c,
    404,
    resultPage(
      false,
      'This link cannot be used',
      'It is unknown, was already used, or has expired. Ask the app that sent you for a new link.',
    ),
  );

export function connectPageRoutes(deps: AccountsDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const csrfKey = deps.vault.derive('connect-page csrf');
  const csrfFor = (accountId: string, token: string) =>
    createHmac('sha256', csrfKey)
      .update(`${accountId}\n${digest(token).toString('hex')}`)
      .digest('base64url');
  const csrfOk = (accountId: string, token: string, given: string) => {
    const expected = Buffer.from(csrfFor(accountId, token));
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };

  /** The account behind a live link, or undefined (unknown account, wrong/used/expired token). */
  const linked = async (accountId: string, token: string): Promise<AccountWithConfig | undefined> => {
    if (!accountIdShape.test(accountId) || !tokenShape.test(token)) return undefined;
    const link = await findLiveConnectLink(deps.db, accountId, digest(token));
    if (link === undefined) return undefined;
    return getAccount(deps.db, link.project_id, accountId);
  };

  const formPage = async (
    account: AccountWithConfig,
    token: string,
    error?: string,
  ): Promise<{ body: string; targets: string[] }> => {
    const toolkit = await toolkitMeta(deps, account.project_id, account.toolkit_slug);
    const name = toolkit?.name ?? account.toolkit_slug;
    const hidden = `<input type="hidden" name="t" value="${escapeHtml(token)}">
<input type="hidden" name="csrf" value="${escapeHtml(csrfFor(account.id, token))}">`;
    const problem = error ? `<div class="error" role="alert">${escapeHtml(error)}</div>` : '';
    const intro = `<h1>Connect ${escapeHtml(name)}</h1>
<p>For user <code>${escapeHtml(account.user_id)}</code>.</p>`;
    const action = `/connect/${encodeURIComponent(account.id)}`;
    if (account.auth_scheme === 'OAUTH2') {
      return {
        body: page(
          `Connect ${name}`,
          `${intro}
<p>You will sign in with ${escapeHtml(name)} and choose what Patchbay may access.</p>${problem}
<form method="post" action="${action}/authorize">${hidden}
<button type="submit">Continue to ${escapeHtml(name)}</button>
</form>`,
        ),
        // The sign-in starts with a form post that redirects to the provider: CSP's form-action covers the redirect.
        targets: await providerOrigin(account),
      };
    }
    const inputs = initiationFields(toolkit, account.auth_scheme)
      .map(
        (f) => `<label for="f_${escapeHtml(f.name)}">${escapeHtml(f.label)}</label>
<input id="f_${escapeHtml(f.name)}" name="field_${escapeHtml(f.name)}" type="${f.secret ? 'password' : 'text'}" autocomplete="off"${f.required ? ' required' : ''}>`,
      )
      .join('\n');
    return {
      body: page(
        `Connect ${name}`,
        `${intro}
<p>Paste your credentials. They are stored encrypted and used only for this user's tool calls.</p>${problem}
<form method="post" action="${action}">${hidden}
${inputs}
<button type="submit">Connect</button>
</form>`,
      ),
      targets: [],
    };
  };

  const providerOrigin = async (account: AccountWithConfig): Promise<string[]> => {
    const config = await getAuthConfig(deps.db, account.project_id, account.auth_config_id);
    const toolkit = await toolkitMeta(deps, account.project_id, account.toolkit_slug);
    const url =
      (config && openConfigCredentials(deps.vault, config).authorization_url) ??
      toolkit?.authSchemes.find((s) => s.mode === 'OAUTH2')?.authorization_url;
    try {
      return url ? [new URL(url).origin] : [];
    } catch {
      return [];
    }
  };

  app.get(stylesheetPath, (c) =>
    c.body(stylesheet, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }),
  );

  app.get('/connect/:id', async (c) => {
    const token = c.req.query('t') ?? '';
    const account = await linked(c.req.param('id'), token);
    if (account === undefined) return invalidLink(c);
    if (account.status === 'ACTIVE')
      return html(c, 200, resultPage(true, 'Already connected', 'This account is connected. You can close this page.'));
    const { body, targets } = await formPage(account, token);
    return html(c, 200, body, targets);
  });

  const readForm = async (c: Context<AppEnv>) => {
    const raw = await c.req.parseBody();
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
    return out;
  };

  app.post('/connect/:id', async (c) => {
    const form = await readForm(c);
    const token = form.t ?? '';
    const account = await linked(c.req.param('id'), token);
    if (account === undefined || !csrfOk(account.id, token, form.csrf ?? '')) return invalidLink(c);
    if (account.auth_scheme === 'OAUTH2' || account.auth_scheme === 'NO_AUTH') return invalidLink(c);
    const toolkit = await toolkitMeta(deps, account.project_id, account.toolkit_slug);
    const given: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) if (k.startsWith('field_') && v !== '') given[k.slice(6)] = v;
    const config = await getAuthConfig(deps.db, account.project_id, account.auth_config_id);
    const shared = config ? openConfigCredentials(deps.vault, config) : {};
    const fields = keyFields(toolkit, account.auth_scheme, given, shared);
    if (!fields.ok) {
      const { body } = await formPage(account, token, `Please fill in: ${fields.missing.join(', ')}.`);
      return html(c, 400, body);
    }
    const stored = await deps.db.transaction(async (tx) => {
      if (!(await consumeConnectLink(tx, account.id, digest(token)))) return false;
      await updateAccount(tx, account.project_id, account.id, {
        status: 'ACTIVE',
        statusReason: null,
        secretsEncrypted: sealAccountSecrets(deps.vault, account.id, fields.secrets),
      });
      await useConnectLinks(tx, account.id);
      return true;
    });
    if (!stored) return invalidLink(c);
    const name = toolkit?.name ?? account.toolkit_slug;
    return html(c, 200, resultPage(true, `${name} is connected`, 'You can close this page and return to your app.'));
  });

  app.post('/connect/:id/authorize', async (c) => {
    const form = await readForm(c);
    const token = form.t ?? '';
    const account = await linked(c.req.param('id'), token);
    if (account === undefined || !csrfOk(account.id, token, form.csrf ?? '') || account.auth_scheme !== 'OAUTH2') {
      return invalidLink(c);
    }
    const started = await startAuthorization(deps, account);
    if (!started.ok)
      return html(
        c,
        400,
        resultPage(false, 'Sign-in cannot start', `The connection is misconfigured: ${started.message}.`),
      );
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', 'no-store');
    return c.redirect(started.url, 303);
  });

  return app;
}
