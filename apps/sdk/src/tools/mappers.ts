import type {
  ExecuteToolRequest,
  ExecuteToolResponse,
  ListToolCallsParams,
  ListToolsParams,
  Tool as WireTool,
  ToolCall as WireToolCall,
} from '@patchbay/core';
import { commaList } from '../wire.js';
import type { ExecuteOptions, ExecuteResult, ListToolCallsOptions, ListToolsOptions, Tool, ToolCall } from './types.js';

// The one place where tool and tool-call wire names meet the SDK's; fields.ts records what becomes of each wire field.

export function toTool(wire: WireTool): Tool {
  return {
    slug: wire.slug,
    name: wire.name,
    description: wire.description,
    toolkit: { slug: wire.toolkit.slug, name: wire.toolkit.name, logo: wire.toolkit.logo ?? null },
    inputParameters: wire.input_parameters,
    outputParameters: wire.output_parameters,
    tags: wire.tags,
    annotations: wire.annotations,
    noAuth: wire.no_auth,
  };
}

export function toToolsQuery(options: ListToolsOptions): ListToolsParams {
  const query: ListToolsParams = {};
  if (options.toolkit !== undefined) query.toolkit_slug = options.toolkit;
  if (options.search !== undefined) query.search = options.search;
  const slugs = commaList(options.toolSlugs);
  if (slugs !== undefined) query.tool_slugs = slugs;
  const tags = commaList(options.tags);
  if (tags !== undefined) query.tags = tags;
  if (options.cursor !== undefined) query.cursor = options.cursor;
  if (options.limit !== undefined) query.limit = options.limit;
  return query;
}

export function toExecuteBody(options: ExecuteOptions): ExecuteToolRequest {
  const body: ExecuteToolRequest = { arguments: options.arguments ?? {} };
  if (options.userId !== undefined) body.user_id = options.userId;
  if (options.connectedAccountId !== undefined) body.connected_account_id = options.connectedAccountId;
  if (options.allowTracing !== undefined) body.allow_tracing = options.allowTracing;
  if (options.version !== undefined) body.version = options.version;
  return body;
}

export function toExecuteResult(wire: ExecuteToolResponse): ExecuteResult {
  return { data: wire.data, error: wire.error, successful: wire.successful, logId: wire.log_id };
}

export function toToolCall(wire: WireToolCall): ToolCall {
  return {
    id: wire.id,
    serverId: wire.server_id,
    userId: wire.user_id,
    connectedAccountId: wire.connected_account_id,
    toolSlug: wire.tool_slug,
    toolkitSlug: wire.toolkit_slug,
    startedAt: wire.started_at,
    durationMs: wire.duration_ms,
    outcome: wire.outcome,
    error: wire.error,
    source: wire.source,
    sessionId: wire.session_id ?? null,
  };
}

export function toToolCallsQuery(options: ListToolCallsOptions): ListToolCallsParams {
  const query: ListToolCallsParams = {};
  if (options.serverId !== undefined) query.server_id = options.serverId;
  if (options.userId !== undefined) query.user_id = options.userId;
  if (options.toolSlug !== undefined) query.tool_slug = options.toolSlug;
  if (options.toolkitSlug !== undefined) query.toolkit_slug = options.toolkitSlug;
  if (options.outcome !== undefined) query.outcome = options.outcome;
  if (options.since !== undefined) query.since = options.since;
  if (options.until !== undefined) query.until = options.until;
  if (options.cursor !== undefined) query.cursor = options.cursor;
  if (options.limit !== undefined) query.limit = options.limit;
  return query;
}

export const toolsListNames = { toolkit_slug: 'toolkit' };
