import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';
import type { Metrics } from './registry.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `GET /metrics` for a Prometheus scraper holding the metrics token (`Authorization: Bearer …`). Without a token
 * configured the route is off: the figures describe the whole server, so no project key may read them.
 */
export function metricsRoutes(metrics: Metrics, token: string | undefined): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const expected = token === undefined ? undefined : digest(token);
  app.get('/metrics', async (c) => {
    if (expected === undefined) {
      throw apiError(404, 'Metrics are off on this server.', 'Set PATCHBAY_METRICS_TOKEN and scrape with that token.');
    }
    const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      c.header('www-authenticate', 'Bearer realm="metrics"');
      throw apiError(
        401,
        'The metrics token is missing or wrong.',
        'Send Authorization: Bearer <PATCHBAY_METRICS_TOKEN>.',
      );
    }
    return c.body(await metrics.text(), 200, { 'content-type': metrics.contentType });
  });
  return app;
}
