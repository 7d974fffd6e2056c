import type { Queryable, SqlValue } from '../db/database.js';
import type { KeysetPosition } from './cursor.js';
import type { ToolCallFilters } from './tool-calls.js';

/**
 * How many calls matching the filters come before a keyset position in the log's order (newest first): the rows on
 * the earlier pages, from which a keyset page gets its `current_page`. The filters mirror listToolCalls'.
 */
export async function countToolCallsBefore(
  q: Queryable,
  projectId: string,
  filters: Omit<ToolCallFilters, 'after' | 'limit'>,
  position: KeysetPosition,
): Promise<number> {
  const where = ['project_id = $1'];
  const params: SqlValue[] = [projectId];
  const add = (sql: string, value: SqlValue) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filters.serverId !== undefined) add('server_id = ?::uuid', filters.serverId);
  if (filters.userId !== undefined) add('user_id = ?', filters.userId);
  if (filters.toolSlug !== undefined) add('tool_slug = ?', filters.toolSlug);
  if (filters.toolkitSlug !== undefined) add('toolkit_slug = ?', filters.toolkitSlug);
  if (filters.outcome !== undefined) add('outcome = ?', filters.outcome);
  if (filters.since !== undefined) add('started_at >= ?', filters.since);
  if (filters.until !== undefined) add('started_at < ?', filters.until);
  params.push(position.at, position.id);
  where.push(`(started_at, id) >= ($${params.length - 1}::timestamptz, $${params.length})`);
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM tool_calls WHERE ${where.join(' AND ')}`,
    params,
  );
  return rows[0]?.n ?? 0;
}
