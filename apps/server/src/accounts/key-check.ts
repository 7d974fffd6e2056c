import type { Database } from '../db/database.js';
import { aad, type Vault } from './crypto.js';

const checkId = 'v1';
const knownPlaintext = 'patchbay master key check';

export class MasterKeyMismatchError extends Error {
  override readonly name = 'MasterKeyMismatchError';
}

/**
 * Proves this replica's master key opens what the others sealed, before it serves anything: the first start seals a
 * known plaintext; every later start (any replica) must open it. A replica with another key would otherwise answer
 * "decrypt failed" for every connected account, and seal new secrets no other replica can read.
 */
export async function checkMasterKey(db: Database, vault: Vault): Promise<void> {
  await db.query('INSERT INTO master_key_check (id, sealed) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
    checkId,
    vault.seal(Buffer.from(knownPlaintext, 'utf8'), aad.keyCheck(checkId)),
  ]);
  const [row] = await db.query<{ sealed: Uint8Array }>('SELECT sealed FROM master_key_check WHERE id = $1', [checkId]);
  let opened: string | undefined;
  try {
    opened = row === undefined ? undefined : vault.open(row.sealed, aad.keyCheck(checkId)).toString('utf8');
  } catch {
    opened = undefined;
  }
  if (opened !== knownPlaintext) {
    throw new MasterKeyMismatchError(
      "This server's master key cannot open the secrets already in the database: every replica must use the same " +
        `key (key id here: ${vault.current.id}). Set PATCHBAY_MASTER_KEY to the key the other replicas use ` +
        '(during a rotation, the old one in PATCHBAY_MASTER_KEY_PREVIOUS).',
    );
  }
}
