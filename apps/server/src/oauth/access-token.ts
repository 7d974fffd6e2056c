import type { Vault } from '../accounts/crypto.js';
import type { Queryable } from '../db/database.js';
import { CallerError, type McpCaller } from '../mcp/caller.js';
import { readRecord } from './records.js';

/** What an access token this authorization server issued says, once checked. */
export interface OAuthAccess {
  userId: string;
  clientId: string;
  grantId: string;
}

export type AccessRefusal = 'invalid' | 'wrong_audience';

/**
 * Opaque tokens of oidc-provider: 43 base64url characters (256 bits); anything else is not ours to look up. Project
 * keys (`pb_` + 40) have that length too, and keep their meaning (one token in 262,144 starting so is refused as a key
 * and simply renewed by its client).
 */
export const looksLikeAccessToken = (token: string): boolean =>
  /^[A-Za-z0-9_-]{43}$/.test(token) && !token.startsWith('pb_');

/**
 * Checks a bearer token for one MCP URL: it must be a live access token of this authorization server (unexpired;
 * revoking deletes it, so a revoked one is unknown), issued for exactly `resource` (its audience). The token itself
 * is never passed on: the caller becomes a user id, and tools act with that user's own connected accounts.
 */
export async function checkAccessToken(
  deps: { db: Queryable; vault: Vault },
  token: string,
  resource: string,
): Promise<OAuthAccess | AccessRefusal> {
  if (!looksLikeAccessToken(token)) return 'invalid';
  const payload = await readRecord(deps.db, deps.vault, 'AccessToken', token);
  if (payload === undefined) return 'invalid';
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== 'number' || payload.exp <= now) return 'invalid';
  const { accountId, clientId, grantId, aud } = payload;
  if (accountId === undefined || clientId === undefined || grantId === undefined) return 'invalid';
  const audiences = typeof aud === 'string' ? [aud] : (aud ?? []);
  if (!audiences.includes(resource)) return 'wrong_audience';
  return { userId: accountId, clientId, grantId };
}

const signInAgain = 'Sign in again: the client gets a new token through the OAuth flow this 401 advertises.';

/** checkAccessToken for an MCP request: the access, or the 401 that makes the client sign in again. */
export async function requireAccessToken(
  deps: { db: Queryable; vault: Vault },
  token: string,
  resource: string,
): Promise<OAuthAccess> {
  const access = await checkAccessToken(deps, token, resource);
  if (access === 'invalid') {
    throw new CallerError('unauthenticated', 'The access token is not valid, has expired or was revoked.', signInAgain);
  }
  if (access === 'wrong_audience') {
    throw new CallerError('unauthenticated', 'This access token was issued for another MCP URL.', signInAgain);
  }
  return access;
}

/** The caller an access token makes: its user, in the project of the MCP URL it was issued for. */
export const oauthCaller = (projectId: string, access: OAuthAccess, connectedAccountId?: string): McpCaller => ({
  projectId,
  userId: access.userId,
  connectedAccountId,
  via: 'oauth',
  oauth: { clientId: access.clientId, grantId: access.grantId },
});
