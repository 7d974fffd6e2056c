import { type Context, Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { clientAddress } from '../http/auth-throttle.js';
import type { AppEnv } from '../http/env.js';
import { consentRoutes } from './consent-routes.js';
import { interactionPath, mcpScope, oauthRoutes as oauthRoutesTable } from './paths.js';
import { protectedResourceRoutes } from './protected-resource.js';
import { registrationLimit } from './registration.js';
import { resourceOfPath } from './resource.js';

const discoveryPath = '/.well-known/openid-configuration';

/**
 * Patchbay as an OAuth 2.1 authorization server for its MCP URLs: RFC 8414 and OpenID discovery, the protocol
 * endpoints under /oauth (oidc-provider's), the consent pages, and the MCP URLs' Protected Resource Metadata.
 */
export function oauthRoutes(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const viaProvider = (c: Context<AppEnv>, request = c.req.raw) => ctx.oauth.handle(request, clientAddress(c));
  app.route('/', protectedResourceRoutes(ctx.publicUrl, resourceOfPath(ctx.publicUrl)));
  app.get(discoveryPath, (c) => viaProvider(c));
  // RFC 8414: the same document (oidc-provider's discovery carries every field it defines), also path-suffixed.
  app.get('/.well-known/oauth-authorization-server', (c) => {
    const url = new URL(c.req.url);
    url.pathname = discoveryPath;
    url.search = '';
    return viaProvider(c, new Request(url, { headers: c.req.raw.headers }));
  });
  app.route('/', consentRoutes(ctx));
  app.use('/oauth/register', registrationLimit(ctx.db, ctx.oauth.options.registrationsPerMinute ?? 10));
  // A client that names no scope asks for what the MCP URL is for: its one scope (else nothing would be granted).
  app.get(oauthRoutesTable.authorization, (c) => {
    const url = new URL(c.req.url);
    if ((url.searchParams.get('scope') ?? '').trim() !== '') return viaProvider(c);
    url.searchParams.set('scope', mcpScope);
    return viaProvider(c, new Request(url, { headers: c.req.raw.headers }));
  });
  app.all('/oauth/*', (c) => {
    if (c.req.path.startsWith(`${interactionPath}/`)) return c.notFound();
    return viaProvider(c);
  });
  return app;
}
