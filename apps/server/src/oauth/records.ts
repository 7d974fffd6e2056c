import { createHash } from 'node:crypto';
import type { AdapterPayload } from 'oidc-provider';
import type { Vault } from '../accounts/crypto.js';
import type { Queryable } from '../db/database.js';

/**
 * oidc-provider's state as rows of `oauth_records`. Codes, tokens and interaction ids are bearer secrets, so a row is
 * keyed by the SHA-256 of its id and its payload sealed (bound to its kind and key, so it cannot be moved to another
 * row); only what queries need (grant, client, server, user, expiry) is in the clear.
 */
export const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

export interface RecordColumns {
  grantId: string | null;
  clientId: string | null;
  serverId: string | null;
  userId: string | null;
  uid: string | null;
}

interface RecordRow {
  payload: Uint8Array;
  consumed_at: Date | null;
}

const aad = (kind: string, idHash: Buffer) => `oauth_record:${kind}:${idHash.toString('hex')}`;

export async function writeRecord(
  q: Queryable,
  vault: Vault,
  kind: string,
  id: string,
  payload: AdapterPayload,
  expiresInSeconds: number | undefined,
  columns: RecordColumns,
): Promise<void> {
  const idHash = digest(id);
  const sealed = vault.seal(Buffer.from(JSON.stringify(payload), 'utf8'), aad(kind, idHash));
  await q.query(
    `INSERT INTO oauth_records (kind, id_hash, payload, grant_id, uid_hash, client_id, server_id, user_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
       CASE WHEN $9::int IS NULL THEN NULL ELSE now() + ($9::int * interval '1 second') END)
     ON CONFLICT (kind, id_hash) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id,
       uid_hash = EXCLUDED.uid_hash, client_id = EXCLUDED.client_id, server_id = EXCLUDED.server_id,
       user_id = EXCLUDED.user_id, expires_at = EXCLUDED.expires_at`,
    [
      kind,
      idHash,
      sealed,
      columns.grantId,
      columns.uid === null ? null : digest(columns.uid),
      columns.clientId,
      columns.serverId,
      columns.userId,
      expiresInSeconds === undefined ? null : Math.ceil(expiresInSeconds),
    ],
  );
}

function opened(vault: Vault, kind: string, idHash: Buffer, row: RecordRow | undefined): AdapterPayload | undefined {
  if (row === undefined) return undefined;
  const payload: AdapterPayload = JSON.parse(vault.open(row.payload, aad(kind, idHash)).toString('utf8'));
  if (row.consumed_at !== null) payload.consumed = Math.floor(row.consumed_at.getTime() / 1000);
  return payload;
}

/** The live (unexpired) record of `kind` with this id. */
export async function readRecord(
  q: Queryable,
  vault: Vault,
  kind: string,
  id: string,
): Promise<AdapterPayload | undefined> {
  const idHash = digest(id);
  const [row] = await q.query<RecordRow>(
    `SELECT payload, consumed_at FROM oauth_records
     WHERE kind = $1 AND id_hash = $2 AND (expires_at IS NULL OR expires_at > now())`,
    [kind, idHash],
  );
  return opened(vault, kind, idHash, row);
}

export async function readRecordByUid(
  q: Queryable,
  vault: Vault,
  kind: string,
  uid: string,
): Promise<AdapterPayload | undefined> {
  const [row] = await q.query<RecordRow & { id_hash: Uint8Array }>(
    `SELECT id_hash, payload, consumed_at FROM oauth_records
     WHERE kind = $1 AND uid_hash = $2 AND (expires_at IS NULL OR expires_at > now())`,
    [kind, digest(uid)],
  );
  return row === undefined ? undefined : opened(vault, kind, Buffer.from(row.id_hash), row);
}

/**
 * Marks a code or refresh token used. Only the first of two racing uses gets it: the second throws, so a replayed
 * code presented at the same moment as the real one issues nothing.
 */
export async function consumeRecord(q: Queryable, kind: string, id: string): Promise<void> {
  const rows = await q.query(
    `UPDATE oauth_records SET consumed_at = now()
     WHERE kind = $1 AND id_hash = $2 AND consumed_at IS NULL RETURNING kind`,
    [kind, digest(id)],
  );
  if (rows.length === 0) throw new Error(`${kind} was already used`);
}

export async function deleteRecord(q: Queryable, kind: string, id: string): Promise<void> {
  await q.query('DELETE FROM oauth_records WHERE kind = $1 AND id_hash = $2', [kind, digest(id)]);
}

/** Ends a grant: it and every code and token issued under it. */
export async function deleteGrant(q: Queryable, grantId: string): Promise<void> {
  await q.query('DELETE FROM oauth_records WHERE grant_id = $1', [grantId]);
}
