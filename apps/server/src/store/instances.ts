import type { Queryable, SqlValue } from '../db/database.js';
import { newUuid } from '../util/ids.js';

export interface InstanceRow {
  id: string;
  project_id: string;
  server_id: string;
  user_id: string;
  created_at: Date;
  updated_at: Date;
}

/** Undefined when the user already has an instance of this server (the unique key decides, race-free). */
export async function insertInstance(
  q: Queryable,
  projectId: string,
  serverId: string,
  userId: string,
): Promise<InstanceRow | undefined> {
  const rows = await q.query<InstanceRow>(
    `INSERT INTO mcp_instances (id, project_id, server_id, user_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (server_id, user_id) DO NOTHING RETURNING *`,
    [newUuid(), projectId, serverId, userId],
  );
  return rows[0];
}

export interface InstanceFilters {
  search?: string | undefined;
  orderBy: 'created_at' | 'updated_at';
  direction: 'asc' | 'desc';
  pageNo: number;
  limit: number;
}

export async function listInstances(
  q: Queryable,
  projectId: string,
  serverId: string,
  filters: InstanceFilters,
): Promise<{ rows: InstanceRow[]; total: number }> {
  const params: SqlValue[] = [projectId, serverId];
  let clause = 'project_id = $1 AND server_id = $2';
  if (filters.search !== undefined && filters.search !== '') {
    params.push(filters.search);
    clause += ` AND strpos(user_id, $${params.length}) > 0`;
  }
  const column = filters.orderBy === 'created_at' ? 'created_at' : 'updated_at';
  const direction = filters.direction === 'asc' ? 'ASC' : 'DESC';
  const offset = (filters.pageNo - 1) * filters.limit;
  const [rows, counted] = await Promise.all([
    q.query<InstanceRow>(
      `SELECT * FROM mcp_instances WHERE ${clause}
       ORDER BY ${column} ${direction}, id ${direction} LIMIT ${filters.limit} OFFSET ${offset}`,
      params,
    ),
    q.query<{ n: number }>(`SELECT count(*)::int AS n FROM mcp_instances WHERE ${clause}`, params),
  ]);
  return { rows, total: counted[0]?.n ?? 0 };
}

export async function deleteInstance(
  q: Queryable,
  projectId: string,
  serverId: string,
  userId: string,
): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    'DELETE FROM mcp_instances WHERE project_id = $1 AND server_id = $2 AND user_id = $3 RETURNING id',
    [projectId, serverId, userId],
  );
  return rows.length > 0;
}
