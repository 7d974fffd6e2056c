import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database.js';
import { authenticateApiKey } from '../http/auth.js';
import { apiError } from '../http/errors.js';
import { findConnectedAccounts } from '../store/connected-accounts.js';
import { getMcpServer, type McpServerRow } from '../store/mcp-servers.js';
import { type AccessTokenRow, findAccessToken, hashAccessToken, tokenPrefix } from '../store/scoped-tokens.js';
import { authCacheTtlMs, TtlCache } from '../util/ttl-cache.js';

/** Who is calling an MCP URL, and as whom the tools run. */
export interface McpCaller {
  projectId: string;
  server: McpServerRow;
  userId: string;
  /** Set when the URL or the token pins one connected account. */
  connectedAccountId: string | undefined;
  /** The account-management tools are on (managed auth, or `include_composio_helper_actions=true`). */
  helperActions: boolean;
  via: 'api_key' | 'token';
}

/** Token rows by digest, cleared when tokens are revoked; live servers by `project/id`, cleared on PATCH/DELETE. */
export const accessTokenCache = new TtlCache<AccessTokenRow>(authCacheTtlMs);
export const mcpServerCache = new TtlCache<McpServerRow>(authCacheTtlMs);

async function liveServer(db: Database, projectId: string, id: string): Promise<McpServerRow | undefined> {
  const key = `${projectId}/${id.toLowerCase()}`;
  const cached = mcpServerCache.get(key);
  if (cached !== undefined) return cached;
  const row = await getMcpServer(db, projectId, id);
  if (row !== undefined) mcpServerCache.set(key, row);
  return row;
}

async function tokenRow(db: Database, token: string): Promise<AccessTokenRow | undefined> {
  const key = hashAccessToken(token).toString('hex');
  const cached = accessTokenCache.get(key);
  if (cached !== undefined) return cached;
  const row = await findAccessToken(db, token);
  if (row !== undefined && row.revoked_at === null) accessTokenCache.set(key, row);
  return row;
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const defaultUser = 'default';

function unknownServer(serverId: string) {
  return apiError(
    404,
    `No MCP server ${JSON.stringify(serverId)} exists (or it was deleted).`,
    'Check the URL; GET /api/v3/mcp/servers lists the servers of your project.',
  );
}

/**
 * Authenticates an MCP request and decides whose tools it runs. A project API key may act for any user of the
 * project (named by `user_id` or `connected_account_id`); a scoped token acts only for the user or account it was
 * issued for, on the server it was issued for. A wrong credential is 401, an unknown or deleted server 404.
 */
export async function resolveMcpCaller(
  db: Database,
  serverId: string,
  url: URL,
  key: string | undefined,
): Promise<McpCaller> {
  const userParam = url.searchParams.get('user_id') ?? undefined;
  const accountParam = url.searchParams.get('connected_account_id') ?? undefined;
  const helperParam = url.searchParams.get('include_composio_helper_actions') === 'true';
  if (userParam !== undefined && (userParam === '' || userParam.length > 256)) {
    throw apiError(400, 'user_id must be 1-256 characters.', 'Give the user id the MCP URL was generated for.');
  }

  if (key?.startsWith(tokenPrefix)) {
    const token = await tokenRow(db, key);
    if (token === undefined || !timingSafeEqual(Buffer.from(token.token_hash), hashAccessToken(key))) {
      throw apiError(401, 'The MCP access token is not valid.', "Generate the user's URL again to get a fresh token.");
    }
    if (token.revoked_at !== null) {
      throw apiError(
        401,
        'The MCP access token has been revoked.',
        "Generate the user's URL again to get a fresh token.",
        {
          slug: 'token_revoked',
        },
      );
    }
    if (token.server_id !== serverId.toLowerCase()) {
      throw apiError(
        403,
        'This token is for another MCP server.',
        'Use the URL and token that generate answered together.',
      );
    }
    const server = await liveServer(db, token.project_id, token.server_id);
    if (server === undefined) throw unknownServer(serverId);
    const tokenUser = token.user_id ?? undefined;
    const tokenAccount = token.connected_account_id ?? undefined;
    if (
      (userParam !== undefined && userParam !== tokenUser) ||
      (accountParam !== undefined && accountParam !== tokenAccount)
    ) {
      throw apiError(
        403,
        'This token acts for another user.',
        'Use the URL and token that generate answered together.',
      );
    }
    // An account-pinned token acts as that account's user.
    const [pinned] =
      tokenAccount === undefined ? [] : await findConnectedAccounts(db, token.project_id, [tokenAccount]);
    return {
      projectId: token.project_id,
      server,
      userId: tokenUser ?? pinned?.user_id ?? defaultUser,
      connectedAccountId: tokenAccount,
      helperActions: server.managed_auth_via_composio || helperParam,
      via: 'token',
    };
  }

  const apiKey = await authenticateApiKey(db, key);
  if (!uuidShape.test(serverId)) throw unknownServer(serverId);
  const server = await liveServer(db, apiKey.project_id, serverId);
  if (server === undefined) throw unknownServer(serverId);
  // A pinned account must be one of this project's; the tools then act as its user.
  let accountUser: string | undefined;
  if (accountParam !== undefined) {
    const [account] =
      accountParam.length <= 64 ? await findConnectedAccounts(db, apiKey.project_id, [accountParam]) : [];
    if (account === undefined) {
      throw apiError(
        404,
        `No connected account ${JSON.stringify(accountParam)} exists in this project.`,
        'Check connected_account_id; GET /api/v3/connected_accounts lists the accounts of your project.',
      );
    }
    if (userParam !== undefined && userParam !== account.user_id) {
      throw apiError(
        400,
        'connected_account_id belongs to another user than user_id.',
        'Give connected_account_id alone, or the user_id it belongs to.',
      );
    }
    accountUser = account.user_id;
  }
  return {
    projectId: apiKey.project_id,
    server,
    userId: accountUser ?? userParam ?? defaultUser,
    connectedAccountId: accountParam,
    helperActions: server.managed_auth_via_composio || helperParam,
    via: 'api_key',
  };
}
