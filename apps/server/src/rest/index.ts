import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { apiKeyAuth } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { apiKeyRoutes } from './api-keys.js';
import { authConfigRoutes } from './auth-configs.js';
import { connectedAccountRoutes } from './connected-accounts.js';
import { instanceRoutes } from './instances.js';
import { mcpCreateRoutes } from './mcp-create.js';
import { mcpServerRoutes } from './mcp-servers.js';
import { oauthRestRoutes } from './oauth.js';
import { projectRoutes } from './projects.js';
import { toolCallRoutes } from './tool-calls.js';
import { toolRouterSessionRoutes } from './tool-router.js';
import { toolRouterRunRoutes } from './tool-router-run.js';
import { toolkitRoutes } from './toolkits.js';
import { toolRoutes } from './tools.js';

/** The REST API (mounted under `/api/v3` and `/api/v3.1`): every route behind the API-key middleware. */
export function restApi(ctx: ServerContext): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.use(
    '*',
    apiKeyAuth(ctx, (error) => ctx.logger.warn({ err: error }, 'last_used_at update failed')),
  );
  // Hono tries routes in the order they are added; resources whose paths overlap keep this order.
  for (const routes of [
    mcpCreateRoutes,
    instanceRoutes,
    oauthRestRoutes,
    mcpServerRoutes,
    apiKeyRoutes,
    projectRoutes,
    toolkitRoutes,
    toolRoutes,
    toolCallRoutes,
    authConfigRoutes,
    connectedAccountRoutes,
    toolRouterSessionRoutes,
    toolRouterRunRoutes,
  ]) {
    api.route('/', routes(ctx));
  }
  return api;
}
