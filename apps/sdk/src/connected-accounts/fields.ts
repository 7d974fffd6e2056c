import type {
  CreateConnectedAccountResponse,
  RefreshConnectedAccountResponse,
  ConnectedAccount as WireAccount,
} from '@patchbay/core';
import type { Derived, FieldMap } from '../field-map.js';
import type { ConnectedAccount, ConnectionRequest, RefreshedAccount } from './types.js';

// Every connected-account wire field and what mappers.ts makes of it; see field-map.ts.

export const accountFields = {
  id: 'id',
  toolkit: 'toolkit',
  auth_config: { to: 'authConfig', via: 'accountAuthConfigFields' },
  user_id: 'userId',
  status: 'status',
  status_reason: 'statusReason',
  is_disabled: 'isDisabled',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
} satisfies FieldMap<WireAccount, ConnectedAccount>;

export const accountAuthConfigFields = {
  id: 'id',
  auth_scheme: 'authScheme',
  is_composio_managed: 'isComposioManaged',
  is_disabled: 'isDisabled',
} satisfies FieldMap<WireAccount['auth_config'], ConnectedAccount['authConfig']>;

export const connectionRequestFields = {
  id: 'id',
  status: 'status',
  redirect_url: 'redirectUrl',
  connection_data: 'connectionData',
  connectionData: { omitted: 'the hosted SDK’s form of status, redirect_url and connection_data, read from those' },
} satisfies FieldMap<CreateConnectedAccountResponse, ConnectionRequest>;

export const connectionRequestDerived = {
  waitForConnection: "connectedAccounts.waitForConnection bound to the new account's id",
} satisfies Derived<ConnectionRequest>;

export const refreshedFields = {
  id: 'id',
  status: 'status',
  redirect_url: 'redirectUrl',
} satisfies FieldMap<RefreshConnectedAccountResponse, RefreshedAccount>;
