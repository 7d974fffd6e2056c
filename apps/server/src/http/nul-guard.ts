import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { apiError } from './errors.js';

// PostgreSQL text cannot hold U+0000: a value carrying one would fail deep in a query as a 500. It is refused where
// requests come in instead — the path and query here for every route, JSON bodies in parseBody, forms where read.

const nul = '\u0000';

/** The dotted path of the first string (or key) in `value` that holds a NUL, or undefined. */
export function nulAt(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes(nul) ? path.join('.') || '(value)' : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulAt(item, [...path, String(index)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(nul)) return [...path, key.replaceAll(nul, '\\0')].join('.');
      const found = nulAt(item, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function nulRefused(where: 'body' | 'query' | 'path' | 'form', field: string) {
  const error = `${field}: must not contain the NUL character (U+0000)`;
  return apiError(400, `Invalid ${where}: ${error}`, 'Remove the NUL character and send the request again.', {
    slug: 'validation_error',
    errors: [error],
  });
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Refuses a NUL anywhere in the path or the query string, naming the parameter. */
export const nulGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = new URL(c.req.url);
  if (decoded(url.pathname).includes(nul)) throw nulRefused('path', url.pathname.replace(/%00/gi, '\\0'));
  if (/%00/i.test(url.search)) {
    for (const [key, value] of url.searchParams) {
      if (key.includes(nul) || value.includes(nul)) throw nulRefused('query', key.replaceAll(nul, '\\0'));
    }
  }
  await next();
};
