import type { Vault } from '../accounts/crypto.js';
import type { Database } from '../db/database.js';
import { authenticateApiKey } from '../http/auth.js';
import { CallerError, type McpCaller } from '../mcp/caller.js';
import { looksLikeAccessToken, oauthCaller, requireAccessToken } from '../oauth/access-token.js';
import { isSessionId, sessionResource } from '../oauth/resource.js';
import { findResourceServer } from '../oauth/servers.js';
import type { HotRows } from '../store/hot-rows.js';
import { findScopedToken, tokenPrefix } from '../store/scoped-tokens.js';
import { getToolSession, type ToolSessionRow } from '../store/tool-sessions.js';

const unknownSession = (id: string) =>
  new CallerError(
    'not_found',
    `No tool session ${JSON.stringify(id)} exists (or it was deleted).`,
    'Create a session (POST /api/v3.1/tool_router/session) and use the mcp.url it answers.',
  );

interface Deps {
  db: Database;
  rows: HotRows;
  /** For OAuth access tokens: their records are sealed, and their audience is this session's URL. */
  vault: Vault;
  publicUrl: string;
}

/** An access token of Patchbay's authorization server, issued for exactly this session's URL, to its user. */
async function viaOAuth(deps: Deps, sessionId: string, token: string) {
  if (!isSessionId(sessionId)) throw unknownSession(sessionId);
  const access = await requireAccessToken(deps, token, sessionResource(deps.publicUrl, sessionId));
  const found = await findResourceServer(deps.db, sessionId);
  const row = found === undefined ? undefined : await getToolSession(deps.db, found.project_id, sessionId);
  if (row === undefined) throw unknownSession(sessionId);
  // Sign-in only approves the session's own user; checked again in case the session was ever given to another.
  if (access.userId !== row.user_id) {
    throw new CallerError('forbidden', "This access token acts for another user than the session's.", signInAs(row));
  }
  return { caller: oauthCaller(row.project_id, access), row };
}

const signInAs = (row: ToolSessionRow) => `Sign in again as the session's user ("${row.user_id}").`;

/**
 * Authenticates a request to a session's MCP URL: the project key (`x-api-key`, as the hosted SDK's `session.mcp`
 * sends) acts for the session's user; a scoped token only if it was issued for this session, hence its user; an
 * OAuth access token only if it was issued for this session's URL.
 */
export async function resolveSessionCaller(
  deps: Deps,
  sessionId: string,
  key: string | undefined,
): Promise<{ caller: McpCaller; row: ToolSessionRow }> {
  if (key === undefined || key === '') {
    throw new CallerError(
      'unauthenticated',
      'No credential: a tool session URL needs the project key (x-api-key) or a token issued for this session.',
      "Send the headers of the session's `mcp` (x-api-key), or `Authorization: Bearer pbt_…` from POST " +
        '…/session/{id}/token, or sign in through the OAuth flow this 401 advertises.',
    );
  }
  if (key.startsWith(tokenPrefix)) {
    const token = await findScopedToken(deps.db, key);
    if (token === undefined || token.revoked_at !== null) {
      throw new CallerError(
        'unauthenticated',
        'The session token is not valid or was revoked.',
        'Issue a new token for the session.',
      );
    }
    if (token.session_id !== sessionId) {
      throw new CallerError(
        'forbidden',
        'This token is for another MCP URL.',
        'Use the token issued for this session.',
      );
    }
    const row = await getToolSession(deps.db, token.project_id, sessionId);
    if (row === undefined) throw unknownSession(sessionId);
    if (token.user_id !== row.user_id) {
      throw new CallerError(
        'forbidden',
        "This token acts for another user than the session's.",
        'Use the token issued for this session.',
      );
    }
    return {
      caller: { projectId: row.project_id, userId: row.user_id, connectedAccountId: undefined, via: 'token' },
      row,
    };
  }
  if (looksLikeAccessToken(key)) return viaOAuth(deps, sessionId, key);
  const apiKey = await authenticateApiKey(deps, key);
  const row = sessionId.length <= 64 ? await getToolSession(deps.db, apiKey.project_id, sessionId) : undefined;
  if (row === undefined) throw unknownSession(sessionId);
  return {
    caller: { projectId: row.project_id, userId: row.user_id, connectedAccountId: undefined, via: 'api_key' },
    row,
  };
}
