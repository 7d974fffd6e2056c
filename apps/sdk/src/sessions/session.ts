import {
  type Paged,
  toolRouterExecuteRequest,
  toolRouterLinkRequest,
  toolRouterSearchRequest,
  toolRouterToolkitsQuery,
  unwrap,
  updateToolRouterSessionRequest,
} from '@patchbay/core';
import type { ConnectedAccounts } from '../connected-accounts/connected-accounts.js';
import type { Context } from '../context.js';
import { toTool } from '../tools/mappers.js';
import type { Tool } from '../tools/types.js';
import { checked } from '../validate.js';
import { commaList, iterateCursor, queryText, toCursorPage } from '../wire.js';
import {
  configNames,
  toConfigBody,
  toDeleted,
  toExecuteResult,
  toSearchResult,
  toSessionInfo,
  toSessionToolkit,
  toToken,
} from './mappers.js';
import type {
  SessionConfig,
  SessionConnectionRequest,
  SessionDeleted,
  SessionExecuteResult,
  SessionInfo,
  SessionSearchOptions,
  SessionSearchResult,
  SessionToken,
  SessionToolkitPage,
  SessionToolkitsOptions,
} from './types.js';

/**
 * One user's tool session: `patchbay.create(userId, config)` or `patchbay.use(sessionId)`. Its `mcp` goes into any
 * MCP client; its methods are the same meta-tools over REST.
 */
export class ToolSession implements SessionInfo {
  sessionId: string;
  mcp: SessionInfo['mcp'];
  toolRouterTools: string[];
  config: SessionInfo['config'];
  configVersion: number;
  warnings: SessionInfo['warnings'];

  constructor(
    private readonly ctx: Context,
    private readonly accounts: ConnectedAccounts,
    info: SessionInfo,
  ) {
    this.sessionId = info.sessionId;
    this.mcp = info.mcp;
    this.toolRouterTools = info.toolRouterTools;
    this.config = info.config;
    this.configVersion = info.configVersion;
    this.warnings = info.warnings;
  }

  private get path() {
    return { session_id: this.sessionId };
  }

  /** The tools the session serves (its meta-tools, then its preloaded tools), every page. */
  async tools(): Promise<Tool[]> {
    const pages: Paged<Tool> = iterateCursor(
      {},
      { limit: 500 },
      (query, signal) =>
        unwrap(
          this.ctx.api.GET('/tool_router/session/{session_id}/tools', { params: { path: this.path, query }, signal }),
        ),
      toTool,
    );
    const out: Tool[] = [];
    for await (const tool of pages) out.push(tool);
    return out;
  }

  async toolkits(options: SessionToolkitsOptions = {}): Promise<SessionToolkitPage> {
    const query = {
      toolkits: commaList(options.toolkits),
      is_connected:
        options.isConnected === undefined ? undefined : options.isConnected ? ('true' as const) : ('false' as const),
      search: options.search,
      cursor: options.cursor,
      limit: options.limit,
    };
    checked(toolRouterToolkitsQuery, queryText(query), 'session.toolkits', { is_connected: 'isConnected' });
    const page = await unwrap(
      this.ctx.api.GET('/tool_router/session/{session_id}/toolkits', { params: { path: this.path, query } }),
    );
    return toCursorPage(page, toSessionToolkit);
  }

  async search(options: SessionSearchOptions): Promise<SessionSearchResult> {
    const body = checked(
      toolRouterSearchRequest,
      { queries: [{ use_case: options.query }], ...(options.toolkits?.length ? { toolkits: options.toolkits } : {}) },
      'session.search',
      { 'queries.0.use_case': 'query' },
    );
    return toSearchResult(
      await unwrap(
        this.ctx.api.POST('/tool_router/session/{session_id}/search', { params: { path: this.path }, body }),
      ),
    );
  }

  /** Runs a tool (or a meta-tool) as the session's user; a refusal by the session's rules names the rule in `error`. */
  async execute(
    toolSlug: string,
    args: Record<string, unknown> = {},
    options: { account?: string | undefined } = {},
  ): Promise<SessionExecuteResult> {
    const body = checked(
      toolRouterExecuteRequest,
      { tool_slug: toolSlug, arguments: args, ...(options.account === undefined ? {} : { account: options.account }) },
      'session.execute',
      { tool_slug: 'toolSlug' },
    );
    return toExecuteResult(
      await unwrap(
        this.ctx.api.POST('/tool_router/session/{session_id}/execute', { params: { path: this.path }, body }),
      ),
    );
  }

  /** Starts connecting the user to a toolkit: `redirectUrl` is the page they open; then `waitForConnection()`. */
  async authorize(
    toolkit: string,
    options: { callbackUrl?: string | undefined; alias?: string | undefined } = {},
  ): Promise<SessionConnectionRequest> {
    const body = checked(
      toolRouterLinkRequest,
      { toolkit, callback_url: options.callbackUrl, alias: options.alias },
      'session.authorize',
      { callback_url: 'callbackUrl' },
    );
    const link = await unwrap(
      this.ctx.api.POST('/tool_router/session/{session_id}/link', { params: { path: this.path }, body }),
    );
    const id = link.connected_account_id;
    return {
      id,
      status: 'INITIATED',
      redirectUrl: link.redirect_url,
      linkToken: link.link_token,
      waitForConnection: (wait) => this.accounts.waitForConnection(id, wait),
    };
  }

  /** Changes only the fields given; this object then shows the new config and version. */
  async update(config: SessionConfig): Promise<SessionInfo> {
    const body = checked(updateToolRouterSessionRequest, toConfigBody(config), 'session.update', configNames);
    const wire = await unwrap(
      this.ctx.api.PATCH('/tool_router/session/{session_id}', { params: { path: this.path }, body }),
    );
    const info = toSessionInfo(wire, this.ctx.apiKey);
    this.config = info.config;
    this.configVersion = info.configVersion;
    this.warnings = info.warnings;
    this.toolRouterTools = info.toolRouterTools;
    return info;
  }

  async delete(): Promise<SessionDeleted> {
    return toDeleted(
      await unwrap(this.ctx.api.DELETE('/tool_router/session/{session_id}', { params: { path: this.path } })),
    );
  }

  /** A bearer token for this session's MCP URL acting as its user only (a Patchbay addition): for end users' clients. */
  async token(): Promise<SessionToken> {
    return toToken(
      await unwrap(this.ctx.api.POST('/tool_router/session/{session_id}/token', { params: { path: this.path } })),
    );
  }
}
