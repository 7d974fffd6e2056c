import type { ExecuteToolResponse, Tool as WireTool, ToolCall as WireToolCall } from '@patchbay/core';
import type { FieldMap } from '../field-map.js';
import type { ExecuteResult, Tool, ToolCall } from './types.js';

// Every tool and tool-call wire field and what mappers.ts makes of it; see field-map.ts.

export const toolFields = {
  slug: 'slug',
  name: 'name',
  description: 'description',
  toolkit: { to: 'toolkit', via: 'logo absent (no logo) → null' },
  input_parameters: 'inputParameters',
  output_parameters: 'outputParameters',
  tags: 'tags',
  annotations: 'annotations',
  no_auth: 'noAuth',
  version: { omitted: 'not yet in the SDK: the toolkit’s version, which the hosted SDK pins on execute' },
  available_versions: { omitted: 'only `version`; for the hosted SDK' },
} satisfies FieldMap<WireTool, Tool>;

export const executeResultFields = {
  data: 'data',
  error: 'error',
  successful: 'successful',
  log_id: 'logId',
} satisfies FieldMap<ExecuteToolResponse, ExecuteResult>;

export const toolCallFields = {
  id: 'id',
  server_id: 'serverId',
  user_id: 'userId',
  connected_account_id: 'connectedAccountId',
  tool_slug: 'toolSlug',
  toolkit_slug: 'toolkitSlug',
  started_at: 'startedAt',
  duration_ms: 'durationMs',
  outcome: 'outcome',
  error: 'error',
  source: 'source',
  session_id: { to: 'sessionId', via: 'absent → null' },
} satisfies FieldMap<WireToolCall, ToolCall>;
