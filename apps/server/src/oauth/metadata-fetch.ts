import { addressPolicy } from '../toolkits/builtin/address-policy.js';
import { guardedRequest } from '../toolkits/builtin/guarded-request.js';
import type { OAuthOptions } from './options.js';

const maxDocumentBytes = 64 * 1024;
const timeoutMs = 5000;

/**
 * The fetch oidc-provider uses for Client ID Metadata Documents: through the HTTP toolkit's SSRF guard, so a
 * client_id URL naming (or resolving to) a loopback, private or metadata-service address is never fetched. No
 * redirects are followed, and a document is read to 64 KiB at most.
 */
export function metadataFetch(options: OAuthOptions): typeof fetch {
  const policy = addressPolicy(options.metadataAddresses);
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const answer = await guardedRequest(policy, {
      url,
      method: 'GET',
      headers,
      body: undefined,
      maxBytes: maxDocumentBytes + 1,
      signal: init?.signal ?? AbortSignal.timeout(timeoutMs),
      ca: options.metadataCa,
    });
    if (answer.truncated) throw new Error('the client metadata document is larger than 64 KiB');
    const body = [204, 205, 304].includes(answer.status) ? null : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: answer.headers });
  };
}
