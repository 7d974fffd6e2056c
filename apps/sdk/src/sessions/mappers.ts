import type {
  CreateToolRouterSessionRequest,
  DeletedToolRouterSession,
  ToolRouterExecuteResponse,
  ToolRouterSearchResponse,
  ToolRouterSession,
  ToolRouterSessionToken,
  ToolRouterToolkitState,
  UpdateToolRouterSessionRequest,
} from '@patchbay/core';
import type { FieldNames } from '../validate.js';
import type {
  SessionConfig,
  SessionDeleted,
  SessionExecuteResult,
  SessionInfo,
  SessionSearchResult,
  SessionToken,
  SessionToolkit,
  Tags,
} from './types.js';

// camelCase in, the hosted wire's snake_case out, as @composio/core maps them (see the README's "Tool sessions").

type WireConfig = UpdateToolRouterSessionRequest;
type ToolFilter = NonNullable<WireConfig['tools']>[string];

const tagsOf = (tags: Tags): NonNullable<WireConfig['tags']> => (Array.isArray(tags) ? { enable: tags } : tags);

function toolFilter(filter: NonNullable<SessionConfig['tools']>[string]): ToolFilter {
  if (Array.isArray(filter)) return { enable: filter };
  if ('tags' in filter) return { tags: tagsOf(filter.tags) };
  return filter;
}

function manageConnections(value: SessionConfig['manageConnections']): WireConfig['manage_connections'] {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return { enable: value };
  return {
    enable: value.enable ?? true,
    callback_url: value.callbackUrl,
    enable_wait_for_connections: value.waitForConnections,
  };
}

/** Only the fields given: what update() sends (and create() after its defaults). */
export function toConfigBody(config: SessionConfig): WireConfig {
  const { toolkits, tools, workbench, multiAccount } = config;
  return {
    toolkits: Array.isArray(toolkits) ? { enable: toolkits } : toolkits,
    tools: tools && Object.fromEntries(Object.entries(tools).map(([slug, filter]) => [slug, toolFilter(filter)])),
    tags: config.tags && tagsOf(config.tags),
    auth_configs: config.authConfigs,
    connected_accounts:
      config.connectedAccounts &&
      Object.fromEntries(
        Object.entries(config.connectedAccounts).map(([tk, ids]) => [tk, Array.isArray(ids) ? ids : [ids]]),
      ),
    manage_connections: manageConnections(config.manageConnections),
    preload: config.preload,
    search: config.search,
    execute: config.execute && { enable_multi_execute: config.execute.enableMultiExecute },
    workbench: workbench && {
      enable: workbench.enable ?? true,
      enable_proxy_execution: workbench.enableProxyExecution,
      auto_offload_threshold: workbench.autoOffloadThreshold,
      sandbox_size: workbench.sandboxSize,
    },
    multi_account: multiAccount && {
      enable: multiAccount.enable,
      max_accounts_per_toolkit: multiAccount.maxAccountsPerToolkit,
      require_explicit_selection:
        multiAccount.requireExplicitSelection ?? (multiAccount.enable === true ? true : undefined),
    },
  };
}

/** create(): the hosted default `manage_connections: {enable: true}` when none is given. */
export function toCreateBody(userId: string, config: SessionConfig): CreateToolRouterSessionRequest {
  const body = toConfigBody(config);
  const connectedAccounts = body.connected_accounts ?? undefined;
  return {
    ...body,
    user_id: userId,
    connected_accounts: connectedAccounts,
    manage_connections: body.manage_connections ?? { enable: true },
    workbench: body.workbench ?? undefined,
    multi_account: body.multi_account ?? undefined,
    experimental: undefined,
  };
}

/** Wire field → the config option it comes from, for messages about bad input. */
export const configNames: FieldNames = {
  user_id: 'userId',
  auth_configs: 'authConfigs',
  connected_accounts: 'connectedAccounts',
  manage_connections: 'manageConnections',
  multi_account: 'multiAccount',
};

export function toSessionInfo(wire: ToolRouterSession, apiKey: string): SessionInfo {
  return {
    sessionId: wire.session_id,
    mcp: { type: wire.mcp.type, url: wire.mcp.url, headers: { 'x-api-key': apiKey } },
    toolRouterTools: wire.tool_router_tools,
    config: wire.config,
    configVersion: wire.config_version,
    warnings: wire.warnings,
  };
}

export function toSessionToolkit(wire: ToolRouterToolkitState): SessionToolkit {
  const account = wire.connected_account;
  return {
    slug: wire.slug,
    name: wire.name,
    enabled: wire.enabled,
    isNoAuth: wire.is_no_auth,
    composioManagedAuthSchemes: wire.composio_managed_auth_schemes,
    description: wire.meta.description,
    logo: wire.meta.logo ?? null,
    connectedAccount: account && {
      id: account.id,
      status: account.status,
      userId: account.user_id,
      createdAt: account.created_at,
      authConfig: {
        id: account.auth_config.id,
        authScheme: account.auth_config.auth_scheme,
        isComposioManaged: account.auth_config.is_composio_managed,
      },
    },
  };
}

export function toSearchResult(wire: ToolRouterSearchResponse): SessionSearchResult {
  return {
    success: wire.success,
    error: wire.error,
    results: wire.results.map((r) => ({
      index: r.index,
      useCase: r.use_case,
      primaryToolSlugs: r.primary_tool_slugs,
      relatedToolSlugs: r.related_tool_slugs,
      toolkits: r.toolkits,
      error: r.error,
    })),
    toolSchemas: Object.fromEntries(
      Object.entries(wire.tool_schemas).map(([slug, s]) => [
        slug,
        {
          toolSlug: s.tool_slug,
          toolkit: s.toolkit,
          description: s.description,
          hasFullSchema: s.hasFullSchema ?? true,
          inputSchema: s.input_schema,
          outputSchema: s.output_schema,
          isConnected: s.is_connected,
        },
      ]),
    ),
    toolkitConnectionStatuses: wire.toolkit_connection_statuses.map((s) => ({
      toolkit: s.toolkit,
      description: s.description,
      hasActiveConnection: s.has_active_connection,
      statusMessage: s.status_message,
    })),
    nextStepsGuidance: wire.next_steps_guidance,
    session: { id: wire.session.id, generateId: wire.session.generate_id, instructions: wire.session.instructions },
    timeInfo: {
      currentTimeUtc: wire.time_info.current_time_utc,
      currentTimeUtcEpochSeconds: wire.time_info.current_time_utc_epoch_seconds,
      message: wire.time_info.message,
    },
  };
}

export const toExecuteResult = (wire: ToolRouterExecuteResponse): SessionExecuteResult => ({
  data: wire.data,
  error: wire.error,
  logId: wire.log_id,
});

export const toDeleted = (wire: DeletedToolRouterSession): SessionDeleted => ({
  sessionId: wire.session_id,
  deleted: wire.deleted,
});

export const toToken = (wire: ToolRouterSessionToken): SessionToken => ({
  token: wire.token,
  mcp: { type: wire.mcp.type, url: wire.mcp.url, headers: wire.mcp.headers },
});
