import { PatchbayError } from '@patchbay/core';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { accessLog } from '../http/access-log.js';
import { authThrottle } from '../http/auth-throttle.js';
import { bodySizeLimit } from '../http/body-size.js';
import type { AppEnv } from '../http/env.js';
import { apiError, internalError, sendError } from '../http/errors.js';
import { healthRoutes } from '../http/health.js';
import { hostCheck } from '../http/host-check.js';
import { nulGuard } from '../http/nul-guard.js';
import { requestId } from '../http/request-id.js';
import { securityHeaders } from '../http/security-headers.js';
import { namedServerEndpoint } from '../mcp/endpoint.js';
import { metricsRoutes } from '../metrics/endpoint.js';
import { httpMetrics } from '../metrics/http.js';
import { oauthRoutes } from '../oauth/routes.js';
import { connectPageRoutes } from '../pages/connect-page.js';
import { docsRoutes } from '../pages/docs.js';
import { downloadRoutes } from '../pages/downloads.js';
import { oauthCallbackRoutes } from '../pages/oauth-callback.js';
import { restApi } from '../rest/index.js';
import { toolSessionEndpoint } from '../sessions/endpoint.js';
import { createLogger } from '../util/logger.js';
import { type ContextOptions, createContext } from './context.js';
import type { Readiness } from './readiness.js';

export const maxBodyBytes = 1024 * 1024;
const retryAfterSeconds = 5;

export type AppDeps = {
  /** `host:port` values accepted in Host; undefined skips the check (in-process tests, public binds). */
  allowedHosts?: ReadonlySet<string> | undefined;
  /** `/readyz` answers 503 while it drains (startServer's). */
  readiness?: Readiness | undefined;
  /** The bearer token `/metrics` asks for (PATCHBAY_METRICS_TOKEN); undefined turns the route off. */
  metricsToken?: string | undefined;
  /** Extra browser origins allowed besides the public URL's own. */
  allowedOrigins?: readonly string[] | undefined;
} & (
  | { context: ServerContext }
  /** A context is made here (the caller then cannot close its processes and sessions: in-process tests). */
  | (Omit<ContextOptions, 'logger'> & { logger?: ContextOptions['logger'] | undefined; context?: undefined })
);

/** The whole HTTP application over one context, with no listening socket: tests drive it with `app.request()`. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const ctx = deps.context ?? createContext({ ...deps, logger: deps.logger ?? createLogger('silent') });
  const { logger } = ctx;
  const app = new Hono<AppEnv>();

  app.use('*', httpMetrics(ctx.metrics));
  app.use('*', requestId);
  app.use('*', accessLog(logger));
  app.use('*', securityHeaders);
  app.use(
    '*',
    hostCheck({
      allowedHosts: deps.allowedHosts,
      // A loopback-bound server is its own origin under every loopback name it answers to, as with Host.
      allowedOrigins: new Set([
        new URL(ctx.publicUrl).origin,
        ...[...(deps.allowedHosts ?? [])].map((host) => `http://${host}`),
        ...(deps.allowedOrigins ?? []),
      ]),
    }),
  );
  app.use('*', nulGuard);
  app.use('*', bodySizeLimit(maxBodyBytes));

  // Every route that authenticates: REST and MCP URLs.
  app.use('/api/*', authThrottle(ctx.throttle));
  app.use('/v3/mcp/*', authThrottle(ctx.throttle));
  app.use('/tool_router/*', authThrottle(ctx.throttle));
  app.route('/', healthRoutes(ctx.db, ctx.publicUrl, deps.readiness));
  app.route('/', metricsRoutes(ctx.metrics, deps.metricsToken));
  app.route('/', docsRoutes(ctx.publicUrl));
  app.route('/', downloadRoutes(ctx.downloads));
  // Browser pages of the connect flow: no API key (the link token or the OAuth state is the credential).
  app.route('/', connectPageRoutes(ctx));
  app.route('/', oauthCallbackRoutes(ctx));
  app.route('/', namedServerEndpoint(ctx));
  app.route('/', toolSessionEndpoint(ctx));
  // The authorization server of the MCP URLs, and their protected resource metadata.
  app.route('/', oauthRoutes(ctx));
  // One router, two prefixes: the hosted API serves the same shapes under both.
  const rest = restApi(ctx);
  app.route('/api/v3', rest);
  app.route('/api/v3.1', rest);

  app.notFound((c) =>
    sendError(
      c,
      apiError(404, `No route for ${c.req.method} ${c.req.path}.`, 'See /docs for the API; paths start with /api/v3.'),
    ),
  );
  app.onError((error, c) => {
    if (error instanceof PatchbayError) return sendError(c, error);
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error, request_id: c.get('requestId') }, 'database unavailable');
      c.header('retry-after', String(retryAfterSeconds));
      return sendError(
        c,
        apiError(503, 'Patchbay cannot reach its database right now.', 'Retry in a few seconds.', {
          slug: 'database_unavailable',
        }),
      );
    }
    logger.error({ err: error, request_id: c.get('requestId') }, 'unhandled error');
    return sendError(c, internalError());
  });
  return app;
}
