import { arrayOf, isRecord, type JsonObject, optionalString } from './guards.js';

/** The base URL an operation's paths hang off: the definition's, else the nearest `servers` entry in the spec. */

/** `https://{region}.api.x.com/{version}` with each variable's default. */
function expandVariables(server: JsonObject, url: string): string {
  const variables = isRecord(server.variables) ? server.variables : {};
  return url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    const fallback = isRecord(variable) ? variable.default : undefined;
    return typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : whole;
  });
}

function firstServerUrl(servers: unknown): { server: JsonObject; url: string } | undefined {
  for (const server of arrayOf(servers)) {
    const url = isRecord(server) ? optionalString(server.url) : undefined;
    if (isRecord(server) && url !== undefined) return { server, url };
  }
  return undefined;
}

/** Resolves the base URL (no trailing slash), or returns undefined when there is none usable. */
export function resolveBaseUrl(
  configured: string | undefined,
  levels: readonly unknown[],
  sourceUrl: URL | undefined,
): string | undefined {
  if (configured !== undefined) return configured.replace(/\/+$/, '');
  for (const servers of levels) {
    const found = firstServerUrl(servers);
    if (!found) continue;
    const expanded = expandVariables(found.server, found.url);
    let url: URL;
    try {
      // A relative server URL ("/v1", or the spec's default "/") is relative to where the document was served.
      url = new URL(expanded, sourceUrl);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href.replace(/\/+$/, '');
  }
  // No `servers` anywhere means "/" (OpenAPI's default), which only makes sense for a document fetched by URL.
  return sourceUrl ? sourceUrl.origin : undefined;
}
