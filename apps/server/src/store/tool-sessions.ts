import type { Queryable } from '../db/database.js';
import { randomBase62 } from '../util/ids.js';

/**
 * Tool sessions and their archived configs. The config is stored as validated (request spelling); the REST layer
 * echoes it. Every query is scoped to the caller's project.
 */
export interface ToolSessionRow {
  id: string;
  project_id: string;
  user_id: string;
  config: unknown;
  config_version: number;
  created_at: Date;
  updated_at: Date;
}

export interface ToolSessionVersionRow {
  version: number;
  config: unknown;
  created_at: Date;
}

export const newToolSessionId = (): string => `trs_${randomBase62(20)}`;

export async function insertToolSession(
  q: Queryable,
  input: { projectId: string; userId: string; config: unknown },
): Promise<ToolSessionRow> {
  const rows = await q.query<ToolSessionRow>(
    'INSERT INTO tool_sessions (id, project_id, user_id, config) VALUES ($1, $2, $3, $4::jsonb) RETURNING *',
    [newToolSessionId(), input.projectId, input.userId, JSON.stringify(input.config)],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('INSERT … RETURNING answered no row');
  return row;
}

export async function getToolSession(q: Queryable, projectId: string, id: string): Promise<ToolSessionRow | undefined> {
  const rows = await q.query<ToolSessionRow>('SELECT * FROM tool_sessions WHERE project_id = $1 AND id = $2', [
    projectId,
    id,
  ]);
  return rows[0];
}

/**
 * Replaces the config if it is still at `expectedVersion`, archiving the old one: undefined when another change won
 * (the caller answers 409) or the session is gone.
 */
export async function replaceToolSessionConfig(
  q: Queryable,
  row: ToolSessionRow,
  config: unknown,
): Promise<ToolSessionRow | undefined> {
  const rows = await q.query<ToolSessionRow>(
    `WITH archived AS (
       INSERT INTO tool_session_configs (session_id, version, config)
       SELECT id, config_version, config FROM tool_sessions
       WHERE project_id = $1 AND id = $2 AND config_version = $3
       ON CONFLICT DO NOTHING RETURNING session_id
     )
     UPDATE tool_sessions SET config = $4::jsonb, config_version = config_version + 1, updated_at = now()
     WHERE project_id = $1 AND id IN (SELECT session_id FROM archived) RETURNING *`,
    [row.project_id, row.id, row.config_version, JSON.stringify(config)],
  );
  return rows[0];
}

export async function deleteToolSession(q: Queryable, projectId: string, id: string): Promise<boolean> {
  const rows = await q.query('DELETE FROM tool_sessions WHERE project_id = $1 AND id = $2 RETURNING id', [
    projectId,
    id,
  ]);
  return rows.length > 0;
}

/** Archived versions, newest first, and how many there are. */
export async function listToolSessionVersions(
  q: Queryable,
  sessionId: string,
  offset: number,
  limit: number,
): Promise<{ rows: ToolSessionVersionRow[]; total: number }> {
  const [rows, counted] = await Promise.all([
    q.query<ToolSessionVersionRow>(
      `SELECT version, config, created_at FROM tool_session_configs WHERE session_id = $1
       ORDER BY version DESC OFFSET $2 LIMIT $3`,
      [sessionId, offset, limit],
    ),
    q.query<{ total: number }>('SELECT count(*)::int AS total FROM tool_session_configs WHERE session_id = $1', [
      sessionId,
    ]),
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}
