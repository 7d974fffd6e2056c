import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { apiError } from './errors.js';

export interface HostCheckOptions {
  /** `host:port` values a loopback-bound server answers to; undefined disables the check (bound publicly). */
  allowedHosts: ReadonlySet<string> | undefined;
  /** Origins a browser may call from: the server's own plus `--allowed-origins`. */
  allowedOrigins: ReadonlySet<string>;
}

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);

/** The Host values a server bound to loopback on `port` accepts (plus the public URL's own host). */
export function loopbackHosts(port: number, publicUrl: string): Set<string> {
  const hosts = new Set(loopbackNames.map((name) => `${name}:${port}`));
  hosts.add(new URL(publicUrl).host.toLowerCase());
  return hosts;
}

/**
 * DNS-rebinding defence: a web page can point its own domain at 127.0.0.1, but its requests still carry that
 * domain in Host. Browsers also send Origin on cross-site requests, which a local API must refuse unless allowed.
 */
export function hostCheck(options: HostCheckOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (options.allowedHosts !== undefined) {
      const host = (c.req.header('host') ?? '').toLowerCase();
      if (!options.allowedHosts.has(host)) {
        throw apiError(
          403,
          `Host ${JSON.stringify(host)} is not allowed on a loopback-bound server.`,
          'Use http://127.0.0.1:<port> or http://localhost:<port>, or start the server with --public-url naming this host.',
          { slug: 'host_not_allowed' },
        );
      }
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && !options.allowedOrigins.has(origin)) {
      throw apiError(
        403,
        `Origin ${JSON.stringify(origin)} may not call this server.`,
        'Start the server with --allowed-origins including this origin.',
        { slug: 'origin_not_allowed' },
      );
    }
    if (origin !== undefined && c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': 'content-type, x-api-key, x-request-id, authorization',
        'access-control-max-age': '600',
        vary: 'Origin',
      });
    }
    await next();
    if (origin !== undefined) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.append('vary', 'Origin');
    }
  };
}
