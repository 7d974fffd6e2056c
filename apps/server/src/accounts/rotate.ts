import { rename } from 'node:fs/promises';
import type { Database, Queryable } from '../db/database.js';
import { aad, type Vault } from './crypto.js';
import { createKeyFile, keyFiles, loadMasterKeys } from './master-key.js';

/**
 * Re-seals every secret under a new master key, in one transaction: either all of them move or none does.
 *
 * The new key is written first, to `master.key.next` (mode 0600), so whatever the transaction commits can always be
 * opened — even if the process dies right after the commit (the next start loads `.next` too, and running the
 * command again finishes the job with the same key). After the commit, `.next` replaces `master.key`; the old key
 * is gone. With PATCHBAY_MASTER_KEY the operator moves the new key into the environment themselves.
 */

const sealedColumns = [
  { table: 'auth_configs', column: 'credentials_encrypted', aad: aad.authConfig },
  { table: 'connected_accounts', column: 'secrets_encrypted', aad: aad.connectedAccount },
  { table: 'oauth_states', column: 'verifier_encrypted', aad: aad.oauthState },
  { table: 'master_key_check', column: 'sealed', aad: aad.keyCheck },
] as const;

export interface RotationReport {
  oldKeyIds: string[];
  newKeyId: string;
  /** Values re-sealed, per table. */
  counts: Record<string, number>;
  /** Where the new key is; for PATCHBAY_MASTER_KEY setups, the file to move into the environment. */
  keyFile: string;
  source: 'env' | 'file';
}

async function reseal(tx: Queryable, vault: Vault): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column, aad: bind } of sealedColumns) {
    // FOR UPDATE: a server writing meanwhile waits, rather than writing under the old key between read and update.
    const rows = await tx.query<{ id: string; sealed: Uint8Array }>(
      `SELECT id, ${column} AS sealed FROM ${table} WHERE ${column} IS NOT NULL FOR UPDATE`,
    );
    for (const row of rows) {
      const plain = vault.open(row.sealed, bind(row.id));
      await tx.query(`UPDATE ${table} SET ${column} = $1 WHERE id = $2`, [vault.seal(plain, bind(row.id)), row.id]);
      plain.fill(0);
    }
    counts[table] = rows.length;
  }
  return counts;
}

export async function rotateMasterKey(
  db: Database,
  dataDir: string,
  env: Record<string, string | undefined>,
): Promise<RotationReport> {
  const loaded = await loadMasterKeys(dataDir, env);
  const files = keyFiles(dataDir);
  // An interrupted rotation left its key in .next: finish with that one (some values may already be under it).
  const next = await createKeyFile(files.next);
  const counts = await db.transaction((tx) => reseal(tx, loaded.vault.withCurrent(next)));
  if (loaded.source.kind === 'file') await rename(files.next, files.current);
  return {
    oldKeyIds: loaded.vault.keyIds().filter((id) => id !== next.id),
    newKeyId: next.id,
    counts,
    keyFile: loaded.source.kind === 'file' ? files.current : files.next,
    source: loaded.source.kind,
  };
}
