import type { CreateAuthConfigResponse, AuthConfig as WireAuthConfig } from '@patchbay/core';
import type { FieldMap } from '../field-map.js';
import type { AuthConfig, AuthConfigCreated } from './types.js';

// Every auth-config wire field and what mappers.ts makes of it; see field-map.ts.

export const authConfigFields = {
  id: 'id',
  name: 'name',
  toolkit: { to: 'toolkit', via: 'an empty logo (none) → null' },
  auth_scheme: 'authScheme',
  is_composio_managed: 'isComposioManaged',
  credentials: 'credentials',
  scopes: 'scopes',
  status: 'status',
  no_of_connections: 'noOfConnections',
  created_at: 'createdAt',
  last_updated_at: 'lastUpdatedAt',
} satisfies FieldMap<WireAuthConfig, AuthConfig>;

/** The hosted answer nests its few fields; the SDK flattens them. */
export const authConfigCreatedFields = {
  toolkit: { slug: 'toolkit' },
  auth_config: { id: 'id', auth_scheme: 'authScheme', is_composio_managed: 'isComposioManaged' },
} satisfies FieldMap<CreateAuthConfigResponse, AuthConfigCreated>;
