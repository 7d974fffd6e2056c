import type { Queryable } from '../db/database.js';

export interface OAuthStateRow {
  /** Hex SHA-256 of the `state` value sent to the provider. */
  id: string;
  project_id: string;
  connected_account_id: string;
  verifier_encrypted: Uint8Array;
  redirect_uri: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export async function insertOAuthState(
  q: Queryable,
  row: Pick<OAuthStateRow, 'id' | 'project_id' | 'connected_account_id' | 'verifier_encrypted' | 'redirect_uri'> & {
    ttlMs: number;
  },
): Promise<void> {
  // Starting again makes earlier attempts of the account void: only the newest link the user opened can finish.
  await q.query('UPDATE oauth_states SET used_at = now() WHERE connected_account_id = $1 AND used_at IS NULL', [
    row.connected_account_id,
  ]);
  await q.query(
    `INSERT INTO oauth_states (id, project_id, connected_account_id, verifier_encrypted, redirect_uri, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + ($6::int * interval '1 millisecond'))`,
    [row.id, row.project_id, row.connected_account_id, row.verifier_encrypted, row.redirect_uri, row.ttlMs],
  );
}

/**
 * Marks the state used and answers it, in one statement, so two callbacks racing with the same state cannot both
 * pass; answers undefined when it is unknown, already used or expired.
 */
export async function consumeOAuthState(q: Queryable, id: string): Promise<OAuthStateRow | undefined> {
  const rows = await q.query<OAuthStateRow>(
    `UPDATE oauth_states SET used_at = now()
     WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING *`,
    [id],
  );
  return rows[0];
}
