import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Vault } from '../accounts/crypto.js';
import type { AppEnv } from '../http/env.js';

/**
 * The browser's own state of a sign-in through the identity provider: sealed with the master key (so every replica
 * can read it and nobody can forge or read it), bound to one interaction, gone after 10 minutes.
 */
export interface IdpState {
  uid: string;
  state?: string | undefined;
  nonce?: string | undefined;
  verifier?: string | undefined;
  /** Set once the identity provider said who the user is. */
  userId?: string | undefined;
  expires: number;
}

const name = 'patchbay_idp';
const aad = 'oauth idp sign-in';

export function writeIdpState(c: Context<AppEnv>, vault: Vault, state: Omit<IdpState, 'expires'>): void {
  const value = vault.seal(Buffer.from(JSON.stringify({ ...state, expires: Date.now() + 600_000 })), aad);
  setCookie(c, name, value.toString('base64url'), {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/oauth',
    maxAge: 600,
    secure: new URL(c.req.url).protocol === 'https:',
  });
}

/** The browser's state of its sign-in through the identity provider, if it has a live one. */
export function readIdpState(c: Context<AppEnv>, vault: Vault): IdpState | undefined {
  const raw = getCookie(c, name);
  if (raw === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(vault.open(Buffer.from(raw, 'base64url'), aad).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const text = (key: string) => {
      const value: unknown = Reflect.get(parsed, key);
      return typeof value === 'string' ? value : undefined;
    };
    const expires: unknown = Reflect.get(parsed, 'expires');
    const uid = text('uid');
    if (uid === undefined || typeof expires !== 'number' || expires < Date.now()) return undefined;
    return {
      uid,
      state: text('state'),
      nonce: text('nonce'),
      verifier: text('verifier'),
      userId: text('userId'),
      expires,
    };
  } catch {
    return undefined;
  }
}

export function clearIdpState(c: Context<AppEnv>): void {
  deleteCookie(c, name, { path: '/oauth' });
}
