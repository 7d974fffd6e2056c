import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { randomBase62 } from '../util/ids.js';

/**
 * Scoped MCP credentials: a token acts for one user (or one connected account) on one MCP server, and for nothing
 * else. Handing an end user's AI client such a token, instead of the project's API key, means a leaked client config
 * exposes one user's tools on one server, and deleting the instance revokes it.
 */
export const tokenPrefix = 'pbt_';
export const newScopedToken = (): string => `${tokenPrefix}${randomBase62(40)}`;
// Like API keys: high-entropy random secrets, so a fast digest suffices and allows an indexed lookup.
export const hashScopedToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

export interface ScopedTokenRow {
  id: string;
  project_id: string;
  /** The named server the token is for; null for a tool session's token. */
  server_id: string | null;
  /** The tool session the token is for; null for a named server's. */
  session_id: string | null;
  user_id: string | null;
  connected_account_id: string | null;
  token_hash: Uint8Array;
  revoked_at: Date | null;
}

export type TokenSelector = { userId: string } | { connectedAccountId: string };

export async function issueScopedToken(
  q: Queryable,
  projectId: string,
  serverId: string,
  selector: TokenSelector,
): Promise<string> {
  const token = newScopedToken();
  await q.query(
    `INSERT INTO mcp_access_tokens (id, project_id, server_id, user_id, connected_account_id, token_hash)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      `tok_${randomBase62(16)}`,
      projectId,
      serverId,
      'userId' in selector ? selector.userId : null,
      'connectedAccountId' in selector ? selector.connectedAccountId : null,
      hashScopedToken(token),
    ],
  );
  return token;
}

/** A token for one tool session, acting as its user. */
export async function issueSessionToken(q: Queryable, projectId: string, sessionId: string, userId: string) {
  const token = newScopedToken();
  await q.query(
    `INSERT INTO mcp_access_tokens (id, project_id, session_id, user_id, token_hash) VALUES ($1, $2, $3, $4, $5)`,
    [`tok_${randomBase62(16)}`, projectId, sessionId, userId, hashScopedToken(token)],
  );
  return token;
}

export async function findScopedToken(q: Queryable, token: string): Promise<ScopedTokenRow | undefined> {
  const rows = await q.query<ScopedTokenRow>('SELECT * FROM mcp_access_tokens WHERE token_hash = $1', [
    hashScopedToken(token),
  ]);
  return rows[0];
}

/** Revokes a user's tokens for one server (when their instance is deleted); answers how many. */
export async function revokeUserTokens(
  q: Queryable,
  projectId: string,
  serverId: string,
  userId: string,
): Promise<number> {
  const rows = await q.query(
    `UPDATE mcp_access_tokens SET revoked_at = now()
     WHERE project_id = $1 AND server_id = $2 AND user_id = $3 AND revoked_at IS NULL RETURNING id`,
    [projectId, serverId, userId],
  );
  return rows.length;
}
