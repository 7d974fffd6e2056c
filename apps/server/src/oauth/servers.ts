import type { Queryable } from '../db/database.js';
import { isSessionId } from './resource.js';

export interface ResourceServer {
  id: string;
  project_id: string;
  name: string;
  /** A tool session's owner: the one user a token for it may act as (a named server serves any user). */
  user_id?: string;
}

/**
 * The live MCP resource behind a resource indicator — a named server or a tool session — whatever its project: the
 * authorization server is shared by all projects, and the resource URL (a random id) is what names the project.
 */
export async function findResourceServer(q: Queryable, serverId: string): Promise<ResourceServer | undefined> {
  if (isSessionId(serverId)) {
    const sessions = await q.query<{ id: string; project_id: string; user_id: string }>(
      'SELECT id, project_id, user_id FROM tool_sessions WHERE id = $1',
      [serverId],
    );
    const session = sessions[0];
    return session === undefined ? undefined : { ...session, name: `tool session ${session.id}` };
  }
  const rows = await q.query<ResourceServer>(
    'SELECT id, project_id, name FROM mcp_servers WHERE id = $1 AND deleted_at IS NULL',
    [serverId],
  );
  return rows[0];
}
