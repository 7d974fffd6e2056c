import type { Queryable, SqlValue } from '../db/database.js';
import { type KeysetPosition, keysetCursor } from '../paging/cursors.js';
import { newId } from '../util/ids.js';

export interface AuthConfigRow {
  id: string;
  project_id: string;
  toolkit_slug: string;
  name: string;
  auth_scheme: string;
  status: 'ENABLED' | 'DISABLED';
  is_composio_managed: boolean;
  /** A sealed JSON object (src/accounts/crypto.ts, AAD `auth_config:<id>`); never read outside src/accounts. */
  credentials_encrypted: Uint8Array | null;
  scopes: string[];
  created_at: Date;
  updated_at: Date;
}

export interface NewAuthConfig {
  /** Given when the credentials are sealed before the insert (the AAD names the id). */
  id?: string | undefined;
  projectId: string;
  toolkitSlug: string;
  name?: string | undefined;
  authScheme?: string | undefined;
  status?: 'ENABLED' | 'DISABLED' | undefined;
  isComposioManaged?: boolean | undefined;
  credentialsEncrypted?: Uint8Array | null | undefined;
  scopes?: readonly string[] | undefined;
}

export const newAuthConfigId = (): string => newId('ac');

export async function insertAuthConfig(q: Queryable, input: NewAuthConfig): Promise<AuthConfigRow> {
  const rows = await q.query<AuthConfigRow>(
    `INSERT INTO auth_configs (id, project_id, toolkit_slug, name, auth_scheme, status, is_composio_managed,
       credentials_encrypted, scopes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[]) RETURNING *`,
    [
      input.id ?? newAuthConfigId(),
      input.projectId,
      input.toolkitSlug.toLowerCase(),
      input.name ?? `${input.toolkitSlug} auth`,
      input.authScheme ?? 'NO_AUTH',
      input.status ?? 'ENABLED',
      input.isComposioManaged ?? false,
      input.credentialsEncrypted ?? null,
      input.scopes ?? [],
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('INSERT … RETURNING answered no row');
  return row;
}

/** The rows among `ids` that belong to the project; callers compare lengths to name the missing ones. */
export async function findAuthConfigs(
  q: Queryable,
  projectId: string,
  ids: readonly string[],
): Promise<AuthConfigRow[]> {
  if (ids.length === 0) return [];
  return q.query<AuthConfigRow>('SELECT * FROM auth_configs WHERE project_id = $1 AND id = ANY($2::text[])', [
    projectId,
    ids,
  ]);
}

export async function getAuthConfig(q: Queryable, projectId: string, id: string): Promise<AuthConfigRow | undefined> {
  return (await findAuthConfigs(q, projectId, [id]))[0];
}

export interface AuthConfigFilters {
  toolkitSlug?: string | undefined;
  isComposioManaged?: boolean | undefined;
  search?: string | undefined;
  after?: KeysetPosition | undefined;
  limit: number;
}

/** Newest first, keyset-paged; answers the page, the next cursor, the total and how many rows precede the page. */
export async function listAuthConfigs(
  q: Queryable,
  projectId: string,
  filters: AuthConfigFilters,
): Promise<{ rows: AuthConfigRow[]; nextCursor: string | null; total: number; before: number }> {
  const where = ['project_id = $1'];
  const params: SqlValue[] = [projectId];
  const add = (sql: string, value: SqlValue) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filters.toolkitSlug !== undefined) add('toolkit_slug = ?', filters.toolkitSlug.toLowerCase());
  if (filters.isComposioManaged !== undefined) add('is_composio_managed = ?', filters.isComposioManaged);
  // The search text is a parameter, and LIKE's wildcards in it are escaped: it matches literally.
  if (filters.search !== undefined && filters.search !== '') {
    add("lower(name) LIKE '%' || ? || '%' ESCAPE '\\'", filters.search.toLowerCase().replace(/[\\%_]/g, '\\$&'));
  }
  const matching = where.join(' AND ');
  const matchingParams = [...params];
  let beforeSql = 'false';
  if (filters.after !== undefined) {
    params.push(filters.after.at, filters.after.id);
    const keyset = `(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`;
    where.push(keyset);
    beforeSql = `(created_at, id) >= ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(filters.limit + 1);
  const rows = await q.query<AuthConfigRow>(
    `SELECT * FROM auth_configs WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const counted = await q.query<{ total: number; before: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE ${beforeSql})::int AS before
     FROM auth_configs WHERE ${matching}`,
    filters.after === undefined ? matchingParams : [...matchingParams, filters.after.at, filters.after.id],
  );
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > filters.limit && last
        ? keysetCursor.encode({ at: last.created_at.toISOString(), id: last.id })
        : null,
    total: counted[0]?.total ?? 0,
    before: counted[0]?.before ?? 0,
  };
}

export async function countConnections(q: Queryable, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<{ auth_config_id: string; n: number }>(
    `SELECT auth_config_id, count(*)::int AS n FROM connected_accounts
     WHERE auth_config_id = ANY($1::text[]) GROUP BY auth_config_id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.auth_config_id, r.n]));
}

export interface AuthConfigChanges {
  name?: string | undefined;
  credentialsEncrypted?: Uint8Array | undefined;
  scopes?: readonly string[] | undefined;
  status?: 'ENABLED' | 'DISABLED' | undefined;
}

export async function updateAuthConfig(
  q: Queryable,
  projectId: string,
  id: string,
  changes: AuthConfigChanges,
): Promise<AuthConfigRow | undefined> {
  const sets: string[] = [];
  const params: SqlValue[] = [projectId, id];
  const set = (column: string, value: SqlValue, cast = '') => {
    params.push(value);
    sets.push(`${column} = $${params.length}${cast}`);
  };
  if (changes.name !== undefined) set('name', changes.name);
  if (changes.credentialsEncrypted !== undefined) set('credentials_encrypted', changes.credentialsEncrypted);
  if (changes.scopes !== undefined) set('scopes', changes.scopes, '::text[]');
  if (changes.status !== undefined) set('status', changes.status);
  if (sets.length === 0) return getAuthConfig(q, projectId, id);
  const rows = await q.query<AuthConfigRow>(
    `UPDATE auth_configs SET ${sets.join(', ')}, updated_at = now() WHERE project_id = $1 AND id = $2 RETURNING *`,
    params,
  );
  return rows[0];
}

/** Deletes the config (its accounts go by cascade) and takes it off the project's MCP servers; false if unknown. */
export async function deleteAuthConfig(q: Queryable, projectId: string, id: string): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    'DELETE FROM auth_configs WHERE project_id = $1 AND id = $2 RETURNING id',
    [projectId, id],
  );
  if (rows.length === 0) return false;
  await q.query(
    `UPDATE mcp_servers SET auth_config_ids = array_remove(auth_config_ids, $2), updated_at = now()
     WHERE project_id = $1 AND $2 = ANY(auth_config_ids)`,
    [projectId, id],
  );
  return true;
}
