import { createHash, randomBytes } from 'node:crypto';
import { TestBrowser } from './browser.js';

/** The raw protocol steps, for the tests that tamper with them: register, authorize, exchange, refresh, revoke. */

export const pkcePair = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

export async function register(base: string, redirectUris: string[], name = 'Raw client'): Promise<string> {
  const response = await fetch(`${base}/oauth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_name: name,
      redirect_uris: redirectUris,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    }),
  });
  const body: { client_id?: string } = await response.json();
  if (response.status !== 201 || body.client_id === undefined) throw new Error(`registration: ${response.status}`);
  return body.client_id;
}

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  resource: string;
  challenge?: string | undefined;
  scope?: string | undefined;
}

export function authorizeUrl(base: string, p: AuthorizeParams): string {
  const url = new URL(`${base}/oauth/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: p.clientId,
    redirect_uri: p.redirectUri,
    resource: p.resource,
    scope: p.scope ?? 'mcp',
    state: randomBytes(8).toString('hex'),
    ...(p.challenge === undefined ? {} : { code_challenge: p.challenge, code_challenge_method: 'S256' }),
  }).toString();
  return url.toString();
}

/** Plays the browser through the local consent page; answers where the server sent it back (code or error). */
export async function consent(url: string, redirectUri: string, form: Record<string, string>): Promise<URL> {
  const result = await new TestBrowser().signIn(url, redirectUri, () => form);
  if (!('callback' in result))
    throw new Error(`sign-in stopped at ${result.stopped.status}: ${result.body.slice(0, 300)}`);
  return result.callback;
}

export interface TokenAnswer {
  status: number;
  body: { access_token?: string; refresh_token?: string; error?: string; expires_in?: number; scope?: string };
}

export async function tokenRequest(base: string, fields: Record<string, string>): Promise<TokenAnswer> {
  const response = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, body: await response.json() };
}

/** One MCP request (initialize) with a bearer token: the status and the challenge header. */
export async function mcpWith(url: string, token: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    }),
  });
  await response.body?.cancel();
  return { status: response.status, challenge: response.headers.get('www-authenticate') };
}
