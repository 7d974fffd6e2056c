import type {
  ConnectedAccount,
  CreateAuthConfigResponse,
  CreateConnectedAccountResponse,
  CustomMcpServerResponse,
  DeleteMcpInstanceResponse,
  ExecuteToolResponse,
  McpHttpSource,
  McpInstance,
  McpInstanceList,
  McpServer,
  McpServerDetail,
  McpServerList,
  OpenApiSource,
  RefreshConnectedAccountResponse,
  ToolCall,
  ToolkitDetail,
  ToolkitSource,
  AuthConfig as WireAuthConfig,
  HostedAuthField as WireAuthField,
  Tool as WireTool,
} from '@patchbay/core';

// Wire answers in which fields of the same type hold different values, so a mapper that reads the wrong field of a
// table's entry shows up as a different value (two booleans of one shape differ too).

const commands = { cursor: 'cursor://add', claude: 'claude mcp add', windsurf: 'windsurf add' };

export const server: McpServer = {
  id: 'srv-id',
  name: 'srv-name',
  auth_config_ids: ['ac_1'],
  allowed_tools: ['NOTES_GET'],
  allowed_resources: ['patchbay://notes/*'],
  allowed_prompts: ['NOTES_SUMMARY'],
  toolkits: ['notes', 'http'],
  toolkit_icons: { notes: 'https://logo/notes' },
  mcp_url: 'https://mcp/srv',
  commands,
  server_instance_count: 3,
  managed_auth_via_composio: true,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-02T00:00:00Z',
};

export const serverDetail: McpServerDetail = { ...server, deleted: false };
export const serverList: McpServerList = { items: [server], total_pages: 7, current_page: 2 };

export const customCreated: CustomMcpServerResponse = {
  id: 'srv-id',
  name: 'srv-name',
  auth_config_ids: ['ac_1'],
  allowed_tools: ['NOTES_GET'],
  mcp_url: 'https://mcp/srv',
  commands,
};

export const instance: McpInstance = {
  id: 'inst-id',
  instance_id: 'alice',
  mcp_server_id: 'srv-id',
  created_at: '2025-02-01T00:00:00Z',
  updated_at: '2025-02-02T00:00:00Z',
};

export const instanceList: McpInstanceList = {
  instances: [instance],
  server_id: 'srv-id',
  server_name: 'srv-name',
  total_pages: 5,
  current_page: 4,
};

export const instanceDeleted: DeleteMcpInstanceResponse = { message: 'gone', deleted_connected_accounts: 2 };

const authField: WireAuthField = {
  name: 'client_id',
  displayName: 'Client ID',
  type: 'string',
  required: true,
  description: 'the app id',
  is_secret: false,
};

export const stdioSource: ToolkitSource = {
  mcp: { transport: 'stdio', command: 'node', args: ['echo.mjs'], env: { A: '1' }, per_user_env: ['TOKEN'] },
  timeout_ms: 20_000,
};

export const toolkitDetail: ToolkitDetail = {
  slug: 'echo',
  name: 'Echo',
  description: 'says it back',
  logo: 'https://logo/echo',
  categories: ['dev'],
  kind: 'mcp_stdio',
  auth_schemes: ['OAUTH2'],
  auth_config_details: [
    {
      name: 'OAuth 2',
      mode: 'OAUTH2',
      fields: {
        auth_config_creation: { required: [authField], optional: [] },
        connected_account_initiation: { required: [], optional: [{ ...authField, name: 'token', required: false }] },
      },
      authorization_url: 'https://auth/authorize',
      token_url: 'https://auth/token',
      default_scopes: ['repo'],
    },
  ],
  no_auth: false,
  tools_count: 4,
  is_custom: true,
  created_at: '2025-03-01T00:00:00Z',
  updated_at: '2025-03-02T00:00:00Z',
  version: 'a1b2c3d4e5f6',
  aliases: [],
  meta: {
    description: 'says it back',
    logo: 'https://logo/echo',
    categories: [{ id: 'dev', slug: 'dev', name: 'Dev' }],
    created_at: '2025-03-01T00:00:00Z',
    updated_at: '2025-03-02T00:00:00Z',
    tools_count: 4,
    triggers_count: 0,
    available_versions: ['a1b2c3d4e5f6'],
  },
  is_local_toolkit: false,
  composio_managed_auth_schemes: [],
  source: stdioSource,
};

export const httpSource: McpHttpSource = { transport: 'sse', url: 'https://upstream/sse', headers: { 'x-a': '1' } };
export const openApiSource: OpenApiSource = {
  spec_url: 'https://api/openapi.json',
  spec: { openapi: '3.1.0' },
  base_url: 'https://api',
  auth: { scheme: 'API_KEY', in: 'query', name: 'key' },
};

export const tool: WireTool = {
  slug: 'ECHO_SAY',
  name: 'Say',
  description: 'says it',
  toolkit: { slug: 'echo', name: 'Echo' },
  input_parameters: { type: 'object' },
  output_parameters: { type: 'string' },
  tags: ['readOnlyHint'],
  annotations: { readOnlyHint: true },
  no_auth: true,
  version: 'a1b2c3d4e5f6',
  available_versions: ['a1b2c3d4e5f6'],
};

export const executed: ExecuteToolResponse = { data: { said: 'hi' }, error: 'none', successful: true, log_id: 'log-1' };

export const toolCall: ToolCall = {
  id: 'call-1',
  server_id: 'srv-id',
  user_id: 'alice',
  connected_account_id: 'ca_1',
  tool_slug: 'ECHO_SAY',
  toolkit_slug: 'echo',
  started_at: '2025-04-01T00:00:00Z',
  duration_ms: 12,
  outcome: 'error',
  error: 'boom',
  source: 'mcp',
};

export const authConfig: WireAuthConfig = {
  id: 'ac_1',
  name: 'My app',
  toolkit: { slug: 'github', logo: 'https://logo/github' },
  auth_scheme: 'OAUTH2',
  is_composio_managed: false,
  credentials: { client_id: 'abc' },
  scopes: ['repo'],
  status: 'ENABLED',
  no_of_connections: 6,
  created_at: '2025-05-01T00:00:00Z',
  last_updated_at: '2025-05-02T00:00:00Z',
};

export const authConfigCreated: CreateAuthConfigResponse = {
  toolkit: { slug: 'github' },
  auth_config: { id: 'ac_1', auth_scheme: 'API_KEY', is_composio_managed: true },
};

export const account: ConnectedAccount = {
  id: 'ca_1',
  toolkit: { slug: 'github' },
  auth_config: { id: 'ac_1', auth_scheme: 'BEARER_TOKEN', is_composio_managed: true, is_disabled: false },
  user_id: 'alice',
  status: 'EXPIRED',
  status_reason: 'token expired',
  is_disabled: true,
  created_at: '2025-06-01T00:00:00Z',
  updated_at: '2025-06-02T00:00:00Z',
};

export const connection: CreateConnectedAccountResponse = {
  id: 'ca_2',
  status: 'INITIATED',
  redirect_url: 'https://auth/consent',
  connection_data: { subdomain: 'acme' },
  connectionData: {
    authScheme: 'OAUTH2',
    val: { subdomain: 'acme', status: 'INITIATED', redirectUrl: 'https://auth/consent' },
  },
};

export const refreshed: RefreshConnectedAccountResponse = {
  id: 'ca_1',
  status: 'ACTIVE',
  redirect_url: 'https://auth/again',
};
