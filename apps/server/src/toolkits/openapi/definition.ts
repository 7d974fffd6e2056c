/** What a developer writes to define an OpenAPI toolkit, and the checked settings derived from it. */

export type AuthScheme = 'NO_AUTH' | 'API_KEY' | 'BEARER_TOKEN' | 'BASIC' | 'OAUTH2';

export interface OpenApiAuth {
  scheme: AuthScheme;
  /** API_KEY only: where the key goes. Default: the spec's apiKey security scheme, else `header`. */
  in?: 'header' | 'query' | undefined;
  /** API_KEY only: the header or query parameter name. Default: the spec's apiKey security scheme, else `X-API-Key`. */
  name?: string | undefined;
}

export interface OpenApiToolkitDefinition {
  slug: string;
  /** The OpenAPI 3.0/3.1 document itself (parsed JSON or YAML). Give this or `specUrl` (with both, this is used and
   * `specUrl` only anchors relative server URLs). */
  spec?: object | undefined;
  /** Where to fetch the document (JSON or YAML); relative server URLs in it resolve against this. */
  specUrl?: string | undefined;
  /** The API's base URL; default: the spec's first server URL (with variable defaults). */
  baseUrl?: string | undefined;
  auth: OpenApiAuth;
  /** Per-call time limit; the caller's own `ToolCallContext.timeoutMs` applies too (the smaller wins). */
  timeoutMs?: number | undefined;
  /** The most response text handed to the model; longer responses are truncated with a note. */
  maxResponseBytes?: number | undefined;
  /** The most response bytes ever read into memory (a JSON body up to this size is parsed, then re-serialized). */
  maxBodyBytes?: number | undefined;
  /** An allow-list of operationIds; ids the spec does not have are ignored (the spec may change under a URL). */
  operations?: readonly string[] | undefined;
  /** Headers sent with every call (e.g. `Notion-Version`); tool arguments for the same header win. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Limits for fetching `specUrl`. */
  specMaxBytes?: number | undefined;
  specTimeoutMs?: number | undefined;
}

export interface OpenApiSettings {
  slug: string;
  spec: object | undefined;
  specUrl: URL | undefined;
  baseUrl: string | undefined;
  auth: OpenApiAuth;
  timeoutMs: number;
  maxResponseBytes: number;
  maxBodyBytes: number;
  operations: ReadonlySet<string> | undefined;
  headers: Readonly<Record<string, string>>;
  specMaxBytes: number;
  specTimeoutMs: number;
}

export const defaultTimeoutMs = 30_000;
export const defaultMaxResponseBytes = 100_000;
export const defaultMaxBodyBytes = 4_000_000;
export const defaultSpecMaxBytes = 20_000_000;
export const defaultSpecTimeoutMs = 20_000;

const schemes: readonly AuthScheme[] = ['NO_AUTH', 'API_KEY', 'BEARER_TOKEN', 'BASIC', 'OAUTH2'];

function positive(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`OpenAPI toolkit: ${field} must be a positive number`);
  return Math.floor(value);
}

function httpUrl(text: string, field: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`OpenAPI toolkit: ${field} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`OpenAPI toolkit: ${field} must be an http(s) URL`);
  }
  return url;
}

/** Checks a definition and fills in defaults; throws on a definition that can never work. */
export function normalizeDefinition(definition: OpenApiToolkitDefinition): OpenApiSettings {
  if (!definition.slug.trim()) throw new Error('OpenAPI toolkit: slug is required');
  if (definition.spec === undefined && definition.specUrl === undefined) {
    throw new Error(`OpenAPI toolkit ${definition.slug}: give spec or specUrl`);
  }
  if (!schemes.includes(definition.auth.scheme)) {
    throw new Error(`OpenAPI toolkit ${definition.slug}: unknown auth scheme ${String(definition.auth.scheme)}`);
  }
  const maxResponseBytes = positive(definition.maxResponseBytes, defaultMaxResponseBytes, 'maxResponseBytes');
  return {
    slug: definition.slug,
    spec: definition.spec,
    specUrl: definition.specUrl === undefined ? undefined : httpUrl(definition.specUrl, 'specUrl'),
    baseUrl: definition.baseUrl === undefined ? undefined : httpUrl(definition.baseUrl, 'baseUrl').href,
    auth: definition.auth,
    timeoutMs: positive(definition.timeoutMs, defaultTimeoutMs, 'timeoutMs'),
    maxResponseBytes,
    // A body smaller than the text cap could never be shown whole, so the read cap is at least the text cap.
    maxBodyBytes: Math.max(maxResponseBytes, positive(definition.maxBodyBytes, defaultMaxBodyBytes, 'maxBodyBytes')),
    operations: definition.operations === undefined ? undefined : new Set(definition.operations),
    headers: definition.headers ?? {},
    specMaxBytes: positive(definition.specMaxBytes, defaultSpecMaxBytes, 'specMaxBytes'),
    specTimeoutMs: positive(definition.specTimeoutMs, defaultSpecTimeoutMs, 'specTimeoutMs'),
  };
}
