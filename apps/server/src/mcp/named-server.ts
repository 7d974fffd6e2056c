import { timingSafeEqual } from 'node:crypto';
import type { Vault } from '../accounts/crypto.js';
import type { Database } from '../db/database.js';
import { authenticateApiKey } from '../http/auth.js';
import { looksLikeAccessToken, oauthCaller, requireAccessToken } from '../oauth/access-token.js';
import { serverResource } from '../oauth/resource.js';
import { findResourceServer } from '../oauth/servers.js';
import { findConnectedAccounts } from '../store/connected-accounts.js';
import type { HotRows } from '../store/hot-rows.js';
import { getMcpServer, type McpServerRow } from '../store/mcp-servers.js';
import { findScopedToken, hashScopedToken, type ScopedTokenRow, tokenPrefix } from '../store/scoped-tokens.js';
import { CallerError, type McpCaller } from './caller.js';

export interface NamedServerCaller {
  caller: McpCaller;
  server: McpServerRow;
  /** The account-management tools are on (managed auth, or `include_composio_helper_actions=true`). */
  helperActions: boolean;
}

interface Deps {
  db: Database;
  rows: HotRows;
  /** For OAuth access tokens: their records are sealed, and their audience is a URL under the public one. */
  vault: Vault;
  publicUrl: string;
}

async function liveServer(deps: Deps, projectId: string, id: string): Promise<McpServerRow | undefined> {
  const cached = deps.rows.server(projectId, id);
  if (cached !== undefined) return cached;
  const row = await getMcpServer(deps.db, projectId, id);
  if (row !== undefined) deps.rows.keepServer(row);
  return row;
}

async function tokenRow(deps: Deps, token: string): Promise<ScopedTokenRow | undefined> {
  const key = hashScopedToken(token).toString('hex');
  const cached = deps.rows.tokens.get(key);
  if (cached !== undefined) return cached;
  const row = await findScopedToken(deps.db, token);
  if (row !== undefined && row.revoked_at === null) deps.rows.tokens.set(key, row);
  return row;
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const defaultUser = 'default';
const regenerate = "Generate the user's URL again to get a fresh token.";
const useTogether = 'Use the URL and token that generate answered together.';

const unknownServer = (serverId: string) =>
  new CallerError(
    'not_found',
    `No MCP server ${JSON.stringify(serverId)} exists (or it was deleted).`,
    'Check the URL; GET /api/v3/mcp/servers lists the servers of your project.',
  );

async function viaToken(deps: Deps, serverId: string, key: string, user?: string, account?: string) {
  const token = await tokenRow(deps, key);
  if (token === undefined || !timingSafeEqual(Buffer.from(token.token_hash), hashScopedToken(key))) {
    throw new CallerError('unauthenticated', 'The MCP access token is not valid.', regenerate);
  }
  if (token.revoked_at !== null) {
    throw new CallerError('unauthenticated', 'The MCP access token has been revoked.', regenerate, 'token_revoked');
  }
  if (token.server_id !== serverId.toLowerCase()) {
    throw new CallerError('forbidden', 'This token is for another MCP server.', useTogether);
  }
  const server = await liveServer(deps, token.project_id, token.server_id);
  if (server === undefined) throw unknownServer(serverId);
  const tokenUser = token.user_id ?? undefined;
  const tokenAccount = token.connected_account_id ?? undefined;
  if ((user !== undefined && user !== tokenUser) || (account !== undefined && account !== tokenAccount)) {
    throw new CallerError('forbidden', 'This token acts for another user.', useTogether);
  }
  // An account-pinned token acts as that account's user.
  const [pinned] =
    tokenAccount === undefined ? [] : await findConnectedAccounts(deps.db, token.project_id, [tokenAccount]);
  const caller: McpCaller = {
    projectId: token.project_id,
    userId: tokenUser ?? pinned?.user_id ?? defaultUser,
    connectedAccountId: tokenAccount,
    via: 'token',
  };
  return { caller, server };
}

/** An access token of Patchbay's authorization server, issued for exactly this MCP URL. */
async function viaOAuth(deps: Deps, serverId: string, token: string, user?: string, account?: string) {
  if (!uuidShape.test(serverId)) throw unknownServer(serverId);
  const access = await requireAccessToken(deps, token, serverResource(deps.publicUrl, serverId));
  const found = await findResourceServer(deps.db, serverId.toLowerCase());
  const server = found === undefined ? undefined : await liveServer(deps, found.project_id, found.id);
  if (server === undefined) throw unknownServer(serverId);
  const [pinned] = account === undefined ? [] : await findConnectedAccounts(deps.db, server.project_id, [account]);
  if ((user !== undefined && user !== access.userId) || (account !== undefined && pinned?.user_id !== access.userId)) {
    throw new CallerError(
      'forbidden',
      'This access token acts for another user.',
      'Use the URL of the user who signed in.',
    );
  }
  return { caller: oauthCaller(server.project_id, access, account), server };
}

async function viaApiKey(deps: Deps, serverId: string, key: string | undefined, user?: string, account?: string) {
  const apiKey = await authenticateApiKey(deps, key);
  if (!uuidShape.test(serverId)) throw unknownServer(serverId);
  const server = await liveServer(deps, apiKey.project_id, serverId);
  if (server === undefined) throw unknownServer(serverId);
  // A pinned account must be one of this project's; the tools then act as its user.
  let accountUser: string | undefined;
  if (account !== undefined) {
    const [row] = account.length <= 64 ? await findConnectedAccounts(deps.db, apiKey.project_id, [account]) : [];
    if (row === undefined) {
      throw new CallerError(
        'not_found',
        `No connected account ${JSON.stringify(account)} exists in this project.`,
        'Check connected_account_id; GET /api/v3/connected_accounts lists the accounts of your project.',
      );
    }
    if (user !== undefined && user !== row.user_id) {
      throw new CallerError(
        'bad_request',
        'connected_account_id belongs to another user than user_id.',
        'Give connected_account_id alone, or the user_id it belongs to.',
      );
    }
    accountUser = row.user_id;
  }
  const caller: McpCaller = {
    projectId: apiKey.project_id,
    userId: accountUser ?? user ?? defaultUser,
    connectedAccountId: account,
    via: 'api_key',
  };
  return { caller, server };
}

/**
 * Authenticates a request to a named server's MCP URL and decides whose tools it runs. A project API key may act for
 * any user of the project (named by `user_id` or `connected_account_id`); a scoped token acts only for the user or
 * account it was issued for, on the server it was issued for. A wrong credential is `unauthenticated`, an unknown or
 * deleted server `not_found`.
 */
export async function resolveNamedServerCaller(
  deps: Deps,
  serverId: string,
  url: URL,
  key: string | undefined,
): Promise<NamedServerCaller> {
  const user = url.searchParams.get('user_id') ?? undefined;
  const account = url.searchParams.get('connected_account_id') ?? undefined;
  const helperParam = url.searchParams.get('include_composio_helper_actions') === 'true';
  if (user !== undefined && (user === '' || user.length > 256)) {
    throw new CallerError(
      'bad_request',
      'user_id must be 1-256 characters.',
      'Give the user id the MCP URL was generated for.',
    );
  }
  if (key === undefined || key === '') {
    throw new CallerError(
      'unauthenticated',
      "No credential: this MCP URL needs the end user's scoped token or a project API key.",
      'Send `Authorization: Bearer pbt_…` as answered by POST /api/v3/mcp/servers/generate for this user, or the ' +
        'project key in x-api-key, or sign in through the OAuth flow this 401 advertises.',
    );
  }
  const { caller, server } = key.startsWith(tokenPrefix)
    ? await viaToken(deps, serverId, key, user, account)
    : looksLikeAccessToken(key)
      ? await viaOAuth(deps, serverId, key, user, account)
      : await viaApiKey(deps, serverId, key, user, account);
  return { caller, server, helperActions: server.managed_auth_via_composio || helperParam };
}
