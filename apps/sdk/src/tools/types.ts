import type { ToolAnnotations, ToolCallOutcome, ToolCall as WireToolCall } from '@patchbay/core';

export interface Tool {
  /** UPPER_SNAKE `TOOLKIT_ACTION`; also the tool's name over MCP. */
  slug: string;
  name: string;
  description: string;
  toolkit: { slug: string; name: string; logo: string | null };
  /** JSON Schema of the arguments. */
  inputParameters: Record<string, unknown>;
  /** JSON Schema of `data` in a successful result; `{}` when unknown. */
  outputParameters: Record<string, unknown>;
  tags: string[];
  annotations: ToolAnnotations;
  noAuth: boolean;
}

export interface ListToolsOptions {
  toolkit?: string | undefined;
  /** Substring of the slug, name or description. */
  search?: string | undefined;
  /** Only these tools. */
  toolSlugs?: string[] | undefined;
  /** Tools with any of these tags. */
  tags?: string[] | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface ExecuteOptions {
  /** Default `default`. The user's active account for the toolkit is used unless connectedAccountId is given. */
  userId?: string | undefined;
  connectedAccountId?: string | undefined;
  arguments?: Record<string, unknown> | undefined;
  allowTracing?: boolean | undefined;
  /** Accepted for compatibility with the hosted SDK; ignored. */
  version?: string | undefined;
}

/** A tool's failure is an answer too: `successful: false` with `error` set. */
export interface ExecuteResult {
  data: Record<string, unknown>;
  error: string | null;
  successful: boolean;
  /** This call's id in the tool-call log (`toolCalls.get(logId)`). */
  logId: string;
}

export interface ToolCall {
  id: string;
  /** Null for a direct execute. */
  serverId: string | null;
  userId: string;
  connectedAccountId: string | null;
  toolSlug: string;
  toolkitSlug: string;
  startedAt: string;
  durationMs: number;
  outcome: ToolCallOutcome;
  error: string | null;
  /** `mcp`: from an AI client; `api`: from tools.execute. */
  source: WireToolCall['source'];
  /** The tool session the call ran in; null outside one. */
  sessionId?: string | null;
}

export interface ListToolCallsOptions {
  serverId?: string | undefined;
  userId?: string | undefined;
  toolSlug?: string | undefined;
  toolkitSlug?: string | undefined;
  outcome?: ToolCallOutcome | undefined;
  /** ISO-8601: calls started at or after. */
  since?: string | undefined;
  /** ISO-8601: calls started before. */
  until?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}
