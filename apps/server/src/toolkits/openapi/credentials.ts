import type { AuthScheme, OpenApiAuth } from './definition.js';
import { isRecord, type JsonObject, recordOf } from './guards.js';

/** Attaches the end user's credentials to a request, per the toolkit's auth scheme. */

export interface ResolvedAuth {
  scheme: AuthScheme;
  in: 'header' | 'query';
  name: string;
}

/** Where credentials went, so a redirect to another origin can take them off again. */
export interface AttachedAuth {
  headers: string[];
  query: string[];
}

const defaultApiKeyHeader = 'X-API-Key';

/** API_KEY placement: the definition's, else the spec's first `apiKey` security scheme, else `X-API-Key` header. */
export function resolveAuth(auth: OpenApiAuth, document: JsonObject): ResolvedAuth {
  let fromSpec: { in: 'header' | 'query'; name: string } | undefined;
  for (const scheme of Object.values(recordOf(recordOf(document.components).securitySchemes))) {
    if (!isRecord(scheme) || scheme.type !== 'apiKey' || typeof scheme.name !== 'string') continue;
    if (scheme.in === 'header' || scheme.in === 'query') {
      fromSpec = { in: scheme.in, name: scheme.name };
      break;
    }
  }
  const placement = auth.in ?? fromSpec?.in ?? 'header';
  const name = auth.name ?? (fromSpec && fromSpec.in === placement ? fromSpec.name : undefined) ?? defaultApiKeyHeader;
  return { scheme: auth.scheme, in: placement, name };
}

function present(credentials: Readonly<Record<string, string>> | undefined, field: string): string | undefined {
  const value = credentials?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const needs: Record<Exclude<AuthScheme, 'NO_AUTH'>, string> = {
  API_KEY: 'an API key',
  BEARER_TOKEN: 'a bearer token',
  BASIC: 'a username and password',
  OAUTH2: 'an OAuth access token',
};

function missing(toolkitSlug: string, scheme: Exclude<AuthScheme, 'NO_AUTH'>): { ok: false; message: string } {
  return {
    ok: false,
    message:
      `No credentials for toolkit "${toolkitSlug}": the user must connect an account for this toolkit ` +
      `(it needs ${needs[scheme]}) before this tool can be used. The request was not sent.`,
  };
}

/** Adds credentials to `headers` / `url`; returns a message (never containing a secret) when they are missing. */
export function attachCredentials(
  toolkitSlug: string,
  auth: ResolvedAuth,
  credentials: Readonly<Record<string, string>> | undefined,
  url: URL,
  headers: Headers,
): { ok: true; attached: AttachedAuth } | { ok: false; message: string } {
  switch (auth.scheme) {
    case 'NO_AUTH':
      return { ok: true, attached: { headers: [], query: [] } };
    case 'API_KEY': {
      const key = present(credentials, 'api_key');
      if (!key) return missing(toolkitSlug, auth.scheme);
      if (auth.in === 'query') {
        // Appended by hand: `searchParams.set` would re-encode the whole query built in request.ts.
        const pair = `${encodeURIComponent(auth.name)}=${encodeURIComponent(key)}`;
        url.search = url.search.length > 1 ? `${url.search}&${pair}` : `?${pair}`;
        return { ok: true, attached: { headers: [], query: [auth.name] } };
      }
      headers.set(auth.name, key);
      return { ok: true, attached: { headers: [auth.name], query: [] } };
    }
    case 'BEARER_TOKEN':
    case 'OAUTH2': {
      const token = present(credentials, auth.scheme === 'OAUTH2' ? 'access_token' : 'token');
      if (!token) return missing(toolkitSlug, auth.scheme);
      headers.set('authorization', `Bearer ${token}`);
      return { ok: true, attached: { headers: ['authorization'], query: [] } };
    }
    case 'BASIC': {
      const username = present(credentials, 'username');
      if (!username) return missing(toolkitSlug, auth.scheme);
      // An empty password is legitimate (APIs that take a key as the username).
      const password = credentials?.password ?? '';
      headers.set('authorization', `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`);
      return { ok: true, attached: { headers: ['authorization'], query: [] } };
    }
  }
}

/** Fields of a connected account that identify rather than authenticate: left visible in results. */
const notSecret = new Set(['username', 'user', 'email', 'login']);

/** Every secret value to scrub from text that goes back to the model (very short values would mangle text). */
export function secretsOf(credentials: Readonly<Record<string, string>> | undefined): string[] {
  const secrets = new Set<string>();
  for (const [field, value] of Object.entries(credentials ?? {})) {
    if (notSecret.has(field.toLowerCase()) || typeof value !== 'string' || value.length < 4) continue;
    secrets.add(value);
    secrets.add(encodeURIComponent(value));
  }
  const username = credentials?.username;
  if (username) secrets.add(Buffer.from(`${username}:${credentials?.password ?? ''}`, 'utf8').toString('base64'));
  return [...secrets].sort((a, b) => b.length - a.length);
}

/** Replaces every secret in `text` with a marker. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}
