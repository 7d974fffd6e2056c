import type { ToolCall } from '@patchbay/core';
import type { ToolCallRow } from '../store/tool-calls.js';
import { iso } from './iso.js';

export function presentToolCall(row: ToolCallRow): ToolCall {
  return {
    id: row.id,
    server_id: row.server_id,
    user_id: row.user_id,
    connected_account_id: row.connected_account_id,
    tool_slug: row.tool_slug,
    toolkit_slug: row.toolkit_slug,
    started_at: iso(row.started_at),
    // Stored with sub-millisecond precision; the API promises whole milliseconds.
    duration_ms: Math.max(0, Math.round(row.duration_ms)),
    outcome: row.outcome,
    error: row.error,
    source: row.source,
    session_id: row.session_id,
  };
}
