import type { ClientCommands, OrderDirection, ServerOrderBy, UserClientCommands } from '@patchbay/core';
import type { CamelCase } from '../wire.js';

// The SDK's public MCP shapes: camelCase like the hosted SDK's. mappers.ts is the only place that knows the wire names.

/** A toolkit slug, or a toolkit with the auth config its users connect through. */
export type ToolkitEntry =
  | string
  | { toolkit: string; authConfigId?: string | undefined }
  | { toolkit?: string | undefined; authConfigId: string };

export interface CreateMcpServerOptions {
  toolkits: ToolkitEntry[];
  /** Tool slugs to expose; omitted or empty means every tool of the toolkits. */
  allowedTools?: string[] | undefined;
  /** True: you connect accounts yourself. False (default): the server adds account-management tools for chat-based auth. */
  manuallyManageConnections?: boolean | undefined;
}

export interface UpdateMcpServerOptions {
  name?: string | undefined;
  /** Replaces the toolkit list; entries with an auth config also replace the server's auth configs. */
  toolkits?: Array<string | { toolkit: string; authConfigId?: string | undefined }> | undefined;
  allowedTools?: string[] | undefined;
  manuallyManageConnections?: boolean | undefined;
}

/** The wire's `order_by` values as the hosted SDK spells them; mappers.ts holds the one table between the two. */
export type McpOrderBy = CamelCase<ServerOrderBy>;

export interface ListMcpServersOptions {
  /** 1-based; default 1. */
  page?: number | undefined;
  /** Items per page; default 10, at most 100. */
  limit?: number | undefined;
  /** Servers that include any of these toolkits. */
  toolkits?: string[] | undefined;
  /** Servers that use any of these auth configs. */
  authConfigs?: string[] | undefined;
  /** Case-insensitive substring of the name. */
  name?: string | undefined;
  orderBy?: McpOrderBy | undefined;
  orderDirection?: OrderDirection | undefined;
}

export interface IterateOptions {
  /** Stop after this many items in all. */
  maxItems?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface McpServer {
  id: string;
  name: string;
  authConfigIds: string[];
  /** Empty means every tool of its toolkits. */
  allowedTools: string[];
  /** Resources (URIs, templates, `*` prefixes) of its upstream MCP toolkits it serves; empty means all. */
  allowedResources: string[];
  /** Prompts of its upstream MCP toolkits it serves; empty means all. */
  allowedPrompts: string[];
  toolkits: string[];
  toolkitIcons: Record<string, string>;
  /** The URL for the `default` user; use generate() for a user's own URL. */
  mcpUrl: string;
  commands: ClientCommands;
  serverInstanceCount: number;
  managedAuthViaComposio: boolean;
  /** The inverse of managedAuthViaComposio, as create() and update() take it. */
  manuallyManageConnections: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface McpServerDetail extends McpServer {
  deleted: boolean;
}

export interface McpServerPage {
  items: McpServer[];
  currentPage: number;
  totalPages: number;
}

/** What create() answers: the hosted SDK's shape, plus generate() bound to the new server. */
export interface McpServerCreated {
  id: string;
  name: string;
  allowedTools: string[];
  authConfigIds: string[];
  mcpUrl: string;
  commands: ClientCommands;
  generate(userId: string, options?: GenerateOptions): Promise<McpServerInstance>;
}

export interface GenerateOptions {
  /** Overrides the server's setting for this URL; default: the server's own. */
  manuallyManageConnections?: boolean | undefined;
  /**
   * True (default): headers carry a token that acts only for this user on this server. False: headers carry your
   * project API key, which can do anything in the project; keep such a URL away from end users.
   */
  scopedToken?: boolean | undefined;
}

/** A user's URL of a server and the headers an MCP client sends with it. */
export interface McpServerInstance {
  id: string;
  name: string;
  type: 'streamable_http';
  url: string;
  userId: string;
  allowedTools: string[];
  authConfigs: string[];
  headers: Record<string, string>;
  /**
   * Commands that put this URL and its headers into each AI client (they hold the user's token), as the server
   * answers them with a scoped token; undefined with the project key (`scopedToken: false`) or a server without them.
   */
  commands?: UserClientCommands | undefined;
  /** Cursor's install deeplink for this URL and its headers, when `commands` is given. */
  cursorInstallLink?: string | undefined;
}

export interface McpInstance {
  id: string;
  userId: string;
  serverId: string;
  createdAt: string;
  updatedAt: string;
}

export interface ListMcpInstancesOptions {
  page?: number | undefined;
  /** Default 20, at most 100. */
  limit?: number | undefined;
  /** Substring of the user id. */
  search?: string | undefined;
  orderBy?: McpOrderBy | undefined;
  orderDirection?: OrderDirection | undefined;
}

export interface McpInstancePage {
  items: McpInstance[];
  serverId: string;
  serverName: string;
  currentPage: number;
  totalPages: number;
}

export interface McpInstanceDeleted {
  message: string;
  deletedConnectedAccounts: number;
}
