import { type AccountWithConfig, getAccount, updateAccount } from '../store/connected-accounts.js';
import type { AccountsDeps } from './deps.js';
import { refreshGrant } from './oauth.js';
import { oauthAppFor } from './oauth-flow.js';
import { type OAuthTokens, openAccountSecrets, sealAccountSecrets, tokensFromMap, tokensToMap } from './secrets.js';

/**
 * OAuth token refresh. A token is refreshed a little before it expires — a quarter of its lifetime, at most 60 s —
 * so a call never starts with a token about to die; and again when an upstream answers 401 anyway. A refusal (the
 * grant was revoked, the refresh token expired) marks the account EXPIRED; a provider that cannot be reached leaves
 * it as it is, so a blip does not disconnect anyone.
 */

const maxMarginMs = 60_000;

export function needsRefresh(
  account: Pick<AccountWithConfig, 'token_expires_at'>,
  tokens: OAuthTokens,
  now = Date.now(),
): boolean {
  if (account.token_expires_at === null) return false;
  const expires = account.token_expires_at.getTime();
  const lifetime = tokens.obtained_at > 0 ? expires - tokens.obtained_at : maxMarginMs * 4;
  return now >= expires - Math.min(maxMarginMs, Math.max(0, lifetime) / 4);
}

export type RefreshOutcome = { ok: true; tokens: OAuthTokens } | { ok: false; expired: boolean; message: string };

// One refresh per account at a time in this process: concurrent calls share it (and the rotated refresh token).
// Across replicas (one PostgreSQL) two may refresh at once; the loser's refusal is recognised below.
const inFlight = new Map<string, Promise<RefreshOutcome>>();

export function refreshAccount(
  deps: AccountsDeps,
  account: AccountWithConfig,
  staleAccessToken?: string,
): Promise<RefreshOutcome> {
  const running = inFlight.get(account.id);
  if (running) return running;
  const pending = doRefresh(deps, account, staleAccessToken)
    .then(
      (outcome) => {
        deps.metrics?.oauthRefreshes.inc({ outcome: outcome.ok ? 'ok' : outcome.expired ? 'refused' : 'error' });
        return outcome;
      },
      (error: unknown) => {
        deps.metrics?.oauthRefreshes.inc({ outcome: 'error' });
        throw error;
      },
    )
    .finally(() => inFlight.delete(account.id));
  inFlight.set(account.id, pending);
  return pending;
}

async function doRefresh(
  deps: AccountsDeps,
  given: AccountWithConfig,
  staleAccessToken: string | undefined,
): Promise<RefreshOutcome> {
  // Read again: another replica may have refreshed since the caller read the row.
  const account = (await getAccount(deps.db, given.project_id, given.id)) ?? given;
  const tokens = tokensFromMap(openAccountSecrets(deps.vault, account));
  if (tokens === undefined) return { ok: false, expired: true, message: 'it holds no OAuth tokens' };
  if (staleAccessToken !== undefined && tokens.access_token !== staleAccessToken && !needsRefresh(account, tokens)) {
    return { ok: true, tokens };
  }
  const expire = async (reason: string): Promise<RefreshOutcome> => {
    await updateAccount(deps.db, account.project_id, account.id, { status: 'EXPIRED', statusReason: reason });
    deps.logger.info({ connected_account_id: account.id }, 'OAuth account expired: refresh refused');
    return { ok: false, expired: true, message: reason };
  };
  if (tokens.refresh_token === undefined)
    return expire('The access token expired and the provider gave no refresh token.');
  const resolved = await oauthAppFor(deps, account);
  if (!resolved.ok)
    return { ok: false, expired: false, message: `the auth config cannot refresh: ${resolved.message}` };
  const outcome = await refreshGrant(resolved.app, tokens.refresh_token, deps.fetch);
  if (!outcome.ok) {
    if (outcome.kind === 'refused') {
      // Another replica may have refreshed first with the same (rotating) refresh token, making ours invalid:
      // its result is in the row, and the account is fine.
      const now = await getAccount(deps.db, account.project_id, account.id);
      const current = now && now.status === 'ACTIVE' ? tokensFromMap(openAccountSecrets(deps.vault, now)) : undefined;
      if (current && current.refresh_token !== tokens.refresh_token) return { ok: true, tokens: current };
      return expire(`The token could not be refreshed: ${outcome.message}.`);
    }
    return {
      ok: false,
      expired: false,
      message: `the token could not be refreshed now (${outcome.message}); try again`,
    };
  }
  const now = Date.now();
  const next: OAuthTokens = {
    access_token: outcome.grant.accessToken,
    // Providers that do not rotate refresh tokens answer none: keep the one we have.
    refresh_token: outcome.grant.refreshToken ?? tokens.refresh_token,
    token_type: outcome.grant.tokenType ?? tokens.token_type,
    scope: outcome.grant.scope ?? tokens.scope,
    obtained_at: now,
  };
  await updateAccount(deps.db, account.project_id, account.id, {
    status: 'ACTIVE',
    statusReason: null,
    secretsEncrypted: sealAccountSecrets(deps.vault, account.id, tokensToMap(next)),
    tokenExpiresAt: outcome.grant.expiresIn === undefined ? null : new Date(now + outcome.grant.expiresIn * 1000),
  });
  deps.logger.debug({ connected_account_id: account.id }, 'OAuth token refreshed');
  return { ok: true, tokens: next };
}
