import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { observeTransports } from '../mcp/observe.js';
import { mountMcp } from '../mcp/transports.js';
import { oauthChallenge } from '../oauth/protected-resource.js';
import { resourceOfPath } from '../oauth/resource.js';
import { sessionToolSource } from './mcp-source.js';
import type { MetaOptions } from './meta-run.js';
import { resolveSessionCaller } from './resolve.js';
import { sessionScope } from './scope.js';

/** The path of a session's MCP URL, as the hosted service spells it: `<public URL>/tool_router/<id>/mcp`. */
export const sessionMcpPath = (sessionId: string): string => `/tool_router/${encodeURIComponent(sessionId)}/mcp`;

/** Each tool session's MCP URL, through the same transports (and checks) as named servers. */
export function toolSessionEndpoint(ctx: ServerContext, options: MetaOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const challenge = oauthChallenge(ctx.publicUrl, resourceOfPath(ctx.publicUrl));
  app.use('/tool_router/:sessionId', challenge);
  app.use('/tool_router/:sessionId/*', challenge);
  mountMcp(app, '/tool_router/:sessionId', {
    sessions: ctx.sessions,
    basePath: new URL(ctx.publicUrl).pathname.replace(/\/+$/, ''),
    observe: observeTransports(ctx),
    async resolve(request) {
      const { caller, row } = await resolveSessionCaller(ctx, request.params.sessionId ?? '', request.key);
      const scope = sessionScope(row, ctx.registry);
      return {
        caller,
        key: `tool_session:${row.id}`,
        title: 'Patchbay tool session',
        instructions:
          `Tools for user "${row.user_id}": search for the tool a task needs (COMPOSIO_SEARCH_TOOLS), connect its ` +
          'toolkit if needed (COMPOSIO_MANAGE_CONNECTIONS), then run it (COMPOSIO_MULTI_EXECUTE_TOOL).',
        sources: [sessionToolSource(ctx, scope, options)],
      };
    },
  });
  return app;
}
