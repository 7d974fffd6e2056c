import createClient, { type Client } from 'openapi-fetch';
import { PatchbayError } from './errors.js';
import type { paths } from './generated/api.js';
import { defaultRetryPolicy, type RetryPolicy, retryingFetch } from './http-retry.js';
import { apiBaseUrl } from './urls.js';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** The server's root URL (e.g. `http://127.0.0.1:8787`); `/api/v3` is appended unless already there. */
  baseUrl: string;
  /** Sent as `x-api-key`. */
  apiKey?: string | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  /** Makes the `x-request-id` of a request that has none. */
  requestId?: (() => string) | undefined;
}

/** The one typed client every frontend uses: openapi-fetch over the generated `paths`. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const base = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const makeId = options.requestId ?? (() => crypto.randomUUID());
  const send = retryingFetch(base, policy);
  const client = createClient<paths>({
    baseUrl: apiBaseUrl(options.baseUrl),
    fetch: send,
    headers: options.headers,
  });
  client.use({
    onRequest({ request }) {
      if (options.apiKey !== undefined) request.headers.set('x-api-key', options.apiKey);
      if (!request.headers.has('x-request-id')) request.headers.set('x-request-id', makeId());
      return request;
    },
  });
  return client;
}

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws the answer's PatchbayError. */
export async function unwrap<D>(pending: Promise<Answer<D>>): Promise<D> {
  const { data, error, response } = await pending;
  if (error !== undefined || !response.ok) {
    throw PatchbayError.fromResponse(response.status, error, response.headers.get('x-request-id') ?? undefined);
  }
  if (data === undefined) {
    throw new PatchbayError({ status: response.status, message: 'The server answered without a body.' });
  }
  return data;
}
