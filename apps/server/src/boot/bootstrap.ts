import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Database } from '../db/database.js';
import { type ApiKeyRow, insertApiKey } from '../store/api-keys.js';
import { countProjects, insertProject } from '../store/projects.js';

// Same idea as the migration lock: two replicas starting on an empty database create one default project.
const bootstrapLock = 7_243_120_032;

/**
 * On an empty database: the default (operator's) project and its admin key (answered once, never stored in clear).
 * The key file is written before the commit, so a crash leaves either both or neither: a file whose key never
 * committed is replaced on the next start, which finds no project and makes them again.
 */
export async function ensureDefaultProject(
  db: Database,
  keyFile: string,
): Promise<{ row: ApiKeyRow; key: string } | undefined> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [bootstrapLock]);
    if ((await countProjects(tx)) > 0) return undefined;
    const project = await insertProject(tx, 'default', true);
    const created = await insertApiKey(tx, { projectId: project.id, name: 'admin', isAdmin: true });
    await writeKeyFile(keyFile, created.key);
    return created;
  });
}

/**
 * Owner-only: the key file is a credential. Written beside and renamed into place, so a reader (or a crash) never
 * sees half a key; chmod covers a file that already existed with looser bits.
 */
export async function writeKeyFile(path: string, key: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const next = `${path}.${process.pid}.tmp`;
  await writeFile(next, `${key}\n`, { mode: 0o600 });
  await chmod(next, 0o600);
  await rename(next, path);
}

/** Lets the TUI, SDK and VS Code extension find this server (core's discoverLocalServer reads it). */
export async function writeServerFile(path: string, url: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify({ url })}\n`);
}
