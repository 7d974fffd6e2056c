import type { Queryable } from '../db/database.js';
import type { KeysetPosition } from '../paging/cursors.js';
import { type ToolCallFilters, toolCallWhere } from './tool-calls.js';

/**
 * How many calls matching the filters come before a keyset position in the log's order (newest first): the rows on
 * the earlier pages, from which a keyset page gets its `current_page`.
 */
export async function countToolCallsBefore(
  q: Queryable,
  projectId: string,
  filters: Omit<ToolCallFilters, 'after' | 'limit'>,
  position: KeysetPosition,
): Promise<number> {
  const { where, params } = toolCallWhere(projectId, filters);
  params.push(position.at, position.id);
  where.push(`(started_at, id) >= ($${params.length - 1}::timestamptz, $${params.length})`);
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM tool_calls WHERE ${where.join(' AND ')}`,
    params,
  );
  return rows[0]?.n ?? 0;
}
