import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../util/logger.js';
import type { AppEnv } from './env.js';

/** One line per request: id, method, path (no query: it may carry user ids), status and duration. */
export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const caller = c.get('mcpCaller');
    logger[status >= 500 ? 'error' : 'info'](
      {
        request_id: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status,
        duration_ms: Math.round((performance.now() - started) * 100) / 100,
        // How an MCP request authenticated; for OAuth, which client and grant (never the token).
        ...(caller === undefined ? {} : { via: caller.via }),
        ...(caller?.oauth === undefined
          ? {}
          : { oauth_client: caller.oauth.clientId, oauth_grant: caller.oauth.grantId }),
      },
      'request',
    );
  };
}
