/** Builds the URLs of a Patchbay server from its public root, so no frontend formats them by hand. */
import { PatchbayError } from './errors.js';

function trimRoot(root: string): string {
  let url: URL | undefined;
  try {
    url = new URL(root);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new PatchbayError({
      status: 0,
      slug: 'invalid_base_url',
      message: `${JSON.stringify(root)} is not an http(s) URL.`,
      suggestedFix: 'Give the full URL of the server, such as http://127.0.0.1:8787.',
    });
  }
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}

/** The REST API's base: `<root>/api/v3` (kept as is when the root already names `/api/v3` or `/api/v3.1`). */
export function apiBaseUrl(root: string): string {
  const trimmed = trimRoot(root);
  return /\/api\/v3(\.1)?$/.test(trimmed) ? trimmed : `${trimmed}/api/v3`;
}

/** The server's root from any of its URLs: strips a trailing `/api/v3` or `/api/v3.1`. */
export function serverRoot(url: string): string {
  return trimRoot(url).replace(/\/api\/v3(\.1)?$/, '');
}

export type McpUserSelector =
  | { userId: string; connectedAccountId?: undefined }
  | { connectedAccountId: string; userId?: undefined };

export interface McpUrlOptions {
  /** Ask for the account-management tools (chat-based auth). */
  includeHelperActions?: boolean | undefined;
  /** The `/mcp` suffix form some clients expect; both are served. */
  transportPath?: '' | '/mcp' | '/sse' | undefined;
}

/** `<root>/v3/mcp/<id>`, with `user_id` or `connected_account_id` when given. */
export function mcpServerUrl(
  root: string,
  serverId: string,
  selector?: McpUserSelector,
  options: McpUrlOptions = {},
): string {
  const url = new URL(`${serverRoot(root)}/v3/mcp/${encodeURIComponent(serverId)}${options.transportPath ?? ''}`);
  if (selector?.userId !== undefined) url.searchParams.set('user_id', selector.userId);
  if (selector?.connectedAccountId !== undefined)
    url.searchParams.set('connected_account_id', selector.connectedAccountId);
  if (options.includeHelperActions) url.searchParams.set('include_composio_helper_actions', 'true');
  return url.toString();
}

/** Reads a per-user MCP URL back into its parts; undefined when it is not one. */
export function parseMcpServerUrl(
  raw: string,
):
  | { root: string; serverId: string; selector: McpUserSelector | undefined; includeHelperActions: boolean }
  | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const match = /^(.*)\/v3\/mcp\/([^/]+)(?:\/mcp|\/sse)?\/?$/.exec(url.pathname);
  if (!match?.[2]) return undefined;
  const userId = url.searchParams.get('user_id');
  const accountId = url.searchParams.get('connected_account_id');
  const selector: McpUserSelector | undefined =
    accountId !== null ? { connectedAccountId: accountId } : userId !== null ? { userId } : undefined;
  return {
    root: `${url.origin}${match[1] ?? ''}`,
    serverId: decodeURIComponent(match[2]),
    selector,
    includeHelperActions: url.searchParams.get('include_composio_helper_actions') === 'true',
  };
}
