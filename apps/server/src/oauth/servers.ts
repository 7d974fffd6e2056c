import type { Queryable } from '../db/database.js';

export interface ResourceServer {
  id: string;
  project_id: string;
  name: string;
}

/**
 * The live named server behind a resource indicator, whatever its project: the authorization server is shared by
 * all projects, and the resource URL (a server's random id) is what names the project.
 */
export async function findResourceServer(q: Queryable, serverId: string): Promise<ResourceServer | undefined> {
  const rows = await q.query<ResourceServer>(
    'SELECT id, project_id, name FROM mcp_servers WHERE id = $1 AND deleted_at IS NULL',
    [serverId],
  );
  return rows[0];
}
