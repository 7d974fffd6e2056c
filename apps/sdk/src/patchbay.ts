import { createApiClient } from '@patchbay/core';
import { AuthConfigs } from './auth-configs/auth-configs.js';
import { ConnectedAccounts } from './connected-accounts/connected-accounts.js';
import type { Context, RequestFetch } from './context.js';
import { Mcp } from './mcp/mcp.js';
import { type PatchbayOptions, resolveOptions } from './options.js';
import type { ToolSession } from './sessions/session.js';
import { ToolSessions } from './sessions/sessions.js';
import type { SessionConfig } from './sessions/types.js';
import { Toolkits } from './toolkits/toolkits.js';
import { ToolCalls } from './tools/tool-calls.js';
import { Tools } from './tools/tools.js';

/**
 * The Patchbay client: `new Patchbay({ apiKey, baseURL })`, or with neither where PATCHBAY_API_KEY and
 * PATCHBAY_BASE_URL are set. Resources hang off it as in the hosted SDK (`patchbay.mcp.create(…)`).
 */
export class Patchbay {
  readonly baseURL: string;
  readonly mcp: Mcp;
  readonly authConfigs: AuthConfigs;
  readonly connectedAccounts: ConnectedAccounts;
  readonly toolkits: Toolkits;
  readonly tools: Tools;
  readonly toolCalls: ToolCalls;
  /** Tool sessions; `create` and `use` below are the hosted SDK's shortcuts to them. */
  readonly sessions: ToolSessions;

  constructor(options: PatchbayOptions = {}) {
    const { apiKey, baseURL } = resolveOptions(options);
    const fetch: RequestFetch = options.fetch ?? ((request) => globalThis.fetch(request));
    const api = createApiClient({ baseUrl: baseURL, apiKey, fetch, retry: options.retry, headers: options.headers });
    const ctx: Context = { api, apiKey, baseURL, fetch };
    this.baseURL = baseURL;
    this.mcp = new Mcp(ctx);
    this.authConfigs = new AuthConfigs(ctx);
    this.connectedAccounts = new ConnectedAccounts(ctx);
    this.toolkits = new Toolkits(ctx);
    this.tools = new Tools(ctx);
    this.toolCalls = new ToolCalls(ctx);
    this.sessions = new ToolSessions(ctx, this.connectedAccounts);
  }

  /** A tool session for one user: its `mcp` goes into any MCP client (`composio.create` of the hosted SDK). */
  create(userId: string, config: SessionConfig = {}): Promise<ToolSession> {
    return this.sessions.create(userId, config);
  }

  /** An existing session by id. */
  use(sessionId: string): Promise<ToolSession> {
    return this.sessions.use(sessionId);
  }
}
