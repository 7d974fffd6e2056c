import type { Queryable } from '../db/database.js';
import { newId } from '../util/ids.js';

export interface ProjectRow {
  id: string;
  name: string;
  /** The operator's project (made at first start): see toolkits/stdio-policy.ts. */
  is_operator: boolean;
  created_at: Date;
}

export async function insertProject(q: Queryable, name: string, isOperator = false): Promise<ProjectRow> {
  const rows = await q.query<ProjectRow>(
    'INSERT INTO projects (id, name, is_operator) VALUES ($1, $2, $3) RETURNING *',
    [newId('pr'), name, isOperator],
  );
  const row = rows[0];
  if (!row) throw new Error('INSERT … RETURNING answered no row');
  return row;
}

export async function getProject(q: Queryable, id: string): Promise<ProjectRow | undefined> {
  const rows = await q.query<ProjectRow>('SELECT * FROM projects WHERE id = $1', [id]);
  return rows[0];
}

/** The operator's project: the one made at first start (see toolkits/stdio-policy.ts). */
export async function operatorProject(q: Queryable): Promise<ProjectRow | undefined> {
  const rows = await q.query<ProjectRow>('SELECT * FROM projects WHERE is_operator ORDER BY created_at, id LIMIT 1');
  return rows[0];
}

export async function countProjects(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM projects');
  return rows[0]?.n ?? 0;
}
