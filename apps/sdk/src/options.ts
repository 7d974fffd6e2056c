import { apiBaseUrl, defaultPort, PatchbayError, type RetryPolicy } from '@patchbay/core';
import type { RequestFetch } from './context.js';

export interface PatchbayOptions {
  /** Sent as `x-api-key`. Default: `PATCHBAY_API_KEY` where the runtime has `process.env`. */
  apiKey?: string | undefined;
  /** The server's root URL, e.g. `http://127.0.0.1:8787`. Default: `PATCHBAY_BASE_URL`, else the local default. */
  baseURL?: string | undefined;
  /** Replaces the global fetch for REST and MCP requests. */
  fetch?: RequestFetch | undefined;
  /** Retries of idempotent requests (GET, PUT, DELETE) on network errors, 429 and 5xx; POST and PATCH never repeat. */
  retry?: Partial<RetryPolicy> | undefined;
  /** Extra headers on every REST request. */
  headers?: Record<string, string> | undefined;
}

export interface ResolvedOptions {
  apiKey: string;
  baseURL: string;
}

// Read through globalThis so the main entry runs where there is no `process` (browsers, workers).
function fromEnv(name: string): string | undefined {
  const value = globalThis.process?.env?.[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The key and address to use; throws a PatchbayError that says what to set when there is no key. */
export function resolveOptions(options: PatchbayOptions): ResolvedOptions {
  const apiKey = options.apiKey ?? fromEnv('PATCHBAY_API_KEY');
  if (apiKey === undefined || apiKey === '') {
    throw new PatchbayError({
      status: 0,
      slug: 'no_api_key',
      message: 'No Patchbay API key: pass { apiKey } or set PATCHBAY_API_KEY.',
      suggestedFix:
        'On the machine that runs a local server, `import { Patchbay } from "@patchbay/sdk/node"` and use Patchbay.fromLocal().',
    });
  }
  const baseURL = options.baseURL ?? fromEnv('PATCHBAY_BASE_URL') ?? `http://127.0.0.1:${defaultPort}`;
  // Throws invalid_base_url now, not at the first request.
  apiBaseUrl(baseURL);
  return { apiKey, baseURL };
}
