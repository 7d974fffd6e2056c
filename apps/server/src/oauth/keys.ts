import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'oidc-provider';
import type { Vault } from '../accounts/crypto.js';
import type { Queryable } from '../db/database.js';

/** What every replica's authorization server must share: the ID token signing key and the cookie signing secret. */
export interface ServerKeys {
  signing: JWK;
  cookieSecret: string;
}

const keyId = 'authorization-server';
const aad = `oauth_keys:${keyId}`;

function parseKeys(text: string): ServerKeys {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || !('signing' in parsed) || !('cookieSecret' in parsed)) {
    throw new Error('the stored authorization server keys are malformed');
  }
  const { signing, cookieSecret } = parsed;
  if (typeof signing !== 'object' || signing === null || typeof cookieSecret !== 'string') {
    throw new Error('the stored authorization server keys are malformed');
  }
  const jwk: JWK = { ...signing };
  return { signing: jwk, cookieSecret };
}

/** The keys in the database, made by whichever replica asks first (the others read the winner's). */
export async function loadServerKeys(db: Queryable, vault: Vault): Promise<ServerKeys> {
  // RS256: the ID token algorithm every client supports (and OpenID's default).
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const fresh: ServerKeys = {
    signing: { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: 'RS256' },
    cookieSecret: randomBytes(32).toString('base64url'),
  };
  await db.query('INSERT INTO oauth_keys (id, sealed) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
    keyId,
    vault.seal(Buffer.from(JSON.stringify(fresh), 'utf8'), aad),
  ]);
  const [row] = await db.query<{ sealed: Uint8Array }>('SELECT sealed FROM oauth_keys WHERE id = $1', [keyId]);
  if (row === undefined) throw new Error('the authorization server keys could not be stored');
  return parseKeys(vault.open(row.sealed, aad).toString('utf8'));
}
