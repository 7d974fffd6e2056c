import type {
  CreateAuthConfigRequest,
  CreateAuthConfigResponse,
  ListAuthConfigsParams,
  UpdateAuthConfigRequest,
  AuthConfig as WireAuthConfig,
} from '@patchbay/core';
import type {
  AuthConfig,
  AuthConfigCreated,
  CreateAuthConfigOptions,
  ListAuthConfigsOptions,
  ProxyConfig,
  UpdateAuthConfigOptions,
} from './types.js';

// The one place where auth-config wire names meet the SDK's; fields.ts records what becomes of each wire field.

type WireInput = CreateAuthConfigRequest['auth_config'];

function proxy(config: ProxyConfig): NonNullable<WireInput['proxy_config']> {
  return config.proxyAuthKey === undefined
    ? { proxy_url: config.proxyUrl }
    : { proxy_url: config.proxyUrl, proxy_auth_key: config.proxyAuthKey };
}

export function toCreateBody(toolkit: string, options: CreateAuthConfigOptions): CreateAuthConfigRequest {
  const input: WireInput =
    options.type === 'use_custom_auth'
      ? { type: 'use_custom_auth', auth_scheme: options.authScheme }
      : { type: 'use_composio_managed_auth' };
  if (options.name !== undefined) input.name = options.name;
  if (options.credentials !== undefined) input.credentials = options.credentials;
  if (options.scopes !== undefined) input.scopes = options.scopes;
  if (options.proxyConfig !== undefined) input.proxy_config = proxy(options.proxyConfig);
  return { toolkit: { slug: toolkit }, auth_config: input };
}

export function toCreated(wire: CreateAuthConfigResponse): AuthConfigCreated {
  return {
    id: wire.auth_config.id,
    authScheme: wire.auth_config.auth_scheme,
    isComposioManaged: wire.auth_config.is_composio_managed,
    toolkit: wire.toolkit.slug,
  };
}

export function toAuthConfig(wire: WireAuthConfig): AuthConfig {
  return {
    id: wire.id,
    name: wire.name,
    toolkit: { slug: wire.toolkit.slug, logo: wire.toolkit.logo === '' ? null : wire.toolkit.logo },
    authScheme: wire.auth_scheme,
    isComposioManaged: wire.is_composio_managed,
    credentials: wire.credentials,
    scopes: wire.scopes,
    status: wire.status,
    noOfConnections: wire.no_of_connections,
    createdAt: wire.created_at,
    lastUpdatedAt: wire.last_updated_at,
  };
}

export function toListQuery(options: ListAuthConfigsOptions): ListAuthConfigsParams {
  const query: ListAuthConfigsParams = {};
  if (options.toolkit !== undefined) query.toolkit_slug = options.toolkit;
  if (options.isComposioManaged !== undefined) query.is_composio_managed = options.isComposioManaged;
  if (options.search !== undefined) query.search = options.search;
  if (options.cursor !== undefined) query.cursor = options.cursor;
  if (options.limit !== undefined) query.limit = options.limit;
  return query;
}

/** Only the fields given are sent. */
export function toUpdateBody(options: UpdateAuthConfigOptions): UpdateAuthConfigRequest {
  const body: UpdateAuthConfigRequest = {};
  if (options.name !== undefined) body.name = options.name;
  if (options.credentials !== undefined) body.credentials = options.credentials;
  if (options.scopes !== undefined) body.scopes = options.scopes;
  return body;
}

export const createNames = { auth_config: 'options' };
export const listNames = { toolkit_slug: 'toolkit' };
