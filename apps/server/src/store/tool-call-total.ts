import type { Queryable, SqlValue } from '../db/database.js';

/** Up to this many matching rows, a filtered total is counted exactly; beyond, the planner's estimate answers. */
export const exactTotalLimit = 10_000;

/**
 * The total a call-log page reports. Unfiltered: the project's counter, kept exact by triggers. Filtered: an exact
 * count while it stays under `exactTotalLimit` (an index range scan of at most that many entries), else the
 * planner's row estimate — counting 400k matches of a 10M-row log takes seconds, and a total that large is a
 * magnitude for a pager, not a figure anyone needs exactly.
 */
export async function toolCallTotal(
  q: Queryable,
  where: readonly string[],
  params: readonly SqlValue[],
): Promise<number> {
  if (where.length === 1) {
    const rows = await q.query<{ total: number }>(
      'SELECT COALESCE((SELECT total::int FROM tool_call_counts WHERE project_id = $1), 0) AS total',
      params,
    );
    return rows[0]?.total ?? 0;
  }
  const filter = where.join(' AND ');
  const [capped] = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM tool_calls WHERE ${filter} LIMIT ${exactTotalLimit + 1}) AS s`,
    params,
  );
  const n = capped?.n ?? 0;
  if (n <= exactTotalLimit) return n;
  const [plan] = await q.query<{ 'QUERY PLAN': unknown }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM tool_calls WHERE ${filter}`,
    params,
  );
  return Math.max(n, estimatedRows(plan?.['QUERY PLAN']));
}

function estimatedRows(plan: unknown): number {
  const parsed: unknown = typeof plan === 'string' ? JSON.parse(plan) : plan;
  const top = Array.isArray(parsed) ? parsed[0] : undefined;
  const node = typeof top === 'object' && top !== null && 'Plan' in top ? top.Plan : undefined;
  const rows = typeof node === 'object' && node !== null && 'Plan Rows' in node ? node['Plan Rows'] : undefined;
  return typeof rows === 'number' ? Math.round(rows) : 0;
}
