import {
  createMcpInstanceRequest,
  type DeleteMcpInstanceResponse,
  listMcpInstancesQuery,
  type McpInstanceList,
  userId,
  uuid,
} from '@patchbay/core';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { revokeUserGrants } from '../oauth/grants.js';
import { pageCount } from '../paging/page.js';
import { presentInstance } from '../present/access.js';
import { activeAuthConfigIds, deleteUserAccounts } from '../store/connected-accounts.js';
import { deleteInstance, insertInstance, listInstances } from '../store/instances.js';
import { announce } from '../store/invalidations.js';
import { getMcpServer } from '../store/mcp-servers.js';
import { revokeUserTokens } from '../store/scoped-tokens.js';

/** A server's per-user instances. */
export function instanceRoutes({ db, rows }: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const liveServer = async (projectId: string, id: string) => {
    const server = await getMcpServer(db, projectId, id);
    if (!server) throw notFound('MCP server', id);
    return server;
  };

  app.get('/mcp/servers/:server_id/instances', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const server = await liveServer(projectId, parseParam(c, 'server_id', uuid));
    const query = parseQuery(c, listMcpInstancesQuery);
    const { rows, total } = await listInstances(db, projectId, server.id, {
      search: query.search,
      orderBy: query.order_by,
      direction: query.order_direction,
      pageNo: query.page_no,
      limit: query.limit,
    });
    const answer: McpInstanceList = {
      instances: rows.map(presentInstance),
      server_id: server.id,
      server_name: server.name,
      total_pages: pageCount(total, query.limit),
      current_page: query.page_no,
    };
    return reply(c, 'listMcpInstances', answer);
  });

  app.post('/mcp/servers/:server_id/instances', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const server = await liveServer(projectId, parseParam(c, 'server_id', uuid));
    const body = await parseBody(c, createMcpInstanceRequest);
    const active = await activeAuthConfigIds(db, projectId, body.user_id, server.auth_config_ids);
    const lacking = server.auth_config_ids.filter((id) => !active.has(id));
    if (lacking.length > 0) {
      throw apiError(
        403,
        `User ${JSON.stringify(body.user_id)} has no ACTIVE connected account for auth config ${lacking.join(', ')}.`,
        'Connect an account for each named auth config (POST /api/v3/connected_accounts), then create the instance.',
        {
          slug: 'connected_account_required',
          errors: lacking.map((id) => `auth_config_ids: no ACTIVE connected account for "${id}"`),
        },
      );
    }
    const row = await insertInstance(db, projectId, server.id, body.user_id);
    if (!row) {
      throw apiError(
        409,
        `User ${JSON.stringify(body.user_id)} already has an instance of this server.`,
        'Use the existing instance, or delete it first.',
      );
    }
    return reply(c, 'createMcpInstance', presentInstance(row), 201);
  });

  app.delete('/mcp/servers/:server_id/instances/:user_id', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const serverId = parseParam(c, 'server_id', uuid);
    const user = parseParam(c, 'user_id', userId);
    const deletedAccounts = await db.transaction(async (tx) => {
      const server = await getMcpServer(tx, projectId, serverId);
      if (!server) throw notFound('MCP server', serverId);
      if (!(await deleteInstance(tx, projectId, server.id, user))) throw notFound('Instance', user);
      // The user's scoped MCP tokens for this server stop working with their instance.
      await revokeUserTokens(tx, projectId, server.id, user);
      // And the access they gave AI clients by signing in (OAuth grants, with their tokens).
      await revokeUserGrants(tx, server.id, user);
      await announce(tx, { kind: 'tokens', projectId, serverId: server.id, userId: user });
      return deleteUserAccounts(tx, projectId, user, server.auth_config_ids);
    });
    // After the commit, so no request can re-cache a token between the clear and the revocation landing.
    rows.forgetTokensOf(projectId, serverId, user);
    const answer: DeleteMcpInstanceResponse = {
      message: `Deleted the instance of user ${JSON.stringify(user)} and ${deletedAccounts} connected account(s).`,
      deleted_connected_accounts: deletedAccounts,
    };
    return reply(c, 'deleteMcpInstance', answer);
  });

  return app;
}
