import type { Queryable } from '../db/database.js';

export interface ConnectLinkRow {
  token_hash: Uint8Array;
  project_id: string;
  connected_account_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export async function insertConnectLink(
  q: Queryable,
  row: { tokenHash: Uint8Array; projectId: string; connectedAccountId: string; ttlMs: number },
): Promise<Date> {
  const rows = await q.query<{ expires_at: Date }>(
    `INSERT INTO connect_links (token_hash, project_id, connected_account_id, expires_at)
     VALUES ($1, $2, $3, now() + ($4::int * interval '1 millisecond')) RETURNING expires_at`,
    [row.tokenHash, row.projectId, row.connectedAccountId, row.ttlMs],
  );
  const expiresAt = rows[0]?.expires_at;
  if (expiresAt === undefined) throw new Error('INSERT … RETURNING answered no row');
  return expiresAt;
}

/** A live link (not used, not expired) of that account, by the digest of its token. */
export async function findLiveConnectLink(
  q: Queryable,
  connectedAccountId: string,
  tokenHash: Uint8Array,
): Promise<ConnectLinkRow | undefined> {
  const rows = await q.query<ConnectLinkRow>(
    `SELECT * FROM connect_links
     WHERE token_hash = $1 AND connected_account_id = $2 AND used_at IS NULL AND expires_at > now()`,
    [tokenHash, connectedAccountId],
  );
  return rows[0];
}

/** Uses the link, atomically: of two submissions racing with one link, only one gets true. */
export async function consumeConnectLink(
  q: Queryable,
  connectedAccountId: string,
  tokenHash: Uint8Array,
): Promise<boolean> {
  const rows = await q.query<{ connected_account_id: string }>(
    `UPDATE connect_links SET used_at = now()
     WHERE token_hash = $1 AND connected_account_id = $2 AND used_at IS NULL AND expires_at > now()
     RETURNING connected_account_id`,
    [tokenHash, connectedAccountId],
  );
  return rows.length > 0;
}

/** Every link of the account stops working (it is connected, or was given up). */
export async function useConnectLinks(q: Queryable, connectedAccountId: string): Promise<void> {
  await q.query('UPDATE connect_links SET used_at = now() WHERE connected_account_id = $1 AND used_at IS NULL', [
    connectedAccountId,
  ]);
}
