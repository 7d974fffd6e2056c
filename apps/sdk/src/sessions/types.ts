import type { ToolRouterConfig, ToolRouterHint, ToolRouterWarning } from '@patchbay/core';
import type { ConnectedAccount, WaitOptions } from '../connected-accounts/types.js';
import type { CursorPage } from '../wire.js';

export type Hint = ToolRouterHint;
export type Tags = Hint[] | { enable?: Hint[] | undefined; disable?: Hint[] | undefined };

/** A session's config, as the hosted SDK's `composio.create(userId, config)` takes it (camelCase). */
export interface SessionConfig {
  /** A list (= enable), `{enable}` or `{disable}`; omitted = every toolkit. */
  toolkits?: string[] | { enable: string[] } | { disable: string[] } | undefined;
  /** Per toolkit: a list (= enable), `{enable}`, `{disable}` or `{tags}`. */
  tools?: Record<string, string[] | { enable: string[] } | { disable: string[] } | { tags: Tags }> | undefined;
  tags?: Tags | undefined;
  authConfigs?: Record<string, string> | undefined;
  /** One account id per toolkit (or a list, for multi-account). */
  connectedAccounts?: Record<string, string | string[]> | undefined;
  manageConnections?:
    | boolean
    | { enable?: boolean | undefined; callbackUrl?: string | undefined; waitForConnections?: boolean | undefined }
    | undefined;
  preload?: { tools?: string[] | 'all' | undefined } | undefined;
  search?: { enable?: boolean | undefined } | undefined;
  execute?: { enableMultiExecute?: boolean | undefined } | undefined;
  workbench?:
    | {
        enable?: boolean | undefined;
        enableProxyExecution?: boolean | undefined;
        autoOffloadThreshold?: number | undefined;
        sandboxSize?: 'standard' | 'medium' | 'large' | 'xlarge' | undefined;
      }
    | undefined;
  multiAccount?:
    | {
        enable?: boolean | undefined;
        maxAccountsPerToolkit?: number | undefined;
        requireExplicitSelection?: boolean | undefined;
      }
    | undefined;
}

/** What the session's MCP URL needs, ready for any MCP client config. */
export interface SessionMcp {
  type: 'http';
  url: string;
  headers: Record<string, string>;
}

export interface SessionInfo {
  sessionId: string;
  mcp: SessionMcp;
  /** The slugs its MCP URL serves: meta-tools, then preloaded tools. */
  toolRouterTools: string[];
  /** The stored config as the server echoes it (the hosted spelling: `enabled`/`disabled`). */
  config: ToolRouterConfig;
  configVersion: number;
  /** What the config asks that the server does not do (yet). */
  warnings: ToolRouterWarning[];
}

export interface SessionToolkit {
  slug: string;
  name: string;
  /** The session allows it. */
  enabled: boolean;
  isNoAuth: boolean;
  composioManagedAuthSchemes: string[];
  description: string;
  logo: string | null;
  connectedAccount: {
    id: string;
    status: string;
    userId: string;
    createdAt: string;
    authConfig: { id: string; authScheme: string; isComposioManaged: boolean };
  } | null;
}

export interface SessionToolkitsOptions {
  toolkits?: string[] | undefined;
  isConnected?: boolean | undefined;
  search?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export type SessionToolkitPage = CursorPage<SessionToolkit>;

export interface SessionSearchOptions {
  query: string;
  toolkits?: string[] | undefined;
}

export interface SessionToolSchema {
  toolSlug: string;
  toolkit: string;
  description: string;
  hasFullSchema: boolean;
  inputSchema: Record<string, unknown>;
  outputSchema: Record<string, unknown> | undefined;
  /** The user can run it now. */
  isConnected: boolean;
}

export interface SessionSearchResult {
  success: boolean;
  error: string | null;
  results: {
    index: number;
    useCase: string;
    primaryToolSlugs: string[];
    relatedToolSlugs: string[];
    toolkits: string[];
    error: string | undefined;
  }[];
  toolSchemas: Record<string, SessionToolSchema>;
  toolkitConnectionStatuses: {
    toolkit: string;
    description: string;
    hasActiveConnection: boolean;
    statusMessage: string;
  }[];
  nextStepsGuidance: string[];
  session: { id: string; generateId: boolean; instructions: string };
  timeInfo: { currentTimeUtc: string; currentTimeUtcEpochSeconds: number; message: string };
}

export interface SessionExecuteResult {
  data: Record<string, unknown>;
  /** A tool's failure, or the session rule that refused it; null on success. */
  error: string | null;
  /** The call's id in the tool-call log; empty when nothing ran. */
  logId: string;
}

export interface SessionConnectionRequest {
  id: string;
  status: 'INITIATED';
  redirectUrl: string | null;
  linkToken: string;
  waitForConnection(options?: WaitOptions): Promise<ConnectedAccount>;
}

export interface SessionDeleted {
  sessionId: string;
  deleted: boolean;
}

export interface SessionToken {
  token: string;
  mcp: SessionMcp;
}
