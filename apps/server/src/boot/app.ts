import { PatchbayError } from '@patchbay/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { accountCredentialProvider } from '../accounts/credential-provider.js';
import type { AccountsDeps } from '../accounts/deps.js';
import { helperTools } from '../accounts/helper-tools.js';
import { createAccountsDeps, ephemeralVault } from '../accounts/wiring.js';
import type { Database } from '../db/database.js';
import { accessLog } from '../http/access-log.js';
import { apiKeyAuth } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { apiError, internalError, sendError } from '../http/errors.js';
import { metaRoutes } from '../http/health.js';
import { hostCheck } from '../http/host-check.js';
import { requestId } from '../http/request-id.js';
import { mcpEndpointRoutes } from '../mcp/endpoint.js';
import { instanceToucher } from '../mcp/instance-toucher.js';
import { connectPageRoutes } from '../pages/connect-page.js';
import { docsRoutes } from '../pages/docs.js';
import { oauthCallbackRoutes } from '../pages/oauth-callback.js';
import { presenter } from '../present/mcp-servers.js';
import { accessRoutes } from '../rest/api-keys.js';
import { authConfigRoutes } from '../rest/auth-configs.js';
import { connectedAccountRoutes } from '../rest/connected-accounts.js';
import { instanceRoutes } from '../rest/instances.js';
import { mcpCreateRoutes } from '../rest/mcp-create.js';
import { mcpServerRoutes } from '../rest/mcp-servers.js';
import { toolCallRoutes } from '../rest/tool-calls.js';
import { toolkitRoutes } from '../rest/toolkits.js';
import { toolRoutes } from '../rest/tools.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolkitCatalog } from '../toolkits/toolkit-catalog.js';
import { createLogger, type Logger } from '../util/logger.js';
import { createServices, type Services } from './context.js';
import type { ApiDeps } from './deps.js';

export const maxBodyBytes = 1024 * 1024;

export interface AppDeps {
  db: Database;
  /** The URL clients reach the server at; every URL the API hands out starts with it. */
  publicUrl: string;
  logger?: Logger | undefined;
  catalog?: ToolkitCatalog | undefined;
  /** `host:port` values accepted in Host; undefined skips the check (in-process tests, public binds). */
  allowedHosts?: ReadonlySet<string> | undefined;
  /** Extra browser origins allowed besides the public URL's own. */
  allowedOrigins?: readonly string[] | undefined;
  /** The registry, runner and sessions behind the MCP endpoint; made here when not given (the caller then cannot close them). */
  services?: Services | undefined;
  /** Connected accounts and their sealed secrets; startServer passes the real master key, else one is made in memory. */
  accounts?: AccountsDeps | undefined;
}

/** The whole HTTP application, with no listening socket: tests drive it with `app.request()`. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const logger = deps.logger ?? createLogger('silent');
  let registry: ToolkitRegistry | undefined;
  const accounts =
    deps.accounts ??
    createAccountsDeps({
      db: deps.db,
      vault: ephemeralVault(),
      publicUrl: deps.publicUrl,
      logger,
      registry: () => registry,
    });
  const services =
    deps.services ??
    createServices(deps.db, deps.publicUrl, logger, { credentials: accountCredentialProvider(accounts) });
  registry = services.registry;
  const catalog = deps.catalog ?? services.registry;
  const api: ApiDeps = { db: deps.db, catalog, present: presenter(deps.publicUrl, catalog), publicUrl: deps.publicUrl };
  const app = new Hono<AppEnv>();

  app.use('*', requestId);
  app.use('*', accessLog(logger));
  app.use(
    '*',
    hostCheck({
      allowedHosts: deps.allowedHosts,
      allowedOrigins: new Set([new URL(deps.publicUrl).origin, ...(deps.allowedOrigins ?? [])]),
    }),
  );
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw apiError(413, `The body is larger than ${maxBodyBytes} bytes.`, 'Send a smaller body.');
      },
    }),
  );

  app.route('/', metaRoutes(deps.db, deps.publicUrl));
  app.route('/', docsRoutes(deps.publicUrl));
  // Browser pages of the connect flow: no API key (the link token or the OAuth state is the credential).
  app.route('/', connectPageRoutes(accounts));
  app.route('/', oauthCallbackRoutes(accounts));
  app.route(
    '/',
    mcpEndpointRoutes({
      db: deps.db,
      registry: services.registry,
      runner: services.runner,
      logger,
      sse: services.sse,
      streams: services.streams,
      basePath: new URL(deps.publicUrl).pathname.replace(/\/+$/, ''),
      onUse: instanceToucher(deps.db, logger),
      extraTools: helperTools(accounts),
    }),
  );

  const v3 = new Hono<AppEnv>();
  v3.use(
    '*',
    apiKeyAuth({ db: deps.db, onTouchError: (error) => logger.warn({ err: error }, 'last_used_at update failed') }),
  );
  v3.route('/', mcpCreateRoutes(api));
  v3.route('/', instanceRoutes(api));
  v3.route('/', mcpServerRoutes(api));
  v3.route('/', accessRoutes(api));
  const catalogDeps = { ...api, registry: services.registry, runner: services.runner };
  v3.route('/', toolkitRoutes(catalogDeps));
  v3.route('/', toolRoutes(catalogDeps));
  v3.route('/', toolCallRoutes(catalogDeps));
  v3.route('/', authConfigRoutes(accounts));
  v3.route('/', connectedAccountRoutes(accounts));
  // One router, two prefixes: the hosted API serves the same MCP shapes under both.
  app.route('/api/v3', v3);
  app.route('/api/v3.1', v3);

  app.notFound((c) =>
    sendError(
      c,
      apiError(404, `No route for ${c.req.method} ${c.req.path}.`, 'See /docs for the API; paths start with /api/v3.'),
    ),
  );
  app.onError((error, c) => {
    if (error instanceof PatchbayError) return sendError(c, error);
    logger.error({ err: error, request_id: c.get('requestId') }, 'unhandled error');
    return sendError(c, internalError());
  });
  return app;
}
