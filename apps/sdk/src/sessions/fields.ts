import type {
  DeletedToolRouterSession,
  ToolRouterExecuteResponse,
  ToolRouterSearchResponse,
  ToolRouterSession,
  ToolRouterSessionToken,
  ToolRouterToolkitState,
} from '@patchbay/core';
import type { FieldMap } from '../field-map.js';
import type {
  SessionDeleted,
  SessionExecuteResult,
  SessionInfo,
  SessionSearchResult,
  SessionToken,
  SessionToolkit,
} from './types.js';

// Every tool-session wire field and what mappers.ts makes of it; see field-map.ts.

export const sessionFields = {
  session_id: 'sessionId',
  mcp: { to: 'mcp', via: "type and url as given, with the SDK's x-api-key as headers (as the hosted SDK does)" },
  tool_router_tools: 'toolRouterTools',
  config: { to: 'config', via: 'unchanged: the echo in the hosted spelling (enabled/disabled), as it is documented' },
  config_version: 'configVersion',
  warnings: 'warnings',
} satisfies FieldMap<ToolRouterSession, SessionInfo>;

export const sessionDeletedFields = { session_id: 'sessionId', deleted: 'deleted' } satisfies FieldMap<
  DeletedToolRouterSession,
  SessionDeleted
>;

export const sessionToolkitFields = {
  slug: 'slug',
  name: 'name',
  enabled: 'enabled',
  is_no_auth: 'isNoAuth',
  composio_managed_auth_schemes: 'composioManagedAuthSchemes',
  meta: { description: 'description', logo: { to: 'logo', via: 'absent → null' } },
  connected_account: { to: 'connectedAccount', via: 'its fields in camelCase, auth_config included' },
} satisfies FieldMap<ToolRouterToolkitState, SessionToolkit>;

export const sessionExecuteFields = { data: 'data', error: 'error', log_id: 'logId' } satisfies FieldMap<
  ToolRouterExecuteResponse,
  SessionExecuteResult
>;

const camel = 'every field in camelCase';
export const sessionSearchFields = {
  success: 'success',
  error: 'error',
  results: { to: 'results', via: camel },
  tool_schemas: { to: 'toolSchemas', via: `${camel}; hasFullSchema absent → true` },
  toolkit_connection_statuses: { to: 'toolkitConnectionStatuses', via: camel },
  next_steps_guidance: 'nextStepsGuidance',
  session: { to: 'session', via: camel },
  time_info: { to: 'timeInfo', via: camel },
} satisfies FieldMap<ToolRouterSearchResponse, SessionSearchResult>;

export const sessionTokenFields = {
  token: 'token',
  mcp: { to: 'mcp', via: 'as given' },
} satisfies FieldMap<ToolRouterSessionToken, SessionToken>;
