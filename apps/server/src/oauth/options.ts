import type { ClientMetadata } from 'oidc-provider';
import type { AddressPolicyOptions } from '../toolkits/builtin/address-policy.js';

/** The operator's identity provider (sign-in mode 2): end users sign in there, and one claim becomes their user id. */
export interface OidcSignIn {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The ID token claim that becomes the user id (default `sub`). */
  userClaim?: string | undefined;
  /** Scopes asked of the identity provider (default `openid`; e.g. `openid email` for an email claim). */
  scope?: string | undefined;
}

export interface OAuthOptions {
  /** Access token lifetime (default 10 minutes): short, since refresh tokens renew them. */
  accessTokenTtlSeconds?: number | undefined;
  /** Refresh token and grant lifetime (default 30 days). */
  refreshTokenTtlSeconds?: number | undefined;
  /** Clients registered by the operator (confidential web apps, or public native ones). */
  clients?: readonly ClientMetadata[] | undefined;
  /** Where Client ID Metadata Documents may be fetched from: public addresses only, by default. */
  metadataAddresses?: AddressPolicyOptions | undefined;
  /** Extra CA certificates (PEM) trusted when fetching metadata documents (a private CA; tests). */
  metadataCa?: string | undefined;
  /** Dynamic registrations one client address may make per minute (default 10). */
  registrationsPerMinute?: number | undefined;
  /** Sign-in mode 2, when set; else the consent page takes the project key (mode 3) or the developer's login URL. */
  oidc?: OidcSignIn | undefined;
}

export const defaultAccessTokenTtl = 600;
export const defaultRefreshTokenTtl = 30 * 24 * 3600;
