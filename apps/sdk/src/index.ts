// @patchbay/sdk: runs anywhere with fetch. Node-only helpers (finding the local server) are in `@patchbay/sdk/node`.
export {
  type AuthConfigStatus,
  type AuthScheme,
  type ClientCommands,
  type ConnectedAccountStatus,
  type OrderDirection,
  type Paged,
  PatchbayError,
  type RetryPolicy,
  type ToolAnnotations,
  type ToolCallOutcome,
  type ToolkitKind,
  type UserClientCommands,
} from '@patchbay/core';
export type { AuthConfigs } from './auth-configs/auth-configs.js';
export type {
  AuthConfig,
  AuthConfigCreated,
  CreateAuthConfigOptions,
  CustomAuthConfigOptions,
  ListAuthConfigsOptions,
  ManagedAuthConfigOptions,
  ProxyConfig,
  UpdateAuthConfigOptions,
} from './auth-configs/types.js';
export { type ConnectOptions, connect } from './connect.js';
export type { ConnectedAccounts } from './connected-accounts/connected-accounts.js';
export type {
  AccountOrderBy,
  ConnectedAccount,
  ConnectionRequest,
  InitiateOptions,
  ListConnectedAccountsOptions,
  RefreshedAccount,
  WaitOptions,
} from './connected-accounts/types.js';
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
  ToolkitEntry,
  UpdateMcpServerOptions,
} from './mcp/types.js';
export type { PatchbayOptions } from './options.js';
export { Patchbay } from './patchbay.js';
export type { ToolSession } from './sessions/session.js';
export type { ToolSessions } from './sessions/sessions.js';
export type {
  Hint,
  SessionConfig,
  SessionConnectionRequest,
  SessionDeleted,
  SessionExecuteResult,
  SessionInfo,
  SessionMcp,
  SessionSearchOptions,
  SessionSearchResult,
  SessionToken,
  SessionToolkit,
  SessionToolkitPage,
  SessionToolkitsOptions,
  SessionToolSchema,
  Tags,
} from './sessions/types.js';
export type { Toolkits } from './toolkits/toolkits.js';
export type {
  AuthField,
  CreateToolkitOptions,
  ListToolkitsOptions,
  McpHttpSource,
  McpSource,
  McpStdioSource,
  OpenApiAuth,
  OpenApiSource,
  Toolkit,
  ToolkitAuthScheme,
  ToolkitDetail,
  ToolkitSource,
  UpdateToolkitOptions,
} from './toolkits/types.js';
export type { ToolCalls } from './tools/tool-calls.js';
export type { Tools } from './tools/tools.js';
export type {
  ExecuteOptions,
  ExecuteResult,
  ListToolCallsOptions,
  ListToolsOptions,
  Tool,
  ToolCall,
} from './tools/types.js';
export type { CursorPage } from './wire.js';
