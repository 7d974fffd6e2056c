import type { CallCredentials, CredentialProvider } from '../calls/credentials.js';
import { getAuthConfig } from '../store/auth-configs.js';
import { type AccountWithConfig, accountsForToolkit, getAccount } from '../store/connected-accounts.js';
import type { ToolkitMeta } from '../toolkits/registry.js';
import type { AccountsDeps } from './deps.js';
import { initiateForToolkit } from './initiate.js';
import { needsRefresh, refreshAccount } from './refresh.js';
import { openAccountSecrets, openConfigCredentials, type StringMap, tokensFromMap } from './secrets.js';

/**
 * Which account a tool call acts with, and its credentials in the field names the runtimes read: `access_token`
 * (OAuth 2), `api_key`, `token`, `username`/`password`, or a stdio toolkit's per-user environment names.
 *
 * The account is the one the URL or token pins (it must be the caller's, in the project, of this toolkit), else the
 * user's ACTIVE account of the toolkit — preferring the MCP server's own auth configs — and among several the most
 * recently updated (connected or refreshed last). A pinned account makes the choice explicit.
 */

/** Settings of an auth config that a toolkit may read; its OAuth client secret never reaches a tool. */
const configOnly = new Set([
  'client_id',
  'client_secret',
  'authorization_url',
  'token_url',
  'scopes',
  'scope',
  'token_endpoint_auth_method',
]);
/** Bookkeeping kept beside the tokens; not for tools. */
const internal = new Set(['obtained_at', 'refresh_token', 'token_type', 'scope']);

function usable(account: AccountWithConfig): string | undefined {
  if (account.auth_config_status === 'DISABLED') return `its auth config ${account.auth_config_id} is disabled`;
  if (account.status === 'ACTIVE') return undefined;
  if (account.status === 'EXPIRED')
    return `it has expired (${account.status_reason ?? 'the provider no longer accepts its token'}); the user must connect again`;
  if (account.status === 'INITIATED') return 'the user has not finished connecting it';
  return `its status is ${account.status}`;
}

export function accountCredentialProvider(deps: AccountsDeps): CredentialProvider {
  const keyCredentials = async (account: AccountWithConfig): Promise<StringMap> => {
    const out: StringMap = {};
    const config = await getAuthConfig(deps.db, account.project_id, account.auth_config_id);
    // A key shared by every user of the auth config, overridden by the user's own.
    if (config)
      for (const [k, v] of Object.entries(openConfigCredentials(deps.vault, config)))
        if (!configOnly.has(k)) out[k] = v;
    for (const [k, v] of Object.entries(openAccountSecrets(deps.vault, account))) if (!internal.has(k)) out[k] = v;
    return out;
  };

  const oauthCredentials = async (account: AccountWithConfig): Promise<CallCredentials> => {
    let tokens = tokensFromMap(openAccountSecrets(deps.vault, account));
    if (tokens === undefined)
      return { ok: false, message: `Connected account ${account.id} holds no OAuth token; connect it again.` };
    if (needsRefresh(account, tokens)) {
      const refreshed = await refreshAccount(deps, account);
      if (!refreshed.ok)
        return { ok: false, message: `Connected account ${account.id} cannot be used: ${refreshed.message}` };
      tokens = refreshed.tokens;
    }
    const used = tokens.access_token;
    return {
      ok: true,
      connectedAccountId: account.id,
      credentials: { access_token: used },
      afterUnauthorized: async () => {
        const refreshed = await refreshAccount(deps, account, used);
        if (!refreshed.ok)
          return { ok: false, message: `The ${account.toolkit_slug} API refused the token and ${refreshed.message}` };
        return {
          ok: true,
          connectedAccountId: account.id,
          credentials: { access_token: refreshed.tokens.access_token },
        };
      },
    };
  };

  const notConnected = async (
    projectId: string,
    userId: string,
    toolkit: ToolkitMeta,
    server: { authConfigIds: readonly string[]; managedAuth: boolean } | undefined,
    why: string,
  ): Promise<CallCredentials> => {
    const head = `The ${toolkit.name} toolkit (${toolkit.slug}) needs a connected account for user "${userId}", and ${why}.`;
    if (server?.managedAuth) {
      const link = await initiateForToolkit(deps, {
        projectId,
        userId,
        toolkitSlug: toolkit.slug,
        preferred: server.authConfigIds,
      });
      if (link.ok) {
        return {
          ok: false,
          message: `${head} Ask the user to open ${link.redirectUrl} to connect ${toolkit.name}, then call the tool again.`,
        };
      }
    }
    return {
      ok: false,
      message:
        `${head} Connect one: POST /api/v3/connected_accounts with an auth config of ${toolkit.slug}` +
        (server?.managedAuth ? ', or call COMPOSIO_INITIATE_CONNECTION on this server.' : '.'),
    };
  };

  return {
    async forCall({ projectId, userId, connectedAccountId, toolkit, server }) {
      let account: AccountWithConfig | undefined;
      if (connectedAccountId !== undefined) {
        account = await getAccount(deps.db, projectId, connectedAccountId);
        // The user must match, except the literal `default` that callers use when no user was named (REST execute
        // with only connected_account_id): the account itself names its user then.
        if (account === undefined || (account.user_id !== userId && userId !== 'default')) {
          return {
            ok: false,
            message: `Connected account ${connectedAccountId} does not exist for user "${userId}" in this project.`,
          };
        }
        if (account.toolkit_slug !== toolkit.slug) {
          return {
            ok: false,
            message: `Connected account ${connectedAccountId} is for ${account.toolkit_slug}, not ${toolkit.slug}.`,
          };
        }
        const problem = usable(account);
        if (problem) return { ok: false, message: `Connected account ${account.id} cannot be used: ${problem}.` };
      } else {
        if (toolkit.noAuth) return { ok: true };
        const all = await accountsForToolkit(deps.db, projectId, userId, toolkit.slug);
        const ready = all.filter((a) => usable(a) === undefined);
        const preferred = new Set(server?.authConfigIds ?? []);
        account = ready.find((a) => preferred.has(a.auth_config_id)) ?? ready[0];
        if (account === undefined) {
          const expired = all.find((a) => a.status === 'EXPIRED');
          return notConnected(
            projectId,
            userId,
            toolkit,
            server,
            expired ? `account ${expired.id} has expired` : 'none is connected',
          );
        }
      }
      switch (account.auth_scheme) {
        case 'NO_AUTH':
          return { ok: true, connectedAccountId: account.id };
        case 'OAUTH2':
          return oauthCredentials(account);
        default:
          return { ok: true, connectedAccountId: account.id, credentials: await keyCredentials(account) };
      }
    },
  };
}
