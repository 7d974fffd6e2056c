import type { Queryable } from '../db/database.js';
import { newId } from '../ids.js';

// No REST endpoint yet (a later issue adds one); instances already depend on these rows and tests insert them.

export type ConnectedAccountStatus = 'INITIALIZING' | 'INITIATED' | 'ACTIVE' | 'FAILED' | 'EXPIRED' | 'INACTIVE';

export interface ConnectedAccountRow {
  id: string;
  project_id: string;
  auth_config_id: string;
  user_id: string;
  status: ConnectedAccountStatus;
  status_reason: string | null;
  secrets_encrypted: Uint8Array | null;
  created_at: Date;
  updated_at: Date;
}

export interface NewConnectedAccount {
  projectId: string;
  authConfigId: string;
  userId: string;
  status?: ConnectedAccountStatus | undefined;
  statusReason?: string | null | undefined;
  secretsEncrypted?: Uint8Array | null | undefined;
}

export async function insertConnectedAccount(q: Queryable, input: NewConnectedAccount): Promise<ConnectedAccountRow> {
  const rows = await q.query<ConnectedAccountRow>(
    `INSERT INTO connected_accounts (id, project_id, auth_config_id, user_id, status, status_reason, secrets_encrypted)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [
      newId('ca'),
      input.projectId,
      input.authConfigId,
      input.userId,
      input.status ?? 'ACTIVE',
      input.statusReason ?? null,
      input.secretsEncrypted ?? null,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('INSERT … RETURNING answered no row');
  return row;
}

/** Which of `authConfigIds` the user has an ACTIVE account for. */
export async function activeAuthConfigIds(
  q: Queryable,
  projectId: string,
  userId: string,
  authConfigIds: readonly string[],
): Promise<Set<string>> {
  if (authConfigIds.length === 0) return new Set();
  const rows = await q.query<{ auth_config_id: string }>(
    `SELECT DISTINCT auth_config_id FROM connected_accounts
     WHERE project_id = $1 AND user_id = $2 AND auth_config_id = ANY($3::text[]) AND status = 'ACTIVE'`,
    [projectId, userId, authConfigIds],
  );
  return new Set(rows.map((r) => r.auth_config_id));
}

export async function deleteUserAccounts(
  q: Queryable,
  projectId: string,
  userId: string,
  authConfigIds: readonly string[],
): Promise<number> {
  if (authConfigIds.length === 0) return 0;
  const rows = await q.query<{ id: string }>(
    `DELETE FROM connected_accounts
     WHERE project_id = $1 AND user_id = $2 AND auth_config_id = ANY($3::text[]) RETURNING id`,
    [projectId, userId, authConfigIds],
  );
  return rows.length;
}

export async function findConnectedAccounts(
  q: Queryable,
  projectId: string,
  ids: readonly string[],
): Promise<ConnectedAccountRow[]> {
  if (ids.length === 0) return [];
  return q.query<ConnectedAccountRow>(
    'SELECT * FROM connected_accounts WHERE project_id = $1 AND id = ANY($2::text[])',
    [projectId, ids],
  );
}
