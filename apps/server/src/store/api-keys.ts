import type { Queryable } from '../db/database.js';
import { hashApiKey, keyPrefixLength, newApiKey, newId } from '../util/ids.js';

export interface ApiKeyRow {
  id: string;
  project_id: string;
  name: string;
  prefix: string;
  key_hash: Uint8Array;
  is_admin: boolean;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface NewApiKey {
  projectId: string;
  name: string;
  isAdmin: boolean;
}

/** Stores only the digest and a display prefix; the secret is in the answer and nowhere else. */
export async function insertApiKey(q: Queryable, input: NewApiKey): Promise<{ row: ApiKeyRow; key: string }> {
  const key = newApiKey();
  const rows = await q.query<ApiKeyRow>(
    `INSERT INTO api_keys (id, project_id, name, prefix, key_hash, is_admin)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [newId('ak'), input.projectId, input.name, key.slice(0, keyPrefixLength), hashApiKey(key), input.isAdmin],
  );
  const row = rows[0];
  if (!row) throw new Error('INSERT … RETURNING answered no row');
  return { row, key };
}

export async function findApiKeyByHash(q: Queryable, digest: Uint8Array): Promise<ApiKeyRow | undefined> {
  const rows = await q.query<ApiKeyRow>('SELECT * FROM api_keys WHERE key_hash = $1', [digest]);
  return rows[0];
}

export interface KeyPage {
  rows: ApiKeyRow[];
  total: number;
  before: number;
}

/**
 * Keyset page ordered by (created_at, id), after the key `afterId` (the last of the previous page). The position is
 * read back from the row, so the cursor never carries a timestamp rounded to milliseconds.
 */
export async function listApiKeys(
  q: Queryable,
  projectId: string,
  limit: number,
  afterId: string | undefined,
): Promise<KeyPage> {
  const params = afterId === undefined ? [projectId] : [projectId, afterId];
  const position = '(SELECT created_at, id FROM api_keys WHERE project_id = $1 AND id = $2)';
  const where = afterId === undefined ? 'project_id = $1' : `project_id = $1 AND (created_at, id) > ${position}`;
  const rows = await q.query<ApiKeyRow>(
    `SELECT * FROM api_keys WHERE ${where} ORDER BY created_at, id LIMIT ${Number(limit) + 1}`,
    params,
  );
  const before = afterId === undefined ? 'false' : `(created_at, id) <= ${position}`;
  const [{ total = 0, before: seen = 0 } = {}] = await q.query<{ total: number; before: number }>(
    `SELECT count(*)::int AS total, (count(*) FILTER (WHERE ${before}))::int AS before FROM api_keys WHERE project_id = $1`,
    params,
  );
  return { rows, total, before: seen };
}

export async function getApiKey(q: Queryable, projectId: string, id: string): Promise<ApiKeyRow | undefined> {
  const rows = await q.query<ApiKeyRow>('SELECT * FROM api_keys WHERE project_id = $1 AND id = $2', [projectId, id]);
  return rows[0];
}

/** Idempotent: revoking a revoked key keeps its first revocation time. */
export async function revokeApiKey(q: Queryable, projectId: string, id: string): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    'UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE project_id = $1 AND id = $2 RETURNING id',
    [projectId, id],
  );
  return rows.length > 0;
}

/** The WHERE clause keeps this a no-op when another replica already stamped the key this minute. */
export async function touchApiKey(q: Queryable, id: string): Promise<void> {
  await q.query(
    `UPDATE api_keys SET last_used_at = now()
     WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [id],
  );
}
