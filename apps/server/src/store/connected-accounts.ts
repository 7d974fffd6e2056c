import type { Queryable, SqlValue } from '../db/database.js';
import { type KeysetPosition, keysetCursor } from '../paging/cursors.js';
import { newId } from '../util/ids.js';

export type ConnectedAccountStatus = 'INITIALIZING' | 'INITIATED' | 'ACTIVE' | 'FAILED' | 'EXPIRED' | 'INACTIVE';

export interface ConnectedAccountRow {
  id: string;
  project_id: string;
  auth_config_id: string;
  user_id: string;
  status: ConnectedAccountStatus;
  status_reason: string | null;
  /** A sealed JSON object (src/accounts/crypto.ts, AAD `connected_account:<id>`); never read outside src/accounts. */
  secrets_encrypted: Uint8Array | null;
  token_expires_at: Date | null;
  callback_url: string | null;
  connection_data: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
}

/** An account with the facts of its auth config that every answer about it needs. */
export interface AccountWithConfig extends ConnectedAccountRow {
  toolkit_slug: string;
  auth_scheme: string;
  is_composio_managed: boolean;
  auth_config_status: 'ENABLED' | 'DISABLED';
}

export interface NewConnectedAccount {
  /** Given when secrets are sealed before the insert (the AAD names the id). */
  id?: string | undefined;
  projectId: string;
  authConfigId: string;
  userId: string;
  status?: ConnectedAccountStatus | undefined;
  statusReason?: string | null | undefined;
  secretsEncrypted?: Uint8Array | null | undefined;
  callbackUrl?: string | null | undefined;
  connectionData?: Record<string, unknown> | undefined;
}

export const newConnectedAccountId = (): string => newId('ca');

export async function insertConnectedAccount(q: Queryable, input: NewConnectedAccount): Promise<ConnectedAccountRow> {
  const rows = await q.query<ConnectedAccountRow>(
    `INSERT INTO connected_accounts (id, project_id, auth_config_id, user_id, status, status_reason, secrets_encrypted,
       callback_url, connection_data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) RETURNING *`,
    [
      input.id ?? newConnectedAccountId(),
      input.projectId,
      input.authConfigId,
      input.userId,
      input.status ?? 'ACTIVE',
      input.statusReason ?? null,
      input.secretsEncrypted ?? null,
      input.callbackUrl ?? null,
      JSON.stringify(input.connectionData ?? {}),
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

const withConfig = `SELECT a.*, c.toolkit_slug, c.auth_scheme, c.is_composio_managed, c.status AS auth_config_status
  FROM connected_accounts a JOIN auth_configs c ON c.id = a.auth_config_id`;

export async function getAccount(q: Queryable, projectId: string, id: string): Promise<AccountWithConfig | undefined> {
  const rows = await q.query<AccountWithConfig>(`${withConfig} WHERE a.project_id = $1 AND a.id = $2`, [projectId, id]);
  return rows[0];
}

/** The user's accounts for a toolkit, most recently updated first (the order the credential provider picks by). */
export async function accountsForToolkit(
  q: Queryable,
  projectId: string,
  userId: string,
  toolkitSlug: string,
): Promise<AccountWithConfig[]> {
  return q.query<AccountWithConfig>(
    `${withConfig} WHERE a.project_id = $1 AND a.user_id = $2 AND c.toolkit_slug = $3
     ORDER BY a.updated_at DESC, a.id DESC`,
    [projectId, userId, toolkitSlug.toLowerCase()],
  );
}

/** All of a user's accounts in the project, most recently updated first (a tool session's connection state). */
export async function accountsOfUser(q: Queryable, projectId: string, userId: string): Promise<AccountWithConfig[]> {
  return q.query<AccountWithConfig>(
    `${withConfig} WHERE a.project_id = $1 AND a.user_id = $2 ORDER BY a.updated_at DESC, a.id DESC`,
    [projectId, userId],
  );
}

export interface AccountFilters {
  userIds?: readonly string[] | undefined;
  toolkitSlugs?: readonly string[] | undefined;
  statuses?: readonly string[] | undefined;
  authConfigIds?: readonly string[] | undefined;
  orderBy: 'created_at' | 'updated_at';
  direction: 'asc' | 'desc';
  after?: KeysetPosition | undefined;
  limit: number;
}

export async function listAccounts(
  q: Queryable,
  projectId: string,
  filters: AccountFilters,
): Promise<{ rows: AccountWithConfig[]; nextCursor: string | null; total: number; before: number }> {
  const where = ['a.project_id = $1'];
  const params: SqlValue[] = [projectId];
  const anyOf = (column: string, values: readonly string[] | undefined) => {
    if (values === undefined || values.length === 0) return;
    params.push(values);
    where.push(`${column} = ANY($${params.length}::text[])`);
  };
  anyOf('a.user_id', filters.userIds);
  anyOf(
    'c.toolkit_slug',
    filters.toolkitSlugs?.map((s) => s.toLowerCase()),
  );
  anyOf('a.status', filters.statuses);
  anyOf('a.auth_config_id', filters.authConfigIds);
  const matching = where.join(' AND ');
  const matchingParams = [...params];
  // The column is one of two literals (validated upstream), never user text.
  const column = filters.orderBy === 'updated_at' ? 'a.updated_at' : 'a.created_at';
  const cmp = filters.direction === 'desc' ? '<' : '>';
  const dir = filters.direction === 'desc' ? 'DESC' : 'ASC';
  let beforeSql = 'false';
  const countParams = [...matchingParams];
  if (filters.after !== undefined) {
    params.push(filters.after.at, filters.after.id);
    where.push(`(${column}, a.id) ${cmp} ($${params.length - 1}::timestamptz, $${params.length})`);
    countParams.push(filters.after.at, filters.after.id);
    const flip = cmp === '<' ? '>=' : '<=';
    beforeSql = `(${column}, a.id) ${flip} ($${countParams.length - 1}::timestamptz, $${countParams.length})`;
  }
  params.push(filters.limit + 1);
  const rows = await q.query<AccountWithConfig>(
    `${withConfig} WHERE ${where.join(' AND ')} ORDER BY ${column} ${dir}, a.id ${dir} LIMIT $${params.length}`,
    params,
  );
  const counted = await q.query<{ total: number; before: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE ${beforeSql})::int AS before
     FROM connected_accounts a JOIN auth_configs c ON c.id = a.auth_config_id WHERE ${matching}`,
    countParams,
  );
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  const at = last === undefined ? undefined : filters.orderBy === 'updated_at' ? last.updated_at : last.created_at;
  return {
    rows: page,
    nextCursor:
      rows.length > filters.limit && last && at ? keysetCursor.encode({ at: at.toISOString(), id: last.id }) : null,
    total: counted[0]?.total ?? 0,
    before: counted[0]?.before ?? 0,
  };
}

export interface AccountChanges {
  status?: ConnectedAccountStatus | undefined;
  statusReason?: string | null | undefined;
  secretsEncrypted?: Uint8Array | null | undefined;
  tokenExpiresAt?: Date | null | undefined;
}

export async function updateAccount(
  q: Queryable,
  projectId: string,
  id: string,
  changes: AccountChanges,
): Promise<ConnectedAccountRow | undefined> {
  const sets: string[] = [];
  const params: SqlValue[] = [projectId, id];
  const set = (column: string, value: SqlValue) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (changes.status !== undefined) set('status', changes.status);
  if (changes.statusReason !== undefined) set('status_reason', changes.statusReason);
  if (changes.secretsEncrypted !== undefined) set('secrets_encrypted', changes.secretsEncrypted);
  if (changes.tokenExpiresAt !== undefined) set('token_expires_at', changes.tokenExpiresAt);
  const rows = await q.query<ConnectedAccountRow>(
    `UPDATE connected_accounts SET ${[...sets, 'updated_at = clock_timestamp()'].join(', ')}
     WHERE project_id = $1 AND id = $2 RETURNING *`,
    params,
  );
  return rows[0];
}

export async function deleteAccount(q: Queryable, projectId: string, id: string): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    'DELETE FROM connected_accounts WHERE project_id = $1 AND id = $2 RETURNING id',
    [projectId, id],
  );
  return rows.length > 0;
}
