import {
  type DeletedResponse,
  listMcpServersByToolkitQuery,
  listMcpServersQuery,
  type McpServerList,
  toolkitSlug,
  updateMcpServerRequest,
  uuid,
} from '@patchbay/core';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { pageCount } from '../paging/page.js';
import { announce } from '../store/invalidations.js';
import {
  getMcpServer,
  listMcpServers,
  type ServerFilters,
  softDeleteMcpServer,
  updateMcpServer,
} from '../store/mcp-servers.js';
import { knownToolkits, ownAuthConfigs, unique } from './references.js';

/** Reading, listing, changing and deleting servers. */
export function mcpServerRoutes(ctx: ServerContext): Hono<AppEnv> {
  const { db, registry: catalog, present, rows } = ctx;
  const app = new Hono<AppEnv>();

  const page = async (projectId: string, filters: ServerFilters): Promise<McpServerList> => {
    const { rows, total } = await listMcpServers(db, projectId, filters);
    return {
      items: await Promise.all(rows.map(present.server)),
      total_pages: pageCount(total, filters.limit),
      current_page: filters.pageNo,
    };
  };

  app.get('/mcp/servers', async (c) => {
    const query = parseQuery(c, listMcpServersQuery);
    return reply(
      c,
      'listMcpServers',
      await page(c.get('apiKey').project_id, {
        name: query.name,
        toolkits: query.toolkits?.map((slug) => catalog.canonicalSlug(slug)),
        authConfigIds: query.auth_config_ids,
        orderBy: query.order_by,
        direction: query.order_direction,
        pageNo: query.page_no,
        limit: query.limit,
      }),
    );
  });

  app.get('/mcp/app/:toolkit_slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = catalog.canonicalSlug(parseParam(c, 'toolkit_slug', toolkitSlug));
    const query = parseQuery(c, listMcpServersByToolkitQuery);
    if ((await catalog.get(projectId, slug)) === undefined) {
      throw apiError(404, `Toolkit ${JSON.stringify(slug)} is not known.`, 'GET /api/v3/toolkits lists the toolkits');
    }
    return reply(
      c,
      'listMcpServersByToolkit',
      await page(projectId, {
        name: query.name,
        toolkits: [slug],
        authConfigIds: query.auth_config_ids,
        orderBy: query.order_by,
        direction: query.order_direction,
        pageNo: query.page_no,
        limit: query.limit,
      }),
    );
  });

  app.get('/mcp/:id', async (c) => {
    const id = parseParam(c, 'id', uuid);
    const row = await getMcpServer(db, c.get('apiKey').project_id, id);
    if (!row) throw notFound('MCP server', id);
    return reply(c, 'getMcpServer', await present.serverDetail(row));
  });

  app.patch('/mcp/:id', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const id = parseParam(c, 'id', uuid);
    const body = await parseBody(c, updateMcpServerRequest);
    const toolkits =
      body.toolkits === undefined ? undefined : await knownToolkits(catalog, projectId, body.toolkits, 'toolkits');
    const configs =
      body.auth_config_ids === undefined
        ? undefined
        : await ownAuthConfigs(db, projectId, body.auth_config_ids, 'auth_config_ids');
    const row = await db.transaction(async (tx) => {
      const updated = await updateMcpServer(tx, projectId, id, {
        name: body.name,
        toolkits,
        authConfigIds: configs?.map((ac) => ac.id),
        allowedTools: body.allowed_tools?.map((slug) => catalog.unaliasedToolSlug(slug)),
        allowedResources: body.allowed_resources && unique(body.allowed_resources),
        allowedPrompts: body.allowed_prompts && unique(body.allowed_prompts),
        managedAuth: body.managed_auth_via_composio,
      });
      if (updated) await announce(tx, { kind: 'server', projectId, id });
      return updated;
    });
    if (!row) throw notFound('MCP server', id);
    // Every replica's MCP endpoint serves the new toolkits and allow-list from the next request on.
    rows.forgetServer(projectId, id);
    return reply(c, 'updateMcpServer', await present.serverDetail(row));
  });

  app.delete('/mcp/:id', async (c) => {
    const id = parseParam(c, 'id', uuid);
    const projectId = c.get('apiKey').project_id;
    const deleted = await db.transaction(async (tx) => {
      const gone = await softDeleteMcpServer(tx, projectId, id);
      if (gone) await announce(tx, { kind: 'server', projectId, id });
      return gone;
    });
    if (!deleted) throw notFound('MCP server', id);
    // Its MCP URLs stop working on every replica now.
    rows.forgetServer(projectId, id);
    const answer: DeletedResponse = { id, deleted: true };
    return reply(c, 'deleteMcpServer', answer);
  });

  return app;
}
