import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../http/env.js';
import type { Metrics } from './registry.js';

/**
 * Times every request by its route template (`/v3/mcp/:serverId`, never the path itself: ids stay out of labels).
 * A request no route took is labelled `unmatched`.
 */
export function httpMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const end = metrics.httpRequest.startTimer();
    try {
      await next();
    } finally {
      const route = routePath(c);
      end({
        http_request_method: c.req.method,
        http_route: route.includes('*') ? 'unmatched' : route,
        http_response_status_code: String(c.res.status),
      });
    }
  };
}
