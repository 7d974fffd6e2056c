import type { Queryable, SqlValue } from '../db/database.js';
import { type KeysetPosition, keysetCursor } from '../paging/cursors.js';
import { randomBase62 } from '../util/ids.js';
import { toolCallTotal } from './tool-call-total.js';

export interface ToolCallRow {
  id: string;
  project_id: string;
  server_id: string | null;
  user_id: string;
  connected_account_id: string | null;
  tool_slug: string;
  toolkit_slug: string;
  source: 'mcp' | 'api';
  started_at: Date;
  duration_ms: number;
  outcome: 'success' | 'error';
  error: string | null;
  /** The tool session the call ran in, if any. */
  session_id: string | null;
}

/** `session_id` may be left out: only calls made in a tool session carry one. */
export type NewToolCall = Omit<ToolCallRow, 'id' | 'session_id'> & { session_id?: string | null | undefined };

export const newToolCallId = (): string => `log_${randomBase62(20)}`;

/** Error texts are kept short: a log row is for finding a call, not for replaying its output. */
const maxErrorLength = 2000;

type ColumnValue = string | number | Date | null;

/** The columns a call-log row is written with: each one's array type, and its value for one call. */
const insertColumns: readonly (readonly [string, string, (id: string, call: NewToolCall) => ColumnValue])[] = [
  ['id', 'text', (id) => id],
  ['project_id', 'text', (_, c) => c.project_id],
  ['server_id', 'uuid', (_, c) => c.server_id],
  ['user_id', 'text', (_, c) => c.user_id],
  ['connected_account_id', 'text', (_, c) => c.connected_account_id],
  ['tool_slug', 'text', (_, c) => c.tool_slug],
  ['toolkit_slug', 'text', (_, c) => c.toolkit_slug],
  ['source', 'text', (_, c) => c.source],
  ['started_at', 'timestamptz', (_, c) => c.started_at],
  ['duration_ms', 'float8', (_, c) => c.duration_ms],
  ['outcome', 'text', (_, c) => c.outcome],
  ['error', 'text', (_, c) => (c.error === null ? null : c.error.slice(0, maxErrorLength))],
  ['session_id', 'text', (_, c) => c.session_id ?? null],
];

// One text for any number of rows, a column per array parameter: both engines plan it once (PGlite keeps it
// prepared), where `VALUES ($1…), ($14…)` was a new statement, and a new plan held in memory, for every batch size.
const insertSql = `INSERT INTO tool_calls (${insertColumns.map(([name]) => name).join(', ')})
  SELECT * FROM unnest(${insertColumns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;

/** Inserts several calls in one statement (the call log's group commit). */
export async function insertToolCalls(
  q: Queryable,
  calls: readonly { id: string; call: NewToolCall }[],
): Promise<void> {
  if (calls.length === 0) return;
  await q.query(
    insertSql,
    insertColumns.map(([, , value]) => calls.map(({ id, call }) => value(id, call))),
  );
}

export interface ToolCallFilters {
  serverId?: string | undefined;
  sessionId?: string | undefined;
  userId?: string | undefined;
  toolSlug?: string | undefined;
  toolkitSlug?: string | undefined;
  outcome?: 'success' | 'error' | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
  after?: KeysetPosition | undefined;
  limit: number;
}

/** The WHERE clause (and its parameters) of the call log's filters, shared by the page and position queries. */
export function toolCallWhere(
  projectId: string,
  filters: Omit<ToolCallFilters, 'after' | 'limit'>,
): { where: string[]; params: SqlValue[] } {
  const where = ['project_id = $1'];
  const params: SqlValue[] = [projectId];
  const add = (sql: string, value: SqlValue) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filters.serverId !== undefined) add('server_id = ?::uuid', filters.serverId);
  if (filters.sessionId !== undefined) add('session_id = ?', filters.sessionId);
  if (filters.userId !== undefined) add('user_id = ?', filters.userId);
  if (filters.toolSlug !== undefined) add('tool_slug = ?', filters.toolSlug);
  if (filters.toolkitSlug !== undefined) add('toolkit_slug = ?', filters.toolkitSlug);
  if (filters.outcome !== undefined) add('outcome = ?', filters.outcome);
  if (filters.since !== undefined) add('started_at >= ?', filters.since);
  if (filters.until !== undefined) add('started_at < ?', filters.until);
  return { where, params };
}

/** Newest first; answers the page, the next cursor, and the total that the filters match. */
export async function listToolCalls(
  q: Queryable,
  projectId: string,
  filters: ToolCallFilters,
): Promise<{ rows: ToolCallRow[]; nextCursor: string | null; total: number }> {
  const { where, params } = toolCallWhere(projectId, filters);
  const matching = [...where];
  const matchingParams = [...params];
  if (filters.after !== undefined) {
    params.push(filters.after.at, filters.after.id);
    where.push(`(started_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(filters.limit + 1);
  const [rows, counted] = await Promise.all([
    q.query<ToolCallRow>(
      `SELECT * FROM tool_calls WHERE ${where.join(' AND ')} ORDER BY started_at DESC, id DESC LIMIT $${params.length}`,
      params,
    ),
    toolCallTotal(q, matching, matchingParams),
  ]);
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filters.limit && last !== undefined
      ? keysetCursor.encode({ at: last.started_at.toISOString(), id: last.id })
      : null;
  return { rows: page, nextCursor, total: counted };
}

export async function getToolCall(q: Queryable, projectId: string, id: string): Promise<ToolCallRow | undefined> {
  const rows = await q.query<ToolCallRow>('SELECT * FROM tool_calls WHERE project_id = $1 AND id = $2', [
    projectId,
    id,
  ]);
  return rows[0];
}
