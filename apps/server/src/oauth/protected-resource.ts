import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';
import { mcpScope } from './paths.js';
import { origin } from './resource.js';

/** Maps a request path to the canonical URL of the MCP resource it belongs to, or undefined when it is not one. */
export type ResourceOfPath = (path: string) => string | undefined;

const prmPrefix = '/.well-known/oauth-protected-resource';

/** Where the Protected Resource Metadata of a resource is (RFC 9728 §3.1: the well-known path, then its path). */
export const metadataUrl = (publicUrl: string, resource: string): string =>
  `${origin(publicUrl)}${prmPrefix}${new URL(resource).pathname}`;

/**
 * An MCP mount's side of MCP authorization: every 401 it answers carries `WWW-Authenticate: Bearer
 * resource_metadata="…"`, which is how a client that has no token discovers where to get one. Mount it before the
 * MCP routes of any kind of MCP URL, with the mapping from its paths to their resource.
 */
export function oauthChallenge(publicUrl: string, resourceOf: ResourceOfPath): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status !== 401) return;
    const resource = resourceOf(c.req.path);
    if (resource === undefined) return;
    const presented = /^Bearer\s/i.test(c.req.header('authorization') ?? '');
    const parts = [`resource_metadata="${metadataUrl(publicUrl, resource)}"`, `scope="${mcpScope}"`];
    // RFC 6750 §3.1: a request without a token gets no error code; a bad token gets invalid_token.
    if (presented) parts.unshift('error="invalid_token"');
    c.res.headers.set('www-authenticate', `Bearer ${parts.join(', ')}`);
  };
}

function document(c: Context<AppEnv>, publicUrl: string, resource: string) {
  c.header('cache-control', 'public, max-age=300');
  return c.json({
    resource,
    authorization_servers: [origin(publicUrl)],
    scopes_supported: [mcpScope],
    bearer_methods_supported: ['header'],
  });
}

/**
 * Protected Resource Metadata (RFC 9728) for every MCP URL, at `/.well-known/oauth-protected-resource/<its path>`,
 * plus the root document for clients that only look there (its resource is the whole server).
 */
export function protectedResourceRoutes(publicUrl: string, resourceOf: ResourceOfPath): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(prmPrefix, (c) => document(c, publicUrl, origin(publicUrl)));
  app.get(`${prmPrefix}/*`, (c) => {
    const resource = resourceOf(c.req.path.slice(prmPrefix.length));
    if (resource === undefined) {
      throw apiError(404, 'No MCP URL has this path.', 'Ask for the metadata of an MCP URL of this server.');
    }
    return document(c, publicUrl, resource);
  });
  return app;
}
