import type { Queryable, SqlValue } from '../db/database.js';
import { newUuid } from '../util/ids.js';
import { likeContains } from './rows.js';

export interface McpServerRow {
  id: string;
  project_id: string;
  name: string;
  toolkits: string[];
  auth_config_ids: string[];
  allowed_tools: string[];
  allowed_resources: string[];
  allowed_prompts: string[];
  managed_auth_via_composio: boolean;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  /** Counted from mcp_instances on every read, so it cannot drift from the rows. */
  instance_count: number;
}

const withCount = '(SELECT count(*)::int FROM mcp_instances i WHERE i.server_id = mcp_servers.id) AS instance_count';

export interface NewMcpServer {
  projectId: string;
  name: string;
  toolkits: readonly string[];
  authConfigIds: readonly string[];
  allowedTools: readonly string[];
  allowedResources?: readonly string[] | undefined;
  allowedPrompts?: readonly string[] | undefined;
  managedAuth: boolean;
}

export async function insertMcpServer(q: Queryable, input: NewMcpServer): Promise<McpServerRow> {
  const rows = await q.query<McpServerRow>(
    `INSERT INTO mcp_servers (id, project_id, name, toolkits, auth_config_ids, allowed_tools, managed_auth_via_composio,
       allowed_resources, allowed_prompts)
     VALUES ($1, $2, $3, $4::text[], $5::text[], $6::text[], $7, $8::text[], $9::text[]) RETURNING *, 0 AS instance_count`,
    [
      newUuid(),
      input.projectId,
      input.name,
      input.toolkits,
      input.authConfigIds,
      input.allowedTools,
      input.managedAuth,
      input.allowedResources ?? [],
      input.allowedPrompts ?? [],
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('INSERT … RETURNING answered no row');
  return row;
}

/** A live (not deleted) server of the project; `forUpdate` locks the row until the transaction ends. */
export async function getMcpServer(
  q: Queryable,
  projectId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<McpServerRow | undefined> {
  const rows = await q.query<McpServerRow>(
    `SELECT *, ${withCount} FROM mcp_servers WHERE project_id = $1 AND id = $2 AND deleted_at IS NULL
     ${options.forUpdate ? 'FOR UPDATE' : ''}`,
    [projectId, id],
  );
  return rows[0];
}

export interface ServerFilters {
  name?: string | undefined;
  toolkits?: readonly string[] | undefined;
  authConfigIds?: readonly string[] | undefined;
  orderBy: 'created_at' | 'updated_at';
  direction: 'asc' | 'desc';
  pageNo: number;
  limit: number;
}

/** One page plus the exact total, read from mcp_server_counts or the page itself where possible, else counted. */
export async function listMcpServers(
  q: Queryable,
  projectId: string,
  filters: ServerFilters,
): Promise<{ rows: McpServerRow[]; total: number }> {
  const params: SqlValue[] = [projectId];
  const where = ['project_id = $1', 'deleted_at IS NULL'];
  if (filters.name !== undefined && filters.name !== '') {
    params.push(likeContains(filters.name.toLowerCase()));
    where.push(`lower(name) LIKE $${params.length} ESCAPE '\\'`);
  }
  if (filters.toolkits !== undefined && filters.toolkits.length > 0) {
    params.push(filters.toolkits.map((t) => t.toLowerCase()));
    where.push(`toolkits && $${params.length}::text[]`);
  }
  if (filters.authConfigIds !== undefined && filters.authConfigIds.length > 0) {
    params.push(filters.authConfigIds);
    where.push(`auth_config_ids && $${params.length}::text[]`);
  }
  const clause = where.join(' AND ');
  // Identifiers come from the zod enums, never from raw input.
  const column = filters.orderBy === 'created_at' ? 'created_at' : 'updated_at';
  const direction = filters.direction === 'asc' ? 'ASC' : 'DESC';
  const offset = (filters.pageNo - 1) * filters.limit;
  const facet = countedFacet(filters);
  const [rows, counted] = await Promise.all([
    // Deferred join: the page's ids come from an index-only scan of the ordering index (deep OFFSETs skip index
    // entries, not rows), and only the page's rows are read in full.
    q.query<McpServerRow>(
      `SELECT s.*, (SELECT count(*)::int FROM mcp_instances i WHERE i.server_id = s.id) AS instance_count
       FROM (SELECT id, ${column} AS position FROM mcp_servers WHERE ${clause}
             ORDER BY ${column} ${direction}, id ${direction} LIMIT ${filters.limit} OFFSET ${offset}) AS page
       JOIN mcp_servers s ON s.id = page.id
       ORDER BY page.position ${direction}, page.id ${direction}`,
      params,
    ),
    facet === undefined
      ? undefined
      : q.query<{ n: number }>('SELECT live AS n FROM mcp_server_counts WHERE project_id = $1 AND facet = $2', [
          projectId,
          facet,
        ]),
  ]);
  // A page that is neither empty nor full is the last one: its position gives the total with no count at all.
  if (rows.length > 0 && rows.length < filters.limit) return { rows, total: offset + rows.length };
  if (counted !== undefined) return { rows, total: counted[0]?.n ?? 0 };
  const exact = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM mcp_servers WHERE ${clause}`, params);
  return { rows, total: exact[0]?.n ?? 0 };
}

/** The mcp_server_counts row that holds this filter's total, when one does (no filter, or one toolkit or config). */
function countedFacet(filters: ServerFilters): string | undefined {
  const toolkits = filters.toolkits ?? [];
  const configs = filters.authConfigIds ?? [];
  if (filters.name !== undefined && filters.name !== '') return undefined;
  if (toolkits.length === 0 && configs.length === 0) return '';
  if (toolkits.length === 1 && configs.length === 0) return `t:${toolkits[0]?.toLowerCase()}`;
  if (toolkits.length === 0 && configs.length === 1) return `a:${configs[0]}`;
  return undefined;
}

export interface McpServerChanges {
  name?: string | undefined;
  toolkits?: readonly string[] | undefined;
  authConfigIds?: readonly string[] | undefined;
  allowedTools?: readonly string[] | undefined;
  allowedResources?: readonly string[] | undefined;
  allowedPrompts?: readonly string[] | undefined;
  managedAuth?: boolean | undefined;
}

/**
 * One UPDATE that sets only the given columns: concurrent PATCHes of different fields queue on the row lock and
 * each writes just its own columns, so none is lost.
 */
export async function updateMcpServer(
  q: Queryable,
  projectId: string,
  id: string,
  changes: McpServerChanges,
): Promise<McpServerRow | undefined> {
  const params: SqlValue[] = [projectId, id];
  // clock_timestamp(), not now(): a write that queued on the row lock is stamped when it lands, so updated_at only grows.
  const sets = ['updated_at = clock_timestamp()'];
  const set = (column: string, value: SqlValue, cast = '') => {
    params.push(value);
    sets.push(`${column} = $${params.length}${cast}`);
  };
  if (changes.name !== undefined) set('name', changes.name);
  if (changes.toolkits !== undefined) set('toolkits', changes.toolkits, '::text[]');
  if (changes.authConfigIds !== undefined) set('auth_config_ids', changes.authConfigIds, '::text[]');
  if (changes.allowedTools !== undefined) set('allowed_tools', changes.allowedTools, '::text[]');
  if (changes.allowedResources !== undefined) set('allowed_resources', changes.allowedResources, '::text[]');
  if (changes.allowedPrompts !== undefined) set('allowed_prompts', changes.allowedPrompts, '::text[]');
  if (changes.managedAuth !== undefined) set('managed_auth_via_composio', changes.managedAuth);
  const rows = await q.query<McpServerRow>(
    `UPDATE mcp_servers SET ${sets.join(', ')} WHERE project_id = $1 AND id = $2 AND deleted_at IS NULL
     RETURNING *, ${withCount}`,
    params,
  );
  return rows[0];
}

export async function softDeleteMcpServer(q: Queryable, projectId: string, id: string): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    `UPDATE mcp_servers SET deleted_at = now(), updated_at = now()
     WHERE project_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING id`,
    [projectId, id],
  );
  return rows.length > 0;
}
