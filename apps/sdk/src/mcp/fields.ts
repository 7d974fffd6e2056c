import type {
  CustomMcpServerResponse,
  DeleteMcpInstanceResponse,
  GenerateMcpUrlResponse,
  McpAccess,
  McpInstanceList,
  McpServerList,
  McpInstance as WireInstance,
  McpServer as WireServer,
  McpServerDetail as WireServerDetail,
} from '@patchbay/core';
import type { Derived, FieldMap } from '../field-map.js';
import type {
  McpInstance,
  McpInstanceDeleted,
  McpInstancePage,
  McpServer,
  McpServerCreated,
  McpServerDetail,
  McpServerInstance,
  McpServerPage,
} from './types.js';

// Every MCP wire field and what mappers.ts (and generate() in mcp.ts) make of it; see field-map.ts.

export const serverFields = {
  id: 'id',
  name: 'name',
  auth_config_ids: 'authConfigIds',
  allowed_tools: 'allowedTools',
  allowed_resources: 'allowedResources',
  allowed_prompts: 'allowedPrompts',
  toolkits: 'toolkits',
  toolkit_icons: 'toolkitIcons',
  mcp_url: 'mcpUrl',
  commands: 'commands',
  server_instance_count: 'serverInstanceCount',
  managed_auth_via_composio: 'managedAuthViaComposio',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
} satisfies FieldMap<WireServer, McpServer>;

export const serverDerived = {
  manuallyManageConnections: 'the inverse of managed_auth_via_composio, as create() and update() take it',
} satisfies Derived<McpServer>;

export const serverDetailFields = { ...serverFields, deleted: 'deleted' } satisfies FieldMap<
  WireServerDetail,
  McpServerDetail
>;

export const serverPageFields = {
  items: { to: 'items', via: 'toServer' },
  total_pages: 'totalPages',
  current_page: 'currentPage',
} satisfies FieldMap<McpServerList, McpServerPage>;

/** POST /mcp/servers/custom answers exactly the hosted create shape. */
export const customCreatedFields = {
  id: 'id',
  name: 'name',
  auth_config_ids: 'authConfigIds',
  allowed_tools: 'allowedTools',
  mcp_url: 'mcpUrl',
  commands: 'commands',
} satisfies FieldMap<CustomMcpServerResponse, McpServerCreated>;

const hostedCreateShape = { omitted: "create() answers the hosted SDK's shape; get(id) has every field" };

/** POST /mcp/servers answers a whole server; create() keeps the fields both create endpoints share. */
export const createdFields = {
  ...customCreatedFields,
  allowed_resources: hostedCreateShape,
  allowed_prompts: hostedCreateShape,
  toolkits: hostedCreateShape,
  toolkit_icons: hostedCreateShape,
  server_instance_count: hostedCreateShape,
  managed_auth_via_composio: hostedCreateShape,
  created_at: hostedCreateShape,
  updated_at: hostedCreateShape,
} satisfies FieldMap<WireServer, McpServerCreated>;

export const createdDerived = {
  generate: "mcp.generate bound to the new server's id",
} satisfies Derived<McpServerCreated>;

export const instanceFields = {
  id: 'id',
  instance_id: 'userId',
  mcp_server_id: 'serverId',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
} satisfies FieldMap<WireInstance, McpInstance>;

export const instancePageFields = {
  instances: { to: 'items', via: 'toInstance' },
  server_id: 'serverId',
  server_name: 'serverName',
  total_pages: 'totalPages',
  current_page: 'currentPage',
} satisfies FieldMap<McpInstanceList, McpInstancePage>;

export const instanceDeletedFields = {
  message: 'message',
  deleted_connected_accounts: 'deletedConnectedAccounts',
} satisfies FieldMap<DeleteMcpInstanceResponse, McpInstanceDeleted>;

/** generate() asks for one user's URL and answers it with its headers. */
export const generateFields = {
  mcp_url: { omitted: "the URL without a user selector; the server's mcpUrl is the same" },
  user_ids_url: { to: 'url', via: "the user's URL, used when no scoped token is answered" },
  connected_account_urls: { omitted: 'generate() asks for a user, never for connected accounts' },
  access: { to: 'headers', via: "the asked user's entry (accessFields); its URL and headers win" },
} satisfies FieldMap<GenerateMcpUrlResponse, McpServerInstance>;

export const accessFields = {
  user_id: { omitted: 'picks the entry; it is the userId generate() was given' },
  connected_account_id: { omitted: 'generate() asks for a user, never for connected accounts' },
  url: 'url',
  headers: 'headers',
  commands: 'commands',
  cursor_install_link: 'cursorInstallLink',
} satisfies FieldMap<McpAccess, McpServerInstance>;

export const instanceDerived = {
  id: 'the server, from get(serverId)',
  name: 'the server, from get(serverId)',
  allowedTools: 'the server, from get(serverId)',
  authConfigs: "the server's authConfigIds, from get(serverId)",
  type: 'always streamable_http, as the hosted SDK answers',
  userId: 'the userId generate() was given',
} satisfies Derived<McpServerInstance>;
