import { getAuthConfig } from '../store/auth-configs.js';
import { useConnectLinks } from '../store/connect-links.js';
import { type AccountWithConfig, getAccount, updateAccount } from '../store/connected-accounts.js';
import { consumeOAuthState, insertOAuthState } from '../store/oauth-states.js';
import { toolkitMeta } from './connections.js';
import { aad } from './crypto.js';
import { type AccountsDeps, redirectUriOf, stateTtlMs } from './deps.js';
import { authorizationRequestUrl, exchangeCode, type OAuthApp, resolveOAuthApp } from './oauth.js';
import { digest, newPkcePair, randomToken } from './pkce.js';
import { schemeOf } from './schemes.js';
import { openConfigCredentials, sealAccountSecrets, tokensToMap } from './secrets.js';

/**
 * The authorisation-code flow with PKCE (S256). `state` is random, stored only as its digest, bound to one account
 * of one project, single-use and valid for ten minutes; the code verifier is sealed like any other secret.
 */

export async function oauthAppFor(
  deps: AccountsDeps,
  account: Pick<AccountWithConfig, 'project_id' | 'auth_config_id' | 'toolkit_slug'>,
): Promise<{ ok: true; app: OAuthApp } | { ok: false; message: string }> {
  const config = await getAuthConfig(deps.db, account.project_id, account.auth_config_id);
  if (config === undefined) return { ok: false, message: 'its auth config no longer exists' };
  const toolkit = await toolkitMeta(deps, account.project_id, account.toolkit_slug);
  return resolveOAuthApp(
    openConfigCredentials(deps.vault, config),
    config.scopes,
    schemeOf(toolkit, 'OAUTH2'),
    toolkit?.oauth,
  );
}

/** Starts an attempt for the account and answers the provider's authorisation URL to send the browser to. */
export async function startAuthorization(
  deps: AccountsDeps,
  account: AccountWithConfig,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const resolved = await oauthAppFor(deps, account);
  if (!resolved.ok) return resolved;
  const state = randomToken();
  const id = digest(state).toString('hex');
  const pkce = newPkcePair();
  const redirectUri = redirectUriOf(deps);
  await deps.db.transaction((tx) =>
    insertOAuthState(tx, {
      id,
      project_id: account.project_id,
      connected_account_id: account.id,
      verifier_encrypted: deps.vault.seal(Buffer.from(pkce.verifier, 'utf8'), aad.oauthState(id)),
      redirect_uri: redirectUri,
      ttlMs: stateTtlMs,
    }),
  );
  return {
    ok: true,
    url: authorizationRequestUrl(resolved.app, { state, codeChallenge: pkce.challenge, redirectUri }),
  };
}

export type CallbackOutcome =
  | { ok: true; account: AccountWithConfig; callbackUrl: string | null }
  | { ok: false; message: string; callbackUrl: string | null; accountId?: string | undefined };

/**
 * Handles the provider's redirect. A state that is unknown, used or expired stops everything before any request
 * to the provider; a refused exchange marks the account FAILED and stores nothing.
 */
export async function completeAuthorization(
  deps: AccountsDeps,
  params: { state: string | undefined; code: string | undefined; error: string | undefined },
): Promise<CallbackOutcome> {
  if (params.state === undefined || params.state === '' || params.state.length > 512) {
    return { ok: false, message: 'The sign-in answer has no valid state.', callbackUrl: null };
  }
  const id = digest(params.state).toString('hex');
  const stored = await consumeOAuthState(deps.db, id);
  if (stored === undefined) {
    return {
      ok: false,
      message: 'This sign-in link is unknown, was already used, or has expired. Start again from your app.',
      callbackUrl: null,
    };
  }
  const account = await getAccount(deps.db, stored.project_id, stored.connected_account_id);
  if (account === undefined)
    return { ok: false, message: 'The account being connected was deleted.', callbackUrl: null };
  if (account.status === 'INACTIVE') {
    return {
      ok: false,
      message: 'This account was disabled while connecting; nothing was changed.',
      callbackUrl: null,
    };
  }
  const fail = async (reason: string): Promise<CallbackOutcome> => {
    await updateAccount(deps.db, account.project_id, account.id, { status: 'FAILED', statusReason: reason });
    return { ok: false, message: reason, callbackUrl: account.callback_url, accountId: account.id };
  };
  if (params.error !== undefined) return fail(`The provider did not grant access (${params.error.slice(0, 100)}).`);
  if (params.code === undefined || params.code === '') return fail('The provider answered without a code.');
  const resolved = await oauthAppFor(deps, account);
  if (!resolved.ok) return fail(`The auth config cannot complete OAuth: ${resolved.message}.`);
  const verifier = deps.vault.open(stored.verifier_encrypted, aad.oauthState(id)).toString('utf8');
  const exchanged = await exchangeCode(
    resolved.app,
    { code: params.code, codeVerifier: verifier, redirectUri: stored.redirect_uri },
    deps.fetch,
  );
  if (!exchanged.ok) return fail(`The code could not be exchanged: ${exchanged.message}.`);
  const { grant } = exchanged;
  const now = Date.now();
  const secrets = tokensToMap({
    access_token: grant.accessToken,
    refresh_token: grant.refreshToken,
    token_type: grant.tokenType,
    scope: grant.scope,
    obtained_at: now,
  });
  await deps.db.transaction(async (tx) => {
    await updateAccount(tx, account.project_id, account.id, {
      status: 'ACTIVE',
      statusReason: null,
      secretsEncrypted: sealAccountSecrets(deps.vault, account.id, secrets),
      tokenExpiresAt: grant.expiresIn === undefined ? null : new Date(now + grant.expiresIn * 1000),
    });
    await useConnectLinks(tx, account.id);
  });
  const fresh = (await getAccount(deps.db, account.project_id, account.id)) ?? account;
  return { ok: true, account: fresh, callbackUrl: account.callback_url };
}
