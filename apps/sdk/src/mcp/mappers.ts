import type {
  CreateCustomMcpServerRequest,
  CreateMcpServerRequest,
  CustomMcpServerResponse,
  DeleteMcpInstanceResponse,
  ListMcpInstancesParams,
  ListMcpServersParams,
  McpInstanceList,
  McpServerList,
  ServerOrderBy,
  UpdateMcpServerRequest,
  McpInstance as WireInstance,
  McpServer as WireServer,
  McpServerDetail as WireServerDetail,
} from '@patchbay/core';
import { commaList, type WireValues } from '../wire.js';
import type {
  CreateMcpServerOptions,
  ListMcpInstancesOptions,
  ListMcpServersOptions,
  McpInstance,
  McpInstanceDeleted,
  McpInstancePage,
  McpOrderBy,
  McpServer,
  McpServerDetail,
  McpServerPage,
  UpdateMcpServerOptions,
} from './types.js';

// The one place where MCP wire names (snake_case) meet the SDK's (camelCase). fields.ts records what becomes of each
// wire field; test/wire-fields.* fail when a field is in no table or a table disagrees with these mappers.

export function toServer(wire: WireServer): McpServer {
  return {
    id: wire.id,
    name: wire.name,
    authConfigIds: wire.auth_config_ids,
    allowedTools: wire.allowed_tools,
    allowedResources: wire.allowed_resources,
    allowedPrompts: wire.allowed_prompts,
    toolkits: wire.toolkits,
    toolkitIcons: wire.toolkit_icons,
    mcpUrl: wire.mcp_url,
    commands: wire.commands,
    serverInstanceCount: wire.server_instance_count,
    managedAuthViaComposio: wire.managed_auth_via_composio,
    manuallyManageConnections: !wire.managed_auth_via_composio,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}

export function toServerDetail(wire: WireServerDetail): McpServerDetail {
  return { ...toServer(wire), deleted: wire.deleted };
}

export function toServerPage(wire: McpServerList): McpServerPage {
  return { items: wire.items.map(toServer), currentPage: wire.current_page, totalPages: wire.total_pages };
}

/** The fields both create endpoints answer. */
export function toCreated(wire: WireServer | CustomMcpServerResponse) {
  return {
    id: wire.id,
    name: wire.name,
    allowedTools: wire.allowed_tools,
    authConfigIds: wire.auth_config_ids,
    mcpUrl: wire.mcp_url,
    commands: wire.commands,
  };
}

export type CreateRequest =
  | { path: '/mcp/servers'; body: CreateMcpServerRequest }
  | { path: '/mcp/servers/custom'; body: CreateCustomMcpServerRequest };

/**
 * Entries with an auth config go to `POST /mcp/servers` as `auth_config_ids`, keeping every id (the hosted SDK lost
 * the id of a `{toolkit, authConfigId}` entry); the toolkit is the auth config's own, so plain slugs alone are sent as
 * `no_auth_apps`. Without any auth config, `POST /mcp/servers/custom` takes the slugs as `toolkits`.
 */
export function toCreateRequest(name: string, options: CreateMcpServerOptions): CreateRequest {
  const authConfigIds: string[] = [];
  const plain: string[] = [];
  for (const entry of options.toolkits) {
    if (typeof entry === 'string') plain.push(entry);
    else if (entry.authConfigId !== undefined) authConfigIds.push(entry.authConfigId);
    else if (entry.toolkit !== undefined) plain.push(entry.toolkit);
  }
  const managed = !(options.manuallyManageConnections ?? false);
  const tools = options.allowedTools ?? [];
  if (authConfigIds.length > 0) {
    const body: CreateMcpServerRequest = {
      name,
      auth_config_ids: authConfigIds,
      allowed_tools: tools,
      managed_auth_via_composio: managed,
    };
    if (plain.length > 0) body.no_auth_apps = plain;
    return { path: '/mcp/servers', body };
  }
  return {
    path: '/mcp/servers/custom',
    body: { name, toolkits: plain, allowed_tools: tools, managed_auth_via_composio: managed },
  };
}

/**
 * Only the fields given are sent. `manuallyManageConnections` is inverted into `managed_auth_via_composio` and tools go
 * as `allowed_tools` (the hosted SDK got both wrong).
 */
export function toUpdateBody(options: UpdateMcpServerOptions): UpdateMcpServerRequest {
  const body: UpdateMcpServerRequest = {};
  if (options.name !== undefined) body.name = options.name;
  if (options.allowedTools !== undefined) body.allowed_tools = options.allowedTools;
  if (options.manuallyManageConnections !== undefined) {
    body.managed_auth_via_composio = !options.manuallyManageConnections;
  }
  if (options.toolkits !== undefined) {
    const slugs: string[] = [];
    const ids: string[] = [];
    for (const entry of options.toolkits) {
      if (typeof entry === 'string') slugs.push(entry);
      else {
        slugs.push(entry.toolkit);
        if (entry.authConfigId !== undefined) ids.push(entry.authConfigId);
      }
    }
    body.toolkits = [...new Set(slugs)];
    if (ids.length > 0) body.auth_config_ids = ids;
  }
  return body;
}

const orderByWire: WireValues<ServerOrderBy> = { createdAt: 'created_at', updatedAt: 'updated_at' };
const orderField = (orderBy: McpOrderBy | undefined) => (orderBy === undefined ? undefined : orderByWire[orderBy]);

/** Absent options stay absent so the server's defaults apply. */
export function toServerQuery(options: ListMcpServersOptions): ListMcpServersParams {
  const query: ListMcpServersParams = {};
  if (options.page !== undefined) query.page_no = options.page;
  if (options.limit !== undefined) query.limit = options.limit;
  if (options.name !== undefined) query.name = options.name;
  const toolkits = commaList(options.toolkits);
  if (toolkits !== undefined) query.toolkits = toolkits;
  const authConfigs = commaList(options.authConfigs);
  if (authConfigs !== undefined) query.auth_config_ids = authConfigs;
  const orderBy = orderField(options.orderBy);
  if (orderBy !== undefined) query.order_by = orderBy;
  if (options.orderDirection !== undefined) query.order_direction = options.orderDirection;
  return query;
}

export function toInstanceQuery(options: ListMcpInstancesOptions): ListMcpInstancesParams {
  const query: ListMcpInstancesParams = {};
  if (options.page !== undefined) query.page_no = options.page;
  if (options.limit !== undefined) query.limit = options.limit;
  if (options.search !== undefined) query.search = options.search;
  const orderBy = orderField(options.orderBy);
  if (orderBy !== undefined) query.order_by = orderBy;
  if (options.orderDirection !== undefined) query.order_direction = options.orderDirection;
  return query;
}

export function toInstance(wire: WireInstance): McpInstance {
  return {
    id: wire.id,
    userId: wire.instance_id,
    serverId: wire.mcp_server_id,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}

export function toInstancePage(wire: McpInstanceList): McpInstancePage {
  return {
    items: wire.instances.map(toInstance),
    serverId: wire.server_id,
    serverName: wire.server_name,
    currentPage: wire.current_page,
    totalPages: wire.total_pages,
  };
}

export function toInstanceDeleted(wire: DeleteMcpInstanceResponse): McpInstanceDeleted {
  return { message: wire.message, deletedConnectedAccounts: wire.deleted_connected_accounts };
}

/** Wire fields named as the SDK's options, for validation messages. */
export const createNames = {
  auth_config_ids: 'toolkits[].authConfigId',
  no_auth_apps: 'toolkits',
  managed_auth_via_composio: 'manuallyManageConnections',
};
export const updateNames = {
  auth_config_ids: 'toolkits[].authConfigId',
  managed_auth_via_composio: 'manuallyManageConnections',
};
export const listNames = { page_no: 'page', auth_config_ids: 'authConfigs' };
export const generateNames = { mcp_server_id: 'serverId', user_ids: 'userId' };
