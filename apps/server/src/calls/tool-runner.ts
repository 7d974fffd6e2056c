import type { Database } from '../db/database.js';
import { newToolCallId } from '../store/tool-calls.js';
import type { RegisteredToolkit } from '../toolkits/registry.js';
import type { CallRelay } from '../toolkits/relay.js';
import { errorResult, failureReason, type ToolCallContext, type ToolResult } from '../toolkits/runtime.js';
import { toolSpan } from '../tracing/tool-span.js';
import type { Logger } from '../util/logger.js';
import { ToolCallLog } from './call-log.js';
import type { CredentialProvider } from './credentials.js';

export interface RunToolRequest {
  projectId: string;
  serverId: string | null;
  /** The tool session the call runs in, recorded with it. */
  sessionId?: string | undefined;
  userId: string;
  connectedAccountId: string | undefined;
  toolkit: RegisteredToolkit;
  toolSlug: string;
  args: Record<string, unknown>;
  source: 'mcp' | 'api';
  signal?: AbortSignal | undefined;
  /** The MCP client behind the call, for progress, logs and requests an upstream makes of it. */
  relay?: CallRelay | undefined;
  /** The MCP server's auth configs and managed-auth setting, for the credential provider. */
  server?: { authConfigIds: readonly string[]; managedAuth: boolean } | undefined;
}

export interface RunToolOutcome {
  result: ToolResult;
  logId: string;
  connectedAccountId: string | undefined;
}

/** The first text of a result: what the log and REST execute report as a failed call's error. */
export function firstText(result: ToolResult): string {
  for (const block of result.content) if (block.type === 'text') return block.text;
  return 'The tool reported an error.';
}

/**
 * Runs one tool call for the MCP endpoint and the REST execute endpoint alike: picks the account, applies the
 * toolkit's time limit, turns any throw into an error result (a broken toolkit must not break the caller), and
 * records the call. The record is written before the answer goes out, so every answered call is in the log.
 */
export class ToolRunner {
  constructor(
    db: Database,
    private readonly credentials: CredentialProvider,
    private readonly logger: Logger,
  ) {
    this.log = new ToolCallLog(db);
  }

  private readonly log: ToolCallLog;

  /**
   * The context a call for `request` would run with (the account it picks, its credentials, the toolkit's time limit),
   * for what acts as the user without being a tool call: an upstream's resources and prompts. Not logged as a call.
   */
  async callContext(
    request: Omit<RunToolRequest, 'toolSlug' | 'args' | 'source'>,
  ): Promise<{ ok: true; context: ToolCallContext } | { ok: false; message: string }> {
    const { meta } = request.toolkit;
    const account = await this.credentials.forCall({
      projectId: request.projectId,
      userId: request.userId,
      connectedAccountId: request.connectedAccountId,
      toolkit: meta,
      server: request.server,
    });
    if (!account.ok) return account;
    return {
      ok: true,
      context: {
        projectId: request.projectId,
        userId: request.userId,
        connectedAccountId: account.connectedAccountId ?? request.connectedAccountId,
        credentials: account.credentials,
        signal: request.signal ?? new AbortController().signal,
        timeoutMs: meta.timeoutMs,
        relay: request.relay,
      },
    };
  }

  async run(request: RunToolRequest): Promise<RunToolOutcome> {
    const started = new Date();
    const t0 = performance.now();
    const { meta, runtime } = request.toolkit;
    let connectedAccountId = request.connectedAccountId;
    let result: ToolResult;
    try {
      const account = await this.credentials.forCall({
        projectId: request.projectId,
        userId: request.userId,
        connectedAccountId,
        toolkit: meta,
        server: request.server,
      });
      if (!account.ok) {
        result = errorResult(account.message);
      } else {
        connectedAccountId = account.connectedAccountId ?? connectedAccountId;
        const call = (credentials: Readonly<Record<string, string>> | undefined) =>
          toolSpan(request.toolSlug, meta.slug, () =>
            runtime.callTool(request.toolSlug, request.args, {
              projectId: request.projectId,
              userId: request.userId,
              connectedAccountId,
              credentials,
              signal: request.signal ?? new AbortController().signal,
              timeoutMs: meta.timeoutMs,
              relay: request.relay,
            }),
          );
        result = await call(account.credentials);
        // A 401 means the request was refused unprocessed, so sending it again with refreshed credentials is safe.
        if (account.afterUnauthorized && failureReason(result) === 'unauthorized') {
          const fresh = await account.afterUnauthorized();
          result = fresh.ok ? await call(fresh.credentials) : errorResult(fresh.message);
        }
      }
    } catch (error) {
      this.logger.error({ err: error, tool: request.toolSlug, toolkit: meta.slug }, 'toolkit threw');
      result = errorResult(
        `${request.toolSlug} failed inside Patchbay's ${meta.name} toolkit; the server log has details. Try again.`,
      );
    }
    const logId = newToolCallId();
    const failed = result.isError === true;
    try {
      await this.log.record(logId, {
        project_id: request.projectId,
        server_id: request.serverId,
        user_id: request.userId,
        connected_account_id: connectedAccountId ?? null,
        tool_slug: request.toolSlug,
        toolkit_slug: meta.slug,
        source: request.source,
        started_at: started,
        duration_ms: performance.now() - t0,
        outcome: failed ? 'error' : 'success',
        error: failed ? firstText(result) : null,
        session_id: request.sessionId ?? null,
      });
    } catch (error) {
      this.logger.error({ err: error, tool: request.toolSlug }, 'could not record a tool call');
    }
    return { result, logId, connectedAccountId };
  }
}
