import { openapiDocument } from '@patchbay/core';
import { Hono } from 'hono';
import type { Readiness } from '../boot/readiness.js';
import type { Database } from '../db/database.js';
import { toolkitLogoSvg } from '../toolkits/builtin/infos.js';
import type { AppEnv } from './env.js';
import { apiError } from './errors.js';

/** Health, readiness, the OpenAPI document and static assets: no API key needed. */
export function healthRoutes(db: Database, publicUrl: string, readiness?: Readiness): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const root = publicUrl.replace(/\/+$/, '');
  const document = JSON.stringify({
    ...openapiDocument,
    servers: [
      { url: `${root}/api/v3`, description: 'This server' },
      { url: `${root}/api/v3.1`, description: 'The same API under the v3.1 prefix' },
    ],
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (readiness?.probe()) {
      throw apiError(503, 'This server is shutting down.', 'Send requests to another replica.', { slug: 'draining' });
    }
    try {
      await db.query('SELECT 1');
    } catch {
      throw apiError(
        503,
        'The database does not answer.',
        'Check the database (DATABASE_URL or the data directory) and the server log.',
      );
    }
    return c.json({ status: 'ready', database: db.kind });
  });
  for (const prefix of ['/api/v3', '/api/v3.1']) {
    app.get(`${prefix}/openapi.json`, (c) => c.body(document, 200, { 'content-type': 'application/json' }));
  }
  app.get('/static/toolkits/:file', (c) => {
    const svg = toolkitLogoSvg(c.req.param('file').replace(/\.svg$/, ''));
    if (svg === undefined)
      throw apiError(404, 'No such logo.', 'GET /api/v3/toolkits lists the toolkits and their logos.');
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  });
  return app;
}
