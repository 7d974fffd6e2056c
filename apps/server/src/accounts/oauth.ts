import type { components } from '@patchbay/core';
import type { OAuthConventions } from '../toolkits/registry.js';
import type { StringMap } from './secrets.js';

/** The OAuth 2 client side: which app and endpoints an auth config uses, and the two token requests. */

type ToolkitAuthScheme = components['schemas']['ToolkitAuthScheme'];

export interface OAuthApp {
  clientId: string;
  /** Absent for a public client (PKCE alone protects its codes). */
  clientSecret: string | undefined;
  authorizationUrl: string;
  tokenUrl: string;
  scopes: string[];
  /** RFC 6749 §2.3.1: HTTP Basic is the one every server must accept, so it is the default. */
  tokenAuth: 'client_secret_basic' | 'client_secret_post';
  scopeSeparator: ' ' | ',';
  /** Sent on the authorize URL before the standard parameters, which they cannot override. */
  authorizationParams: Readonly<Record<string, string>>;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on a loopback host (a provider on the same machine, tests); no credentials in the URL. */
export function checkEndpointUrl(raw: string, what: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `${what} is not a URL`;
  }
  if (url.username !== '' || url.password !== '') return `${what} must not carry a user name or password`;
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return undefined;
  return `${what} must be an https URL (plain http only on localhost)`;
}

/** Providers documented to take the client's credentials in the body (GitHub's token endpoint). */
const bodyAuthHosts = new Set(['github.com']);

function tokenAuthFor(
  configured: string | undefined,
  tokenUrl: string,
  provider: OAuthConventions | undefined,
): OAuthApp['tokenAuth'] {
  if (configured === 'client_secret_post' || configured === 'client_secret_basic') return configured;
  if (provider !== undefined) return provider.tokenEndpointAuth;
  return bodyAuthHosts.has(new URL(tokenUrl).hostname) ? 'client_secret_post' : 'client_secret_basic';
}

function splitScopes(raw: string | undefined): string[] {
  return (raw ?? '').split(/[\s,]+/).filter((s) => s !== '');
}

/**
 * The auth config's own values win (a custom OAuth app), then the toolkit's metadata (the catalog's endpoints and
 * default scopes). Answers what is missing rather than guessing.
 */
export function resolveOAuthApp(
  credentials: StringMap,
  configScopes: readonly string[],
  scheme: ToolkitAuthScheme | undefined,
  provider?: OAuthConventions | undefined,
): { ok: true; app: OAuthApp } | { ok: false; message: string } {
  const clientId = credentials.client_id;
  const authorizationUrl = credentials.authorization_url ?? scheme?.authorization_url;
  const tokenUrl = credentials.token_url ?? scheme?.token_url;
  const missing = [
    clientId ? undefined : 'client_id',
    authorizationUrl ? undefined : 'authorization_url',
    tokenUrl ? undefined : 'token_url',
  ].filter((m) => m !== undefined);
  if (!clientId || !authorizationUrl || !tokenUrl) {
    return { ok: false, message: `the auth config's OAuth app lacks ${missing.join(', ')}` };
  }
  const problem = checkEndpointUrl(authorizationUrl, 'authorization_url') ?? checkEndpointUrl(tokenUrl, 'token_url');
  if (problem) return { ok: false, message: problem };
  const fromCredentials = splitScopes(credentials.scopes ?? credentials.scope);
  const scopes =
    configScopes.length > 0
      ? [...configScopes]
      : fromCredentials.length > 0
        ? fromCredentials
        : (scheme?.default_scopes ?? []);
  return {
    ok: true,
    app: {
      clientId,
      clientSecret: credentials.client_secret || undefined,
      authorizationUrl,
      tokenUrl,
      scopes,
      tokenAuth: tokenAuthFor(credentials.token_endpoint_auth_method, tokenUrl, provider),
      scopeSeparator: provider?.scopeSeparator ?? ' ',
      authorizationParams: provider?.authorizationParams ?? {},
    },
  };
}

export function authorizationRequestUrl(
  app: OAuthApp,
  request: { state: string; codeChallenge: string; redirectUri: string },
): string {
  const url = new URL(app.authorizationUrl);
  for (const [name, value] of Object.entries(app.authorizationParams)) url.searchParams.set(name, value);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  if (app.scopes.length > 0) url.searchParams.set('scope', app.scopes.join(app.scopeSeparator));
  url.searchParams.set('state', request.state);
  url.searchParams.set('code_challenge', request.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

export interface TokenGrant {
  accessToken: string;
  refreshToken: string | undefined;
  tokenType: string | undefined;
  scope: string | undefined;
  /** Seconds, as the provider said; undefined when it did not say. */
  expiresIn: number | undefined;
}

export type TokenOutcome =
  | { ok: true; grant: TokenGrant }
  /** `refused`: the provider said no (a bad code, a revoked grant); `unavailable`: it could not be asked or answer. */
  | { ok: false; kind: 'refused' | 'unavailable'; message: string };

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

function readTokenBody(text: string, contentType: string): Record<string, unknown> | undefined {
  if (/x-www-form-urlencoded/i.test(contentType)) return Object.fromEntries(new URLSearchParams(text));
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...value };
  } catch {
    // Not JSON: reported below.
  }
  return undefined;
}

function grantFrom(body: Record<string, unknown>): TokenGrant | undefined {
  const str = (key: string) => (typeof body[key] === 'string' && body[key] !== '' ? String(body[key]) : undefined);
  const accessToken = str('access_token');
  if (accessToken === undefined) return undefined;
  const rawExpiry = body.expires_in;
  const expiresIn =
    typeof rawExpiry === 'number' ? rawExpiry : typeof rawExpiry === 'string' ? Number(rawExpiry) : Number.NaN;
  return {
    accessToken,
    refreshToken: str('refresh_token'),
    tokenType: str('token_type'),
    scope: str('scope'),
    expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : undefined,
  };
}

/** A token response is a few hundred bytes; a provider that streams more is not read further. */
const maxTokenResponseBytes = 64 * 1024;

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

/** One request to the token endpoint. Messages name the provider's error code, never a token or secret. */
async function tokenRequest(app: OAuthApp, params: URLSearchParams, fetchImpl: typeof fetch): Promise<TokenOutcome> {
  const headers = new Headers({
    'content-type': 'application/x-www-form-urlencoded',
    // GitHub answers form-encoded unless asked for JSON.
    accept: 'application/json',
  });
  if (app.tokenAuth === 'client_secret_basic' && app.clientSecret !== undefined) {
    const user = encodeURIComponent(app.clientId);
    const pass = encodeURIComponent(app.clientSecret);
    headers.set('authorization', `Basic ${Buffer.from(`${user}:${pass}`, 'utf8').toString('base64')}`);
  } else {
    params.set('client_id', app.clientId);
    if (app.clientSecret !== undefined) params.set('client_secret', app.clientSecret);
  }
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(app.tokenUrl, {
      method: 'POST',
      headers,
      body: params.toString(),
      redirect: 'error',
      signal: AbortSignal.timeout(15_000),
    });
    text = await readCapped(response, maxTokenResponseBytes);
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'network error';
    return { ok: false, kind: 'unavailable', message: `the token endpoint could not be reached (${reason})` };
  }
  const body = readTokenBody(text, response.headers.get('content-type') ?? '');
  const code = typeof body?.error === 'string' ? body.error : undefined;
  if (response.ok && code === undefined && body !== undefined) {
    const grant = grantFrom(body);
    if (grant) return { ok: true, grant };
    return { ok: false, kind: 'refused', message: 'the token endpoint answered without an access_token' };
  }
  const description = typeof body?.error_description === 'string' ? `: ${clip(body.error_description)}` : '';
  if (response.status >= 500 || response.status === 429) {
    return { ok: false, kind: 'unavailable', message: `the token endpoint answered HTTP ${response.status}` };
  }
  return {
    ok: false,
    kind: 'refused',
    message: `the provider refused (${code ?? `HTTP ${response.status}`}${description})`,
  };
}

export function exchangeCode(
  app: OAuthApp,
  request: { code: string; codeVerifier: string; redirectUri: string },
  fetchImpl: typeof fetch,
): Promise<TokenOutcome> {
  const params = new URLSearchParams({
    grant_type: 'authorization_code',
    code: request.code,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  });
  return tokenRequest(app, params, fetchImpl);
}

export function refreshGrant(app: OAuthApp, refreshToken: string, fetchImpl: typeof fetch): Promise<TokenOutcome> {
  return tokenRequest(
    app,
    new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    fetchImpl,
  );
}
