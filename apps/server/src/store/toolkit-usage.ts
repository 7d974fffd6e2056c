import type { Queryable } from '../db/database.js';

export interface ToolkitUsage {
  /** Live (not deleted) MCP servers listing the toolkit. */
  servers: { id: string; name: string }[];
  /** Auth configs made for the toolkit. */
  authConfigs: { id: string; name: string }[];
}

/** What in the project refers to a toolkit by slug; slugs are compared lowercase, as the API matches them. */
export async function toolkitUsage(q: Queryable, projectId: string, slug: string): Promise<ToolkitUsage> {
  const key = slug.toLowerCase();
  const servers = await q.query<{ id: string; name: string }>(
    `SELECT id::text AS id, name FROM mcp_servers
     WHERE project_id = $1 AND deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM unnest(toolkits) AS t WHERE lower(t) = $2)
     ORDER BY name, id`,
    [projectId, key],
  );
  const authConfigs = await q.query<{ id: string; name: string }>(
    'SELECT id, name FROM auth_configs WHERE project_id = $1 AND lower(toolkit_slug) = $2 ORDER BY created_at, id',
    [projectId, key],
  );
  return { servers, authConfigs };
}
