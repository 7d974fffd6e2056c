import { apiError } from '../http/errors.js';
import type { AuthConfigRow } from '../store/auth-configs.js';
import { insertConnectLink } from '../store/connect-links.js';
import {
  type AccountWithConfig,
  type ConnectedAccountRow,
  getAccount,
  insertConnectedAccount,
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

/** A fresh one-time link to the connect page (`/connect/{id}?t=…`); only the token's digest is stored. */
export async function connectLink(
  deps: AccountsDeps,
  account: Pick<ConnectedAccountRow, 'id' | 'project_id'>,
): Promise<string> {
  const token = randomToken();
  await insertConnectLink(deps.db, {
    tokenHash: digest(token),
    projectId: account.project_id,
    connectedAccountId: account.id,
    ttlMs: linkTtlMs,
  });
  return `${deps.publicUrl}/connect/${encodeURIComponent(account.id)}?t=${token}`;
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

export async function createConnection(deps: AccountsDeps, input: NewConnection): Promise<Connection> {
  const { config } = input;
  if (config.status === 'DISABLED') {
    throw apiError(
      409,
      `Auth config ${config.id} is disabled.`,
      `Enable it (PATCH /api/v3/auth_configs/${config.id}/ENABLED) first.`,
    );
  }
  const toolkit = await toolkitMeta(deps, input.projectId, config.toolkit_slug);
  const callbackUrl = input.callbackUrl === undefined ? null : checkCallbackUrl(input.callbackUrl);
  const base = {
    projectId: input.projectId,
    authConfigId: config.id,
    userId: input.userId,
    callbackUrl,
    connectionData: input.data,
  };
  const scheme = config.auth_scheme;
  if (scheme === 'NO_AUTH')
    return { account: await insertConnectedAccount(deps.db, { ...base, status: 'ACTIVE' }), redirectUrl: null };

  if (scheme === 'OAUTH2') {
    // Checked now, so a misconfigured app fails here and not on the user's screen.
    const app = resolveOAuthApp(
      openConfigCredentials(deps.vault, config),
      config.scopes,
      schemeOf(toolkit, scheme),
      toolkit?.oauth,
    );
    if (!app.ok) {
      throw apiError(
        400,
        `Auth config ${config.id} cannot start OAuth: ${app.message}.`,
        'Update the auth config (PATCH /api/v3/auth_configs/{id}).',
      );
    }
    const account = await insertConnectedAccount(deps.db, { ...base, status: 'INITIATED' });
    return { account, redirectUrl: await connectLink(deps, account) };
  }

  if (!isUserKeyScheme(scheme)) {
    throw apiError(
      400,
      `The ${scheme} scheme is not supported by this server.`,
      'Use OAUTH2, API_KEY, BEARER_TOKEN, BASIC or NO_AUTH.',
    );
  }
  const parsed = stateFields(input.state);
  if (!parsed.ok) {
    throw apiError(400, `connection.state.${parsed.field} must be a string.`, 'Give each credential as a string.');
  }
  const shared = openConfigCredentials(deps.vault, config);
  // No credentials at all: the user gives them on the connect page (chat-based auth for key-style toolkits).
  if (Object.keys(parsed.map).length === 0 && keyFields(toolkit, scheme, {}, shared).ok === false) {
    const account = await insertConnectedAccount(deps.db, { ...base, status: 'INITIATED' });
    return { account, redirectUrl: await connectLink(deps, account) };
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
