import Provider, { type ClientMetadata, type Configuration, errors } from 'oidc-provider';
import type { Vault } from '../accounts/crypto.js';
import { pageHeaders, resultPage } from '../accounts/html.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../util/logger.js';
import { databaseAdapter } from './adapter.js';
import { loadServerKeys } from './keys.js';
import { metadataFetch } from './metadata-fetch.js';
import { defaultAccessTokenTtl, defaultRefreshTokenTtl, type OAuthOptions } from './options.js';
import { interactionPath, mcpScope, oauthRoutes } from './paths.js';
import { origin, serverOfResource } from './resource.js';
import { findResourceServer } from './servers.js';

export interface ProviderDeps {
  db: Database;
  vault: Vault;
  publicUrl: string;
  logger: Logger;
  options: OAuthOptions;
}

/** Every client is a public one by default (PKCE, no secret), as MCP clients are. */
const clientDefaults: ClientMetadata = {
  client_id: '',
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  token_endpoint_auth_method: 'none',
};

function configuration(deps: ProviderDeps, keys: Awaited<ReturnType<typeof loadServerKeys>>): Configuration {
  const accessTtl = deps.options.accessTokenTtlSeconds ?? defaultAccessTokenTtl;
  const refreshTtl = deps.options.refreshTokenTtlSeconds ?? defaultRefreshTokenTtl;
  const { client_id: _unset, ...defaults } = clientDefaults;
  return {
    adapter: databaseAdapter(deps),
    clients: [...(deps.options.clients ?? [])],
    clientDefaults: defaults,
    jwks: { keys: [keys.signing] },
    // Cookies ignore ports: on a shared host (localhost) oidc-provider's default names would clash with another app's.
    cookies: {
      keys: [keys.cookieSecret],
      names: { session: 'patchbay_session', interaction: 'patchbay_interaction', resume: 'patchbay_resume' },
    },
    responseTypes: ['code'],
    clientAuthMethods: ['none', 'client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access', mcpScope],
    claims: { openid: ['sub'] },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
    renderError: async (ctx, out) => {
      for (const [name, value] of Object.entries(pageHeaders())) ctx.set(name, value);
      ctx.body = resultPage(false, 'Sign-in not possible', String(out.error_description ?? out.error));
    },
    interactions: { url: (_ctx, interaction) => `${interactionPath}/${interaction.uid}` },
    routes: oauthRoutes,
    // Every refresh rotates; presenting a rotated one again revokes the whole grant (oidc-provider does that).
    rotateRefreshToken: true,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: accessTtl,
      AuthorizationCode: 60,
      RefreshToken: refreshTtl,
      Grant: refreshTtl,
      Interaction: 600,
      Session: 600,
      IdToken: accessTtl,
    },
    fetch: metadataFetch(deps.options),
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: true },
      // A client revokes only its own tokens.
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      clientIdMetadataDocument: { enabled: true, ack: 'draft-02' },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx, _client, oneOf) => oneOf,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => {
          const serverId = serverOfResource(deps.publicUrl, resource);
          const server = serverId === undefined ? undefined : await findResourceServer(deps.db, serverId);
          if (server === undefined) throw new errors.InvalidTarget('resource is not an MCP URL of this Patchbay');
          return { scope: mcpScope, audience: resource, accessTokenTTL: accessTtl, accessTokenFormat: 'opaque' };
        },
      },
    },
  };
}

/** Patchbay's authorization server: oidc-provider over the database, issuer = the public URL. */
export async function createProvider(deps: ProviderDeps): Promise<Provider> {
  const keys = await loadServerKeys(deps.db, deps.vault);
  const provider = new Provider(origin(deps.publicUrl), configuration(deps, keys));
  // Requests reach it through OAuthServer's bridge, which sets X-Forwarded-Proto and -For itself.
  provider.proxy = true;
  // oidc-provider answers its own failures (a JSON or HTML error); only the unexpected ones are worth a log line.
  provider.on('server_error', (_ctx: unknown, error: unknown) =>
    deps.logger.error({ err: error }, 'oauth server error'),
  );
  return provider;
}
