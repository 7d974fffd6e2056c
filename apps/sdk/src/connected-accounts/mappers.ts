import type {
  ConnectedAccountOrderBy,
  CreateConnectedAccountRequest,
  CreateConnectedAccountResponse,
  ListConnectedAccountsParams,
  RefreshConnectedAccountResponse,
  ConnectedAccount as WireAccount,
} from '@patchbay/core';
import { commaList, type WireValues } from '../wire.js';
import type {
  ConnectedAccount,
  ConnectionRequest,
  InitiateOptions,
  ListConnectedAccountsOptions,
  RefreshedAccount,
} from './types.js';

// The one place where connected-account wire names meet the SDK's; fields.ts records what becomes of each wire
// field.

const orderByWire: WireValues<ConnectedAccountOrderBy> = { createdAt: 'created_at', updatedAt: 'updated_at' };

export function toAccount(wire: WireAccount): ConnectedAccount {
  return {
    id: wire.id,
    toolkit: { slug: wire.toolkit.slug },
    authConfig: {
      id: wire.auth_config.id,
      authScheme: wire.auth_config.auth_scheme,
      isComposioManaged: wire.auth_config.is_composio_managed,
      isDisabled: wire.auth_config.is_disabled,
    },
    userId: wire.user_id,
    status: wire.status,
    statusReason: wire.status_reason,
    isDisabled: wire.is_disabled,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}

export function toInitiateBody(
  userId: string,
  authConfigId: string,
  options: InitiateOptions,
): CreateConnectedAccountRequest {
  const connection: CreateConnectedAccountRequest['connection'] = { user_id: userId };
  if (options.callbackUrl !== undefined) connection.callback_url = options.callbackUrl;
  if (options.config !== undefined) connection.state = options.config;
  if (options.data !== undefined) connection.data = options.data;
  return { auth_config: { id: authConfigId }, connection };
}

export function toConnectionRequest(
  wire: CreateConnectedAccountResponse,
  waitForConnection: ConnectionRequest['waitForConnection'],
): ConnectionRequest {
  const request: ConnectionRequest = {
    id: wire.id,
    status: wire.status,
    redirectUrl: wire.redirect_url,
    waitForConnection,
  };
  if (wire.connection_data !== undefined) request.connectionData = wire.connection_data;
  return request;
}

export function toListQuery(options: ListConnectedAccountsOptions): ListConnectedAccountsParams {
  const query: ListConnectedAccountsParams = {};
  const userIds = commaList(options.userIds);
  if (userIds !== undefined) query.user_ids = userIds;
  const toolkits = commaList(options.toolkitSlugs);
  if (toolkits !== undefined) query.toolkit_slugs = toolkits;
  const statuses = commaList(options.statuses);
  if (statuses !== undefined) query.statuses = statuses;
  const configs = commaList(options.authConfigIds);
  if (configs !== undefined) query.auth_config_ids = configs;
  if (options.orderBy !== undefined) query.order_by = orderByWire[options.orderBy];
  if (options.orderDirection !== undefined) query.order_direction = options.orderDirection;
  if (options.cursor !== undefined) query.cursor = options.cursor;
  if (options.limit !== undefined) query.limit = options.limit;
  return query;
}

export function toRefreshed(wire: RefreshConnectedAccountResponse): RefreshedAccount {
  return { id: wire.id, status: wire.status, redirectUrl: wire.redirect_url };
}

export const initiateNames = {
  'auth_config.id': 'authConfigId',
  'connection.user_id': 'userId',
  'connection.callback_url': 'callbackUrl',
  'connection.state': 'config',
  'connection.data': 'data',
};
export const listNames = { auth_config_ids: 'authConfigIds', user_ids: 'userIds', toolkit_slugs: 'toolkitSlugs' };
