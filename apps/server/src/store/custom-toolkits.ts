import type { Queryable, SqlValue } from '../db/database.js';

export type CustomToolkitKind = 'mcp_stdio' | 'mcp_http' | 'openapi';

export interface CustomToolkitRow {
  project_id: string;
  slug: string;
  name: string;
  description: string;
  logo: string | null;
  categories: string[];
  kind: CustomToolkitKind;
  /** The API's `mcp` or `openapi` object; validated with core's schemas before it is stored. */
  source: unknown;
  timeout_ms: number;
  created_at: Date;
  updated_at: Date;
}

export interface CustomToolkitInput {
  name: string;
  description: string;
  logo: string | null;
  categories: readonly string[];
  kind: CustomToolkitKind;
  source: unknown;
  timeoutMs: number;
}

/** $1…$9 of both the insert and the update, in the column order they name. */
function params(projectId: string, slug: string, input: CustomToolkitInput): SqlValue[] {
  const { name, description, logo, categories, kind, source, timeoutMs } = input;
  return [projectId, slug, name, description, logo, categories, kind, JSON.stringify(source), timeoutMs];
}

export async function listCustomToolkits(q: Queryable, projectId: string): Promise<CustomToolkitRow[]> {
  return q.query<CustomToolkitRow>('SELECT * FROM custom_toolkits WHERE project_id = $1 ORDER BY slug', [projectId]);
}

export async function getCustomToolkit(
  q: Queryable,
  projectId: string,
  slug: string,
): Promise<CustomToolkitRow | undefined> {
  const rows = await q.query<CustomToolkitRow>('SELECT * FROM custom_toolkits WHERE project_id = $1 AND slug = $2', [
    projectId,
    slug,
  ]);
  return rows[0];
}

/** Inserts; answers undefined when the slug is taken in this project. */
export async function insertCustomToolkit(
  q: Queryable,
  projectId: string,
  slug: string,
  input: CustomToolkitInput,
): Promise<CustomToolkitRow | undefined> {
  const rows = await q.query<CustomToolkitRow>(
    `INSERT INTO custom_toolkits (project_id, slug, name, description, logo, categories, kind, source, timeout_ms)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8::jsonb, $9)
     ON CONFLICT (project_id, slug) DO NOTHING RETURNING *`,
    params(projectId, slug, input),
  );
  return rows[0];
}

export async function updateCustomToolkit(
  q: Queryable,
  projectId: string,
  slug: string,
  input: CustomToolkitInput,
): Promise<CustomToolkitRow | undefined> {
  const rows = await q.query<CustomToolkitRow>(
    `UPDATE custom_toolkits SET name = $3, description = $4, logo = $5, categories = $6::text[], kind = $7,
       source = $8::jsonb, timeout_ms = $9, updated_at = now()
     WHERE project_id = $1 AND slug = $2 RETURNING *`,
    params(projectId, slug, input),
  );
  return rows[0];
}

export async function deleteCustomToolkit(q: Queryable, projectId: string, slug: string): Promise<boolean> {
  const rows = await q.query('DELETE FROM custom_toolkits WHERE project_id = $1 AND slug = $2 RETURNING slug', [
    projectId,
    slug,
  ]);
  return rows.length > 0;
}
