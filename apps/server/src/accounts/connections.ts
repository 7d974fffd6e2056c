import type { Queryable } from '../db/database.js';
import { apiError } from '../http/errors.js';
import type { AuthConfigRow } from '../store/auth-configs.js';
import { insertConnectLink } from '../store/connect-links.js';
import {
  type AccountWithConfig,
  type ConnectedAccountRow,
  getAccount,
  insertConnectedAccount,
  type NewConnectedAccount,
  newConnectedAccountId,
} from '../store/connected-accounts.js';
import type { ToolkitMeta } from '../toolkits/registry.js';
import { type AccountsDeps, linkTtlMs } from './deps.js';
import { resolveOAuthApp } from './oauth.js';
import { digest, randomToken } from './pkce.js';
import { initiationFields, isUserKeyScheme, schemeOf } from './schemes.js';
import { openConfigCredentials, type StringMap, sealAccountSecrets, stateFields } from './secrets.js';

/** Creating connected accounts: the REST API, the connect page and the chat tools all come through here. */

export interface NewConnection {
  projectId: string;
  config: AuthConfigRow;
  userId: string;
  callbackUrl?: string | undefined;
  state?: Record<string, unknown> | undefined;
  data?: Record<string, unknown> | undefined;
}

export interface Connection {
  account: ConnectedAccountRow;
  /** The hosted connect page, when the user still has something to do. */
  redirectUrl: string | null;
  /** The one-time link behind `redirectUrl`, when there is one. */
  link?: ConnectLink | undefined;
}

/** A one-time link to the connect page: its URL, the token in it, and when it stops working. */
export interface ConnectLink {
  url: string;
  token: string;
  expiresAt: Date;
}

/** Where a user is sent after OAuth: an http(s) URL without credentials (no `javascript:`, no `data:`). */
export function checkCallbackUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw apiError(400, 'connection.callback_url is not a URL.', 'Give an absolute http(s) URL.');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    throw apiError(
      400,
      'connection.callback_url must be an http(s) URL without a user name or password.',
      'Give the page of your app that users should return to.',
    );
  }
  return url.toString();
}

export async function toolkitMeta(
  deps: AccountsDeps,
  projectId: string,
  slug: string,
): Promise<ToolkitMeta | undefined> {
  return (await deps.registry.find(projectId, slug))?.meta;
}

/** A fresh one-time link to the connect page (`/connect/{id}?t=…`), written with `q`; only the token's digest is stored. */
async function issueConnectLink(
  q: Queryable,
  publicUrl: string,
  account: Pick<ConnectedAccountRow, 'id' | 'project_id'>,
): Promise<ConnectLink> {
  const token = randomToken();
  const expiresAt = await insertConnectLink(q, {
    tokenHash: digest(token),
    projectId: account.project_id,
    connectedAccountId: account.id,
    ttlMs: linkTtlMs,
  });
  return { url: `${publicUrl}/connect/${encodeURIComponent(account.id)}?t=${token}`, token, expiresAt };
}

export async function connectLink(
  deps: AccountsDeps,
  account: Pick<ConnectedAccountRow, 'id' | 'project_id'>,
): Promise<string> {
  return (await issueConnectLink(deps.db, deps.publicUrl, account)).url;
}

type AccountBase = Omit<NewConnectedAccount, 'status' | 'secretsEncrypted' | 'id'>;

/** An account that waits for its user, and its link, in one transaction: no account without a link is ever left. */
async function pendingConnection(deps: AccountsDeps, base: AccountBase): Promise<Connection & { link: ConnectLink }> {
  return deps.db.transaction(async (tx) => {
    const account = await insertConnectedAccount(tx, { ...base, status: 'INITIATED' });
    const link = await issueConnectLink(tx, deps.publicUrl, account);
    return { account, redirectUrl: link.url, link };
  });
}

/** The fields a key-style scheme needs, from `state` and (for a key shared by all users) the auth config. */
export function keyFields(
  toolkit: ToolkitMeta | undefined,
  scheme: string,
  given: StringMap,
  shared: StringMap,
): { ok: true; secrets: StringMap } | { ok: false; missing: string[] } {
  const fields = initiationFields(toolkit, scheme);
  const secrets: StringMap = {};
  for (const field of fields) {
    const value =
      given[field.name] ?? (scheme === 'BEARER_TOKEN' && field.name === 'token' ? given.bearer_token : undefined);
    if (value !== undefined && value !== '') secrets[field.name] = value;
  }
  const missing = fields
    .filter((f) => f.required && secrets[f.name] === undefined && !shared[f.name])
    .map((f) => f.name);
  return missing.length === 0 ? { ok: true, secrets } : { ok: false, missing };
}

function refuseDisabled(config: AuthConfigRow): void {
  if (config.status === 'DISABLED') {
    throw apiError(
      409,
      `Auth config ${config.id} is disabled.`,
      `Enable it (PATCH /api/v3/auth_configs/${config.id}/ENABLED) first.`,
    );
  }
}

/** Checked before any account exists, so a misconfigured OAuth app fails here and not on the user's screen. */
function checkOAuthApp(deps: AccountsDeps, config: AuthConfigRow, toolkit: ToolkitMeta | undefined): void {
  const app = resolveOAuthApp(
    openConfigCredentials(deps.vault, config),
    config.scopes,
    schemeOf(toolkit, config.auth_scheme),
    toolkit?.oauth,
  );
  if (!app.ok) {
    throw apiError(
      400,
      `Auth config ${config.id} cannot start OAuth: ${app.message}.`,
      'Update the auth config (PATCH /api/v3/auth_configs/{id}).',
    );
  }
}

const unsupportedScheme = (scheme: string) =>
  apiError(
    400,
    `The ${scheme} scheme is not supported by this server.`,
    'Use OAUTH2, API_KEY, BEARER_TOKEN, BASIC or NO_AUTH.',
  );

async function accountBase(deps: AccountsDeps, input: NewConnection) {
  const toolkit = await toolkitMeta(deps, input.projectId, input.config.toolkit_slug);
  const callbackUrl = input.callbackUrl === undefined ? null : checkCallbackUrl(input.callbackUrl);
  const base: AccountBase = {
    projectId: input.projectId,
    authConfigId: input.config.id,
    userId: input.userId,
    callbackUrl,
    connectionData: input.data,
  };
  return { toolkit, base };
}

export async function createConnection(deps: AccountsDeps, input: NewConnection): Promise<Connection> {
  const { config } = input;
  refuseDisabled(config);
  const { toolkit, base } = await accountBase(deps, input);
  const scheme = config.auth_scheme;
  if (scheme === 'NO_AUTH')
    return { account: await insertConnectedAccount(deps.db, { ...base, status: 'ACTIVE' }), redirectUrl: null };

  if (scheme === 'OAUTH2') {
    checkOAuthApp(deps, config, toolkit);
    return pendingConnection(deps, base);
  }

  if (!isUserKeyScheme(scheme)) throw unsupportedScheme(scheme);
  const parsed = stateFields(input.state);
  if (!parsed.ok) {
    throw apiError(400, `connection.state.${parsed.field} must be a string.`, 'Give each credential as a string.');
  }
  const shared = openConfigCredentials(deps.vault, config);
  // No credentials at all: the user gives them on the connect page (chat-based auth for key-style toolkits).
  if (Object.keys(parsed.map).length === 0 && keyFields(toolkit, scheme, {}, shared).ok === false) {
    return pendingConnection(deps, base);
  }
  const fields = keyFields(toolkit, scheme, parsed.map, shared);
  if (!fields.ok) {
    throw apiError(
      400,
      `connection.state lacks ${fields.missing.join(', ')} for ${scheme}.`,
      `Give ${fields.missing.join(', ')} in connection.state.`,
      {
        slug: 'validation_error',
        errors: fields.missing.map((m) => `connection.state.${m}: required`),
      },
    );
  }
  // The id is chosen first because the ciphertext is bound to it (AAD).
  const id = newConnectedAccountId();
  const account = await insertConnectedAccount(deps.db, {
    ...base,
    id,
    status: 'ACTIVE',
    secretsEncrypted: sealAccountSecrets(deps.vault, id, fields.secrets),
  });
  return { account, redirectUrl: null };
}

/**
 * A connect link for the user to finish on the connect page (`POST /connected_accounts/link`, the hosted SDK's
 * `link()`): for OAuth the page sends them to the provider, for key-style schemes it asks for the key. Never
 * credentials from the caller: that is `createConnection`'s `state`.
 */
export async function linkConnection(
  deps: AccountsDeps,
  input: Omit<NewConnection, 'state'>,
): Promise<Connection & { link: ConnectLink }> {
  const { config } = input;
  refuseDisabled(config);
  const { toolkit, base } = await accountBase(deps, input);
  const scheme = config.auth_scheme;
  if (scheme === 'NO_AUTH') {
    throw apiError(
      400,
      `Auth config ${config.id} uses NO_AUTH: there is nothing for a user to connect.`,
      'Create the account directly with POST /api/v3/connected_accounts; it is ACTIVE at once.',
    );
  }
  if (scheme === 'OAUTH2') checkOAuthApp(deps, config, toolkit);
  else if (!isUserKeyScheme(scheme)) throw unsupportedScheme(scheme);
  return pendingConnection(deps, base);
}

export async function requireAccount(deps: AccountsDeps, projectId: string, id: string): Promise<AccountWithConfig> {
  const account = await getAccount(deps.db, projectId, id);
  if (account === undefined) {
    throw apiError(
      404,
      `Connected account ${JSON.stringify(id)} was not found in this project.`,
      'List connected accounts to see those that exist.',
    );
  }
  return account;
}
