import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

// Printable ASCII only, so an echoed id can never split a header or a log line.
const acceptable = /^[\x21-\x7e]{1,128}$/;

/** Accepts the caller's x-request-id when it is safe to echo, else makes one; echoes it on every answer. */
export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const given = c.req.header('x-request-id');
  const id = given !== undefined && acceptable.test(given) ? given : randomUUID();
  c.set('requestId', id);
  c.header('x-request-id', id);
  await next();
  c.res.headers.set('x-request-id', id);
};
