import { createApiClient } from '@patchbay/core';
import type { Context, RequestFetch } from './context.js';
import { Mcp } from './mcp/mcp.js';
import { type PatchbayOptions, resolveOptions } from './options.js';

/**
 * The Patchbay client: `new Patchbay({ apiKey, baseURL })`, or with neither where PATCHBAY_API_KEY and
 * PATCHBAY_BASE_URL are set. Resources hang off it as in the hosted SDK (`patchbay.mcp.create(…)`).
 */
export class Patchbay {
  readonly baseURL: string;
  readonly mcp: Mcp;

  constructor(options: PatchbayOptions = {}) {
    const { apiKey, baseURL } = resolveOptions(options);
    const fetch: RequestFetch = options.fetch ?? ((request) => globalThis.fetch(request));
    const api = createApiClient({ baseUrl: baseURL, apiKey, fetch, retry: options.retry, headers: options.headers });
    const ctx: Context = { api, apiKey, baseURL, fetch };
    this.baseURL = baseURL;
    this.mcp = new Mcp(ctx);
  }
}
