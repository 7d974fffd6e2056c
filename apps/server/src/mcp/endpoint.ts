import { Hono } from 'hono';
import { helperTools } from '../accounts/helper-tools.js';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { oauthChallenge } from '../oauth/protected-resource.js';
import { resourceOfPath } from '../oauth/resource.js';
import { instanceToucher } from './instance-toucher.js';
import { resolveNamedServerCaller } from './named-server.js';
import { observeTransports } from './observe.js';
import { serverFeatures } from './server-features.js';
import { serverTools } from './server-tools.js';
import type { ToolSource } from './tool-source.js';
import { mountMcp } from './transports.js';

/**
 * What end users' AI clients connect to for a named server: `/v3/mcp/{id}` (and its `/mcp`, `/sse`, `/messages`).
 * The server's toolkits are one tool source; with managed auth the account-management tools are another, listed first.
 */
export function namedServerEndpoint(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const touch = instanceToucher(ctx.db, ctx.logger);
  const challenge = oauthChallenge(ctx.publicUrl, resourceOfPath(ctx.publicUrl));
  app.use('/v3/mcp/:serverId', challenge);
  app.use('/v3/mcp/:serverId/*', challenge);
  mountMcp(app, '/v3/mcp/:serverId', {
    sessions: ctx.sessions,
    basePath: new URL(ctx.publicUrl).pathname.replace(/\/+$/, ''),
    observe: observeTransports(ctx),
    async resolve(request) {
      const { caller, server, helperActions } = await resolveNamedServerCaller(
        ctx,
        request.params.serverId ?? '',
        request.url,
        request.key,
      );
      const sources: ToolSource[] = [serverTools(ctx, caller, server, helperActions)];
      if (helperActions) sources.unshift(helperTools(ctx, caller, server));
      return {
        caller,
        key: `server:${server.id}`,
        title: `Patchbay: ${server.name}`,
        instructions: `Tools of the Patchbay MCP server "${server.name}", acting as user "${caller.userId}".`,
        sources,
        features: serverFeatures(ctx, caller, server, helperActions),
        onUse: () => touch(caller.projectId, server.id, caller.userId),
      };
    },
  });
  return app;
}
