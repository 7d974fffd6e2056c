import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

// Pages that set their own policy (the connect page names its provider's form target) keep it.
const defaultPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Every answer: `nosniff`, so a browser never runs JSON or text as something else, and a CSP that allows nothing but
 * inline style (the docs page has no script). Answers that carry a fresh secret are marked `no-store` by their
 * routes (`noStore`), so no cache keeps them.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('x-content-type-options', 'nosniff');
  if (!c.res.headers.has('content-security-policy')) c.res.headers.set('content-security-policy', defaultPolicy);
};

/** For an answer that carries a secret shown once (a new API key, a user's scoped token). */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('cache-control', 'no-store');
};
