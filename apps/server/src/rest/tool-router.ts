import {
  createToolRouterSessionRequest,
  toolRouterHistoryQuery,
  toolRouterSessionId,
  updateToolRouterSessionRequest,
} from '@patchbay/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { revokeUserGrants } from '../oauth/grants.js';
import { offsetCursor } from '../paging/cursors.js';
import { cursorPage, cursorPosition } from '../paging/page.js';
import { iso } from '../present/iso.js';
import { checkConfig } from '../sessions/check-config.js';
import { echoConfig, patchConfig, storedConfig } from '../sessions/config.js';
import { sessionMcpPath } from '../sessions/endpoint.js';
import { presentSession } from '../sessions/present.js';
import { sessionScope } from '../sessions/scope.js';
import { issueSessionToken } from '../store/scoped-tokens.js';
import {
  deleteToolSession,
  getToolSession,
  insertToolSession,
  listToolSessionVersions,
  replaceToolSessionConfig,
  type ToolSessionRow,
} from '../store/tool-sessions.js';

const unknownSession = (id: string) =>
  apiError(
    404,
    `Tool session ${JSON.stringify(id)} was not found in this project.`,
    'Create a session with POST /tool_router/session.',
  );

/** The session a request names, in the caller's project, or 404. */
export async function requireSession(ctx: ServerContext, c: Context<AppEnv>): Promise<ToolSessionRow> {
  const id = parseParam(c, 'session_id', toolRouterSessionId);
  const row = await getToolSession(ctx.db, c.get('apiKey').project_id, id);
  if (row === undefined) throw unknownSession(id);
  return row;
}

/** Creating, reading, changing (with archived versions) and deleting tool sessions. */
export function toolRouterSessionRoutes(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const present = (row: ToolSessionRow) => presentSession(ctx, row, sessionScope(row, ctx.registry));

  app.post('/tool_router/session', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const { user_id: userId, ...config } = await parseBody(c, createToolRouterSessionRequest);
    await checkConfig(ctx, projectId, userId, config);
    const row = await insertToolSession(ctx.db, { projectId, userId, config });
    return reply(c, 'createToolRouterSession', await present(row), 201);
  });

  app.get('/tool_router/session/:session_id', async (c) =>
    reply(c, 'getToolRouterSession', await present(await requireSession(ctx, c))),
  );

  app.patch('/tool_router/session/:session_id', async (c) => {
    const row = await requireSession(ctx, c);
    const patch = await parseBody(c, updateToolRouterSessionRequest);
    const config = patchConfig(storedConfig(row.config), patch);
    await checkConfig(ctx, row.project_id, row.user_id, config);
    const updated = await replaceToolSessionConfig(ctx.db, row, config);
    if (updated === undefined) {
      c.header('x-should-retry', 'false');
      throw apiError(
        409,
        'The session was changed (or deleted) by another request meanwhile.',
        'Read the session again and re-apply your change.',
      );
    }
    return reply(c, 'updateToolRouterSession', await present(updated));
  });

  app.delete('/tool_router/session/:session_id', async (c) => {
    const row = await requireSession(ctx, c);
    // Its OAuth grants (and every token under them) end with it, in the same transaction.
    const deleted = await ctx.db.transaction(async (tx) => {
      if (!(await deleteToolSession(tx, row.project_id, row.id))) return false;
      await revokeUserGrants(tx, row.id, row.user_id);
      return true;
    });
    if (!deleted) throw unknownSession(row.id);
    return reply(c, 'deleteToolRouterSession', { session_id: row.id, deleted: true });
  });

  app.get('/tool_router/session/:session_id/config_history', async (c) => {
    const row = await requireSession(ctx, c);
    const query = parseQuery(c, toolRouterHistoryQuery);
    // Position 0 is the live config; archived versions follow, newest first.
    const offset = cursorPosition(query.cursor, offsetCursor) ?? 0;
    const live =
      offset === 0
        ? [
            {
              version: row.config_version,
              is_current: true,
              created_at: iso(row.updated_at),
              config: echoConfig(row.user_id, storedConfig(row.config)),
            },
          ]
        : [];
    const archivedOffset = Math.max(0, offset - 1);
    const { rows, total } = await listToolSessionVersions(ctx.db, row.id, archivedOffset, query.limit - live.length);
    const items = [
      ...live,
      ...rows.map((v) => ({
        version: v.version,
        is_current: false,
        created_at: iso(v.created_at),
        config: echoConfig(row.user_id, storedConfig(v.config)),
      })),
    ];
    const end = offset + items.length;
    return reply(
      c,
      'listToolRouterConfigHistory',
      cursorPage(items, {
        nextCursor: end < total + 1 ? offsetCursor.encode(end) : null,
        total: total + 1,
        before: offset,
        limit: query.limit,
      }),
    );
  });

  app.post('/tool_router/session/:session_id/token', async (c) => {
    const row = await requireSession(ctx, c);
    const token = await issueSessionToken(ctx.db, row.project_id, row.id, row.user_id);
    return reply(
      c,
      'createToolRouterSessionToken',
      {
        token,
        mcp: {
          type: 'http',
          url: `${ctx.publicUrl}${sessionMcpPath(row.id)}`,
          headers: { Authorization: `Bearer ${token}` },
        },
      },
      201,
    );
  });

  return app;
}
