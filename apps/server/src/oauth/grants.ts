import type { Queryable } from '../db/database.js';

/** Issued OAuth access, per MCP server and user: the `Grant` records (their plain columns; no payload opened). */
export interface GrantRow {
  grant_id: string;
  client_id: string;
  user_id: string;
  server_id: string;
  created_at: Date;
  expires_at: Date | null;
}

export async function listGrants(q: Queryable, serverId: string, userId?: string): Promise<GrantRow[]> {
  return q.query<GrantRow>(
    `SELECT grant_id, client_id, user_id, server_id, created_at, expires_at FROM oauth_records
     WHERE kind = 'Grant' AND server_id = $1 AND ($2::text IS NULL OR user_id = $2)
       AND (expires_at IS NULL OR expires_at > now())
     ORDER BY created_at DESC, grant_id LIMIT 1000`,
    [serverId, userId ?? null],
  );
}

/** Ends one grant of a server and everything issued under it; answers whether it existed. */
export async function revokeGrant(q: Queryable, serverId: string, grantId: string): Promise<boolean> {
  const found = await q.query(`SELECT 1 FROM oauth_records WHERE kind = 'Grant' AND server_id = $1 AND grant_id = $2`, [
    serverId,
    grantId,
  ]);
  if (found.length === 0) return false;
  await q.query('DELETE FROM oauth_records WHERE grant_id = $1', [grantId]);
  return true;
}

/** Ends every grant a user gave on a server (their instance was deleted); answers how many. */
export async function revokeUserGrants(q: Queryable, serverId: string, userId: string): Promise<number> {
  const rows = await q.query<{ grant_id: string }>(
    `DELETE FROM oauth_records WHERE grant_id IN (
       SELECT grant_id FROM oauth_records WHERE kind = 'Grant' AND server_id = $1 AND user_id = $2)
     RETURNING grant_id`,
    [serverId, userId],
  );
  return new Set(rows.map((row) => row.grant_id)).size;
}
