// @patchbay/sdk: runs anywhere with fetch. Node-only helpers (finding the local server) are in `@patchbay/sdk/node`.
export {
  type ClientCommands,
  type Paged,
  PatchbayError,
  type RetryPolicy,
} from '@patchbay/core';
export { type ConnectOptions, connect } from './connect.js';
export type { RequestFetch } from './context.js';
export type { McpInstances } from './mcp/instances.js';
export type { Mcp } from './mcp/mcp.js';
export type {
  CreateMcpServerOptions,
  GenerateOptions,
  IterateOptions,
  ListMcpInstancesOptions,
  ListMcpServersOptions,
  McpInstance,
  McpInstanceDeleted,
  McpInstancePage,
  McpOrderBy,
  McpServer,
  McpServerCreated,
  McpServerDetail,
  McpServerInstance,
  McpServerPage,
  OrderDirection,
  ToolkitEntry,
  UpdateMcpServerOptions,
} from './mcp/types.js';
export type { PatchbayOptions } from './options.js';
export { Patchbay } from './patchbay.js';
