import type { MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/database.js';
import { AuthThrottle, clientAddress } from '../http/auth-throttle.js';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';

const unusedForHours = 24;

/**
 * Dynamic Client Registration is open (any MCP client may register), so it is limited per client address, and
 * registrations that never led to a grant are deleted after a day: a flood of them cannot grow the table forever.
 */
export function registrationLimit(db: Queryable, perMinute: number): MiddlewareHandler<AppEnv> {
  const throttle = new AuthThrottle({ maxFailures: perMinute, windowMs: 60_000 });
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const subjects = [`address:${clientAddress(c)}`];
    const wait = throttle.blocked(subjects);
    if (wait !== undefined) {
      c.header('retry-after', String(wait));
      throw apiError(429, 'Too many client registrations from here.', `Retry in ${wait} s.`, {
        slug: 'too_many_registrations',
      });
    }
    throttle.failed(subjects);
    await pruneUnusedClients(db);
    await next();
  };
}

/** Deletes dynamically registered clients older than a day that no grant refers to. */
export async function pruneUnusedClients(db: Queryable): Promise<number> {
  const rows = await db.query(
    `DELETE FROM oauth_records c WHERE c.kind = 'Client'
       AND c.created_at < now() - ($1::int * interval '1 hour')
       AND NOT EXISTS (SELECT 1 FROM oauth_records g WHERE g.kind = 'Grant' AND g.client_id = c.client_id)
     RETURNING c.client_id`,
    [unusedForHours],
  );
  return rows.length;
}
