import type { ClientMetadata } from 'oidc-provider';
import { z } from 'zod';
import type { OAuthOptions } from './options.js';

/**
 * The operator's settings of the authorization server, from the environment: the identity provider of sign-in
 * mode 2 (all of PATCHBAY_OIDC_ISSUER, _CLIENT_ID and _CLIENT_SECRET, or none), pre-registered clients and the
 * access token lifetime.
 */
const clientList = z.array(
  z.looseObject({
    client_id: z.string().min(1),
    client_secret: z.string().min(16).optional(),
    client_name: z.string().optional(),
    redirect_uris: z.array(z.url()).min(1),
    token_endpoint_auth_method: z.enum(['none', 'client_secret_basic', 'client_secret_post']).optional(),
    application_type: z.enum(['web', 'native']).optional(),
  }),
);

export function oauthOptionsFromEnv(env: Record<string, string | undefined>): OAuthOptions | string[] {
  const errors: string[] = [];
  const options: OAuthOptions = {};
  const issuer = env.PATCHBAY_OIDC_ISSUER;
  const clientId = env.PATCHBAY_OIDC_CLIENT_ID;
  const clientSecret = env.PATCHBAY_OIDC_CLIENT_SECRET;
  const set = [issuer, clientId, clientSecret].filter((v) => v !== undefined && v !== '').length;
  if (set === 3 && issuer && clientId && clientSecret) {
    if (!z.url({ protocol: /^https?$/ }).safeParse(issuer).success) errors.push('PATCHBAY_OIDC_ISSUER: must be a URL');
    options.oidc = {
      issuer,
      clientId,
      clientSecret,
      userClaim: env.PATCHBAY_OIDC_USER_CLAIM || undefined,
      scope: env.PATCHBAY_OIDC_SCOPE || undefined,
    };
  } else if (set !== 0) {
    errors.push('PATCHBAY_OIDC_ISSUER, PATCHBAY_OIDC_CLIENT_ID and PATCHBAY_OIDC_CLIENT_SECRET: set all three or none');
  }
  if (env.PATCHBAY_OAUTH_CLIENTS) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(env.PATCHBAY_OAUTH_CLIENTS);
    } catch {
      parsed = undefined;
    }
    const clients = clientList.safeParse(parsed);
    if (clients.success) {
      options.clients = clients.data.map((client): ClientMetadata => ({ ...client }));
    } else {
      errors.push('PATCHBAY_OAUTH_CLIENTS: must be a JSON array of client metadata (client_id, redirect_uris, …)');
    }
  }
  if (env.PATCHBAY_OAUTH_ACCESS_TOKEN_TTL) {
    const seconds = Number(env.PATCHBAY_OAUTH_ACCESS_TOKEN_TTL);
    if (Number.isInteger(seconds) && seconds >= 60 && seconds <= 86_400) options.accessTokenTtlSeconds = seconds;
    else errors.push('PATCHBAY_OAUTH_ACCESS_TOKEN_TTL: must be whole seconds from 60 to 86400');
  }
  return errors.length > 0 ? errors : options;
}
