import type { AuthConfig, ConnectedAccount, CreateConnectedAccountResponse } from '@patchbay/core';
import type { Connection } from '../accounts/connections.js';
import type { Vault } from '../accounts/crypto.js';
import type { AuthSchemeName } from '../accounts/schemes.js';
import { maskCredentials, openConfigCredentials } from '../accounts/secrets.js';
import type { AuthConfigRow } from '../store/auth-configs.js';
import type { AccountWithConfig } from '../store/connected-accounts.js';

/** Rows → API shapes. Secrets leave only masked; an account's secrets never leave at all. */

function schemeName(value: string): AuthSchemeName {
  for (const s of ['OAUTH2', 'OAUTH1', 'API_KEY', 'BASIC', 'BEARER_TOKEN'] as const) if (s === value) return s;
  return 'NO_AUTH';
}

export function presentAuthConfig(
  vault: Vault,
  row: AuthConfigRow,
  extra: { logo: string | null; connections: number },
): AuthConfig {
  return {
    id: row.id,
    name: row.name,
    toolkit: { slug: row.toolkit_slug, logo: extra.logo ?? '' },
    auth_scheme: schemeName(row.auth_scheme),
    is_composio_managed: row.is_composio_managed,
    credentials: maskCredentials(openConfigCredentials(vault, row)),
    scopes: row.scopes,
    status: row.status,
    no_of_connections: extra.connections,
    created_at: row.created_at.toISOString(),
    last_updated_at: row.updated_at.toISOString(),
  };
}

export function presentAccount(row: AccountWithConfig): ConnectedAccount {
  return {
    id: row.id,
    toolkit: { slug: row.toolkit_slug },
    auth_config: {
      id: row.auth_config_id,
      auth_scheme: schemeName(row.auth_scheme),
      is_composio_managed: row.is_composio_managed,
      is_disabled: row.auth_config_status === 'DISABLED',
    },
    user_id: row.user_id,
    status: row.status,
    status_reason: row.status_reason,
    is_disabled: row.status === 'INACTIVE',
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** A new account as the create call answers it: Patchbay's fields, and the hosted SDK's `connectionData` beside them. */
export function presentConnection(config: AuthConfigRow, made: Connection): CreateConnectedAccountResponse {
  const { account, redirectUrl } = made;
  const val: CreateConnectedAccountResponse['connectionData']['val'] = {
    ...account.connection_data,
    status: account.status,
  };
  if (redirectUrl !== null) val.redirectUrl = redirectUrl;
  return {
    id: account.id,
    status: account.status,
    redirect_url: redirectUrl,
    connection_data: account.connection_data,
    connectionData: { authScheme: schemeName(config.auth_scheme), val },
  };
}
