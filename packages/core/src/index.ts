// The public surface of @patchbay/core: every frontend imports from here (or from `./node` for Node-only parts).
export type {
  ApiKey,
  ApiKeyCreated,
  ClientCommands,
  CreateCustomMcpServerRequest,
  CreateMcpServerRequest,
  CustomMcpServerResponse,
  components,
  DeletedResponse,
  DeleteMcpInstanceResponse,
  GenerateMcpUrlRequest,
  GenerateMcpUrlResponse,
  ListMcpInstancesParams,
  ListMcpServersParams,
  McpInstance,
  McpInstanceList,
  McpServer,
  McpServerDetail,
  McpServerList,
  operations,
  Project,
  ProjectCreated,
  paths,
  UpdateMcpServerRequest,
} from './api-types.js';
export { type ApiClient, type ApiClientOptions, createApiClient, unwrap } from './client.js';
export { type ErrorBody, type ErrorDetails, errorEnvelope, PatchbayError, slugForStatus } from './errors.js';
export { openapiDocument } from './generated/openapi-document.js';
export { backoffMs, defaultRetryPolicy, isRetryableStatus, type RetryPolicy, retryAfterMs } from './http-retry.js';
export { defaultPort, localServerFiles } from './local-server.js';
export {
  type CursorFetcher,
  type CursorOptions,
  type CursorPageOf,
  type NumberedPage,
  type Paged,
  type PageNumberFetcher,
  type PageNumberOptions,
  type PaginateOptions,
  paginateCursor,
  paginatePages,
} from './pagination.js';
export { createApiKeyRequest, createProjectRequest } from './schemas/access.js';
export { cursorQuery, formatIssues } from './schemas/common.js';
export {
  authConfigId,
  createCustomMcpServerRequest,
  createMcpInstanceRequest,
  createMcpServerRequest,
  generateMcpUrlRequest,
  listMcpInstancesQuery,
  listMcpServersByToolkitQuery,
  listMcpServersQuery,
  serverName,
  toolkitSlug,
  toolSlug,
  updateMcpServerRequest,
  userId,
  uuid,
} from './schemas/mcp-servers.js';
export { clientCommands, cliPackage, type SetupClient, setupClients, setupCommand } from './setup-command.js';
export {
  apiBaseUrl,
  type McpUrlOptions,
  type McpUserSelector,
  mcpServerUrl,
  parseMcpServerUrl,
  serverRoot,
} from './urls.js';
