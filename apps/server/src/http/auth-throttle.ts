import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { presentedKey } from './auth.js';
import type { AppEnv } from './env.js';
import { apiError } from './errors.js';

export interface ThrottleOptions {
  /** Failed authentications one client address, or one key prefix, may make per window. */
  maxFailures: number;
  windowMs: number;
}

export const defaultThrottle: ThrottleOptions = { maxFailures: 100, windowMs: 10_000 };

interface Window {
  started: number;
  failures: number;
}

/**
 * Counts failed authentications per client address and per presented key prefix in fixed windows; once either is
 * over the limit, every attempt from it is answered 429 until its window ends, so credentials cannot be guessed at
 * line rate. Per app (it lives in the context), bounded in size, forgotten as windows end.
 */
export class AuthThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly options: ThrottleOptions = defaultThrottle) {}

  /** Seconds until `subjects` may try again, or undefined when none is over the limit. */
  blocked(subjects: readonly string[], now = Date.now()): number | undefined {
    let wait: number | undefined;
    for (const subject of subjects) {
      const window = this.current(subject, now);
      if (window !== undefined && window.failures >= this.options.maxFailures) {
        const seconds = Math.max(1, Math.ceil((window.started + this.options.windowMs - now) / 1000));
        wait = Math.max(wait ?? 0, seconds);
      }
    }
    return wait;
  }

  failed(subjects: readonly string[], now = Date.now()): void {
    if (this.windows.size > 100_000) this.prune(now);
    for (const subject of subjects) {
      const window = this.current(subject, now) ?? { started: now, failures: 0 };
      window.failures++;
      this.windows.set(subject, window);
    }
  }

  private current(subject: string, now: number): Window | undefined {
    const window = this.windows.get(subject);
    if (window === undefined || now - window.started < this.options.windowMs) return window;
    this.windows.delete(subject);
    return undefined;
  }

  private prune(now: number): void {
    for (const [subject, window] of this.windows) {
      if (now - window.started >= this.options.windowMs) this.windows.delete(subject);
    }
  }
}

export function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No Node socket behind the request (in-process app.request): one shared bucket.
    return 'unknown';
  }
}

/** Wraps the routes that authenticate (REST and MCP): 429 while throttled, and counts every 401 they answer. */
export function authThrottle(throttle: AuthThrottle): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = presentedKey(c.req.header('x-api-key'), c.req.header('authorization'));
    const subjects = [`address:${clientAddress(c)}`];
    if (key !== undefined && key !== '') subjects.push(`prefix:${key.slice(0, 12)}`);
    const wait = throttle.blocked(subjects);
    if (wait !== undefined) {
      c.header('retry-after', String(wait));
      throw apiError(
        429,
        'Too many failed authentications from here.',
        `Check the credential, then retry in ${wait} s.`,
        {
          slug: 'too_many_failed_authentications',
        },
      );
    }
    await next();
    if (c.res.status === 401) throttle.failed(subjects);
  };
}
