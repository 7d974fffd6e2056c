import type { Queryable } from '../db/database.js';
import { newId } from '../ids.js';

// No REST endpoint yet (a later issue adds one); MCP servers already reference these rows and tests insert them.

export interface AuthConfigRow {
  id: string;
  project_id: string;
  toolkit_slug: string;
  name: string;
  auth_scheme: string;
  status: 'ENABLED' | 'DISABLED';
  is_composio_managed: boolean;
  credentials_encrypted: Uint8Array | null;
  created_at: Date;
  updated_at: Date;
}

export interface NewAuthConfig {
  projectId: string;
  toolkitSlug: string;
  name?: string | undefined;
  authScheme?: string | undefined;
  status?: 'ENABLED' | 'DISABLED' | undefined;
  isComposioManaged?: boolean | undefined;
  credentialsEncrypted?: Uint8Array | null | undefined;
}

export async function insertAuthConfig(q: Queryable, input: NewAuthConfig): Promise<AuthConfigRow> {
  const rows = await q.query<AuthConfigRow>(
    `INSERT INTO auth_configs (id, project_id, toolkit_slug, name, auth_scheme, status, is_composio_managed,
       credentials_encrypted)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [
      newId('ac'),
      input.projectId,
      input.toolkitSlug.toLowerCase(),
      input.name ?? `${input.toolkitSlug} auth`,
      input.authScheme ?? 'NO_AUTH',
      input.status ?? 'ENABLED',
      input.isComposioManaged ?? false,
      input.credentialsEncrypted ?? null,
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
