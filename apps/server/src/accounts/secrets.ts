import type { AuthConfigRow } from '../store/auth-configs.js';
import type { ConnectedAccountRow } from '../store/connected-accounts.js';
import { aad, type Vault } from './crypto.js';

/** Sealing and opening the two secret columns, and the shapes they hold. Nothing here logs. */

export type StringMap = Record<string, string>;

/** Values given as numbers or booleans become text; anything else (objects, arrays, null) is refused by name. */
export function toStringMap(
  value: Record<string, unknown>,
): { ok: true; map: StringMap } | { ok: false; field: string } {
  const map: StringMap = {};
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw === 'string') map[key] = raw;
    else if (typeof raw === 'number' || typeof raw === 'boolean') map[key] = String(raw);
    else return { ok: false, field: key };
  }
  return { ok: true, map };
}

function narrowStringMap(value: unknown): StringMap {
  const out: StringMap = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [key, raw] of Object.entries(value)) if (typeof raw === 'string') out[key] = raw;
  return out;
}

export function sealConfigCredentials(vault: Vault, configId: string, credentials: StringMap): Buffer {
  return vault.sealJson(credentials, aad.authConfig(configId));
}

export function openConfigCredentials(
  vault: Vault,
  row: Pick<AuthConfigRow, 'id' | 'credentials_encrypted'>,
): StringMap {
  if (row.credentials_encrypted === null) return {};
  return narrowStringMap(vault.openJson(row.credentials_encrypted, aad.authConfig(row.id)));
}

export function sealAccountSecrets(vault: Vault, accountId: string, secrets: StringMap): Buffer {
  return vault.sealJson(secrets, aad.connectedAccount(accountId));
}

export function openAccountSecrets(
  vault: Vault,
  row: Pick<ConnectedAccountRow, 'id' | 'secrets_encrypted'>,
): StringMap {
  if (row.secrets_encrypted === null) return {};
  return narrowStringMap(vault.openJson(row.secrets_encrypted, aad.connectedAccount(row.id)));
}

/**
 * Credential fields that are settings, not secrets: shown in clear. Every other field is masked — a field nobody
 * anticipated is treated as a secret, not the other way round.
 */
const publicFields = new Set([
  'client_id',
  'authorization_url',
  'token_url',
  'scopes',
  'scope',
  'base_url',
  'subdomain',
  'audience',
  'token_endpoint_auth_method',
]);

/** `••••` and the last four characters (short values show nothing of themselves). */
export function maskValue(value: string): string {
  return value.length >= 12 ? `••••${value.slice(-4)}` : '••••';
}

export function maskCredentials(credentials: StringMap): StringMap {
  const out: StringMap = {};
  for (const [key, value] of Object.entries(credentials)) {
    out[key] = publicFields.has(key.toLowerCase()) ? value : maskValue(value);
  }
  return out;
}

/**
 * `connection.state` as the API takes it: the fields themselves (`{"api_key": "…"}`), or the hosted SDK's form
 * `{"authScheme": "API_KEY", "val": {…}}`. Only string-ish values are kept.
 */
export function stateFields(
  state: Record<string, unknown> | undefined,
): { ok: true; map: StringMap } | { ok: false; field: string } {
  if (state === undefined) return { ok: true, map: {} };
  const val = state.val;
  if (typeof val === 'object' && val !== null && !Array.isArray(val)) {
    const inner: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(val)) if (key !== 'status') inner[key] = raw;
    return toStringMap(inner);
  }
  const own: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(state)) if (key !== 'authScheme' && key !== 'auth_scheme') own[key] = raw;
  return toStringMap(own);
}

/** OAuth 2 tokens as stored in an account's envelope (times in epoch milliseconds, as text like every value). */
export interface OAuthTokens {
  access_token: string;
  refresh_token?: string | undefined;
  token_type?: string | undefined;
  scope?: string | undefined;
  /** When Patchbay obtained the access token; with the expiry it sizes the refresh margin. */
  obtained_at: number;
}

export function tokensToMap(tokens: OAuthTokens): StringMap {
  const map: StringMap = { access_token: tokens.access_token, obtained_at: String(tokens.obtained_at) };
  if (tokens.refresh_token !== undefined) map.refresh_token = tokens.refresh_token;
  if (tokens.token_type !== undefined) map.token_type = tokens.token_type;
  if (tokens.scope !== undefined) map.scope = tokens.scope;
  return map;
}

export function tokensFromMap(map: StringMap): OAuthTokens | undefined {
  const access = map.access_token;
  if (access === undefined || access === '') return undefined;
  const obtained = Number(map.obtained_at);
  return {
    access_token: access,
    refresh_token: map.refresh_token,
    token_type: map.token_type,
    scope: map.scope,
    obtained_at: Number.isFinite(obtained) ? obtained : 0,
  };
}
