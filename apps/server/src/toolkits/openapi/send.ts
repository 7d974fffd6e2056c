import { tracedFetch } from '../../tracing/spans.js';
import { describeError } from './errors.js';
import { type CappedBody, readCappedBody } from './read-body.js';
import type { PreparedRequest } from './request.js';

/**
 * Sends a prepared request under a time limit, following redirects by hand so that credentials never travel to
 * another origin, and reads the body with a hard cap.
 */

export type HttpOutcome =
  | { kind: 'response'; status: number; statusText: string; headers: Headers; body: CappedBody }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface SendOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  signal: AbortSignal;
  maxBodyBytes: number;
}

const maxRedirects = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** `GET https://api.example.com/v1/items` with no query string: the query may hold an API key. */
export function describeTarget(method: string, url: URL): string {
  return `${method} ${url.origin}${url.pathname}`;
}

interface Hop {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

/** The next hop of a redirect, or a message when it cannot be followed. */
function nextHop(hop: Hop, status: number, location: string, request: PreparedRequest, origin: string): Hop | string {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    return `the server redirected to an invalid location`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `the server redirected to a non-HTTP URL`;
  const headers = new Headers(hop.headers);
  if (url.origin !== origin) {
    // Another origin (host, port or scheme) must not receive the user's credentials: strip them, then follow.
    for (const name of request.attached.headers) headers.delete(name);
    for (const name of request.attached.query) url.searchParams.delete(name);
    headers.delete('cookie');
  }
  // As browsers do: 303 (and 301/302 after a POST) turn into a GET without a body; 307/308 repeat the request.
  const toGet =
    (status === 303 && hop.method !== 'HEAD') || ((status === 301 || status === 302) && hop.method === 'POST');
  if (toGet) {
    headers.delete('content-type');
    return { method: 'GET', url, headers, body: undefined };
  }
  return { ...hop, url, headers };
}

export async function sendRequest(request: PreparedRequest, options: SendOptions): Promise<HttpOutcome> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout]);
  const origin = request.url.origin;
  let hop: Hop = { method: request.method, url: request.url, headers: request.headers, body: request.body };
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await tracedFetch(options.fetch)(hop.url, {
        method: hop.method,
        headers: hop.headers,
        body: hop.body,
        redirect: 'manual',
        signal,
      });
      const location = response.headers.get('location');
      if (redirectStatuses.has(response.status) && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= maxRedirects) return { kind: 'failed', message: `more than ${maxRedirects} redirects` };
        const next = nextHop(hop, response.status, location, request, origin);
        if (typeof next === 'string') return { kind: 'failed', message: next };
        hop = next;
        continue;
      }
      const body = await readCappedBody(response, options.maxBodyBytes);
      return {
        kind: 'response',
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body,
      };
    }
  } catch (error) {
    if (timeout.aborted) return { kind: 'timeout', timeoutMs: options.timeoutMs };
    if (options.signal.aborted) return { kind: 'cancelled' };
    return { kind: 'failed', message: describeError(error) };
  }
}
