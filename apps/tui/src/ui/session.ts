// Which server the UI talks to: the SDK's local defaults (PATCHBAY_BASE_URL / PATCHBAY_API_KEY, else the data dir's
// key file and server.json), the same lookup as `Patchbay.fromLocal()`.
import { createApiClient, PatchbayError, unwrap } from '@patchbay/core';
import { discoverLocalServer } from '@patchbay/core/node';
import { Patchbay } from '@patchbay/sdk/node';

export interface Session {
  patchbay: Patchbay;
  baseUrl: string;
  /** The project the key belongs to (its name), which also proves the server answers. */
  project(): Promise<string>;
}

export type Connect = () => Promise<Session>;

/** `fetch` replaces the global one for every request (a benchmark times the server's answers with it). */
export function sessionFor(baseUrl: string, apiKey: string, fetch?: (request: Request) => Promise<Response>): Session {
  const patchbay = new Patchbay({ apiKey, baseURL: baseUrl, retry: { retries: 1, timeoutMs: 10_000 }, fetch });
  const api = createApiClient({ baseUrl, apiKey, retry: { retries: 0, timeoutMs: 5_000 }, fetch });
  return {
    patchbay,
    baseUrl,
    project: async () => (await unwrap(api.GET('/projects/current'))).name,
  };
}

/** Where the UI will look (for the header and the unreachable screen), found even when there is no key yet. */
export async function expectedUrl(env: Record<string, string | undefined> = process.env): Promise<string> {
  // The key is not needed to find the address: a stand-in keeps discovery from refusing for want of one.
  const local = await discoverLocalServer({ ...env, PATCHBAY_API_KEY: env.PATCHBAY_API_KEY ?? '-' });
  return local.baseUrl;
}

export const connectLocal: Connect = async () => {
  const local = await discoverLocalServer();
  return sessionFor(local.baseUrl, local.apiKey);
};

/** What the unreachable screen says: the error, and the command that fixes it. */
export function explain(error: unknown, baseUrl: string): { message: string; fix: string } {
  const start = 'Start it with `patchbay serve` (or `npm start` in a Patchbay checkout), then press R.';
  if (error instanceof PatchbayError) {
    if (error.slug === 'no_api_key') return { message: error.message, fix: start };
    if (error.status === 0) return { message: `No answer from ${baseUrl}: ${error.message}`, fix: start };
    if (error.status === 401) {
      return {
        message: `${baseUrl} refused the API key (401).`,
        fix: 'Set PATCHBAY_API_KEY to a key of this server, or unset it to use the local key file; then press R.',
      };
    }
    return { message: error.message, fix: error.suggestedFix ?? start };
  }
  return { message: error instanceof Error ? error.message : String(error), fix: start };
}

/** A failure that means the server is gone (not a refusal of one request). */
export function isUnreachable(error: unknown): boolean {
  return (
    error instanceof PatchbayError &&
    (error.slug === 'network_error' || error.slug === 'timeout' || error.slug === 'no_api_key')
  );
}

/** One line for the status bar: the message and the server's suggested fix, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof PatchbayError) {
    const fix = error.suggestedFix === undefined ? '' : ` ${error.suggestedFix}`;
    return `${error.message}${fix}`;
  }
  return error instanceof Error ? error.message : String(error);
}
