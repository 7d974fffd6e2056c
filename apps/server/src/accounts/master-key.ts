import { constants } from 'node:fs';
import { chmod, mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type MasterKey, masterKeyBytes, masterKeyFrom, newMasterKey, Vault } from './crypto.js';

/**
 * Where the master key comes from: `PATCHBAY_MASTER_KEY` (base64 of 32 bytes; for replicas that share a PostgreSQL,
 * which must share the key) or `<dataDir>/master.key`, created on first start with mode 0600. A `master.key.next`
 * left by an interrupted rotation is loaded too, so whatever that rotation committed stays readable.
 */

export const masterKeyEnv = 'PATCHBAY_MASTER_KEY';
/** Older keys, comma-separated, still accepted for reading (e.g. while replicas move to a rotated env key). */
export const previousKeysEnv = 'PATCHBAY_MASTER_KEY_PREVIOUS';

export interface KeyFiles {
  current: string;
  next: string;
}

export const keyFiles = (dataDir: string): KeyFiles => ({
  current: join(dataDir, 'master.key'),
  next: join(dataDir, 'master.key.next'),
});

export type KeySource = { kind: 'env' } | { kind: 'file'; files: KeyFiles };

export interface LoadedKeys {
  vault: Vault;
  source: KeySource;
  /** Things the operator should hear about (never a key). */
  warnings: string[];
}

export function parseMasterKey(text: string, where: string): MasterKey {
  const trimmed = text.trim();
  const bytes = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || bytes.length !== masterKeyBytes) {
    throw new Error(`${where} must be the base64 of ${masterKeyBytes} random bytes (e.g. \`openssl rand -base64 32\`)`);
  }
  return masterKeyFrom(bytes);
}

export const encodeMasterKey = (key: MasterKey): string => key.key.toString('base64');

async function readKeyFile(file: string): Promise<MasterKey | undefined> {
  try {
    return parseMasterKey(await readFile(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates `file` with a fresh key, exclusively (a concurrent first start reads the winner's key instead). */
export async function createKeyFile(file: string, key: MasterKey = newMasterKey()): Promise<MasterKey> {
  try {
    const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(`${encodeMasterKey(key)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    return key;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      const existing = await readKeyFile(file);
      if (existing) return existing;
    }
    throw error;
  }
}

function envKeys(env: Record<string, string | undefined>): MasterKey[] {
  return (env[previousKeysEnv] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part, i) => parseMasterKey(part, `${previousKeysEnv} (entry ${i + 1})`));
}

export async function loadMasterKeys(dataDir: string, env: Record<string, string | undefined>): Promise<LoadedKeys> {
  const previous = envKeys(env);
  const fromEnv = env[masterKeyEnv];
  if (fromEnv !== undefined && fromEnv !== '') {
    return { vault: new Vault(parseMasterKey(fromEnv, masterKeyEnv), previous), source: { kind: 'env' }, warnings: [] };
  }
  const files = keyFiles(dataDir);
  await mkdir(dataDir, { recursive: true });
  const warnings: string[] = [];
  const current = (await readKeyFile(files.current)) ?? (await createKeyFile(files.current));
  const mode = (await stat(files.current)).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    await chmod(files.current, 0o600);
    warnings.push(`${files.current} was readable by others (mode ${mode.toString(8)}); it is now 0600`);
  }
  const next = await readKeyFile(files.next);
  if (next) warnings.push(`${files.next} exists: a key rotation was interrupted; run rotate-master-key again`);
  return {
    vault: new Vault(current, next ? [next, ...previous] : previous),
    source: { kind: 'file', files },
    warnings,
  };
}
