import type { AuthConfigStatus, AuthScheme } from '@patchbay/core';

export interface ProxyConfig {
  proxyUrl: string;
  proxyAuthKey?: string | undefined;
}

interface AuthConfigFields {
  name?: string | undefined;
  /** The scheme's `auth_config_creation` fields, e.g. your OAuth app's `client_id` and `client_secret`. */
  credentials?: Record<string, unknown> | undefined;
  scopes?: string[] | undefined;
  proxyConfig?: ProxyConfig | undefined;
}

/** Patchbay's own credentials for the toolkit (its first auth scheme). */
export interface ManagedAuthConfigOptions extends AuthConfigFields {
  type: 'use_composio_managed_auth';
}

/** Your own credentials and scheme. */
export interface CustomAuthConfigOptions extends AuthConfigFields {
  type: 'use_custom_auth';
  authScheme: AuthScheme;
}

export type CreateAuthConfigOptions = ManagedAuthConfigOptions | CustomAuthConfigOptions;

export interface AuthConfigCreated {
  id: string;
  authScheme: AuthScheme;
  isComposioManaged: boolean;
  toolkit: string;
}

export interface AuthConfig {
  id: string;
  name: string;
  toolkit: { slug: string; logo: string | null };
  authScheme: AuthScheme;
  isComposioManaged: boolean;
  /** Secrets come back masked to their last four characters. */
  credentials: Record<string, unknown>;
  scopes: string[];
  status: AuthConfigStatus;
  noOfConnections: number;
  createdAt: string;
  lastUpdatedAt: string;
}

export interface ListAuthConfigsOptions {
  toolkit?: string | undefined;
  isComposioManaged?: boolean | undefined;
  /** Case-insensitive substring of the name. */
  search?: string | undefined;
  cursor?: string | undefined;
  /** Default 20, at most 1000. */
  limit?: number | undefined;
}

export interface UpdateAuthConfigOptions {
  name?: string | undefined;
  /** Replaces the stored credentials as a whole. */
  credentials?: Record<string, unknown> | undefined;
  scopes?: string[] | undefined;
}
