import type { RequestFetch } from '../../src/index.js';

export interface Recorded {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

/**
 * A fetch that forwards every request unchanged to the real server and keeps what was sent, so tests can assert on
 * the wire body this SDK produced (the server's own answers are checked separately).
 */
export function recordingFetch(): { fetch: RequestFetch; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const fetch: RequestFetch = async (request) => {
    const url = new URL(request.url);
    const text = request.body === null ? '' : await request.clone().text();
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      body: text === '' ? undefined : JSON.parse(text),
    });
    return globalThis.fetch(request);
  };
  return { fetch, requests };
}
