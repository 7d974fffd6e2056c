import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Database } from '../db/database.js';
import { type ApiKeyRow, insertApiKey } from '../store/api-keys.js';
import { countProjects, insertProject } from '../store/projects.js';

// Same idea as the migration lock: two replicas starting on an empty database create one default project.
const bootstrapLock = 7_243_120_032;

/** On an empty database: the default project and its admin key (answered once, never stored in clear). */
export async function ensureDefaultProject(db: Database): Promise<{ row: ApiKeyRow; key: string } | undefined> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [bootstrapLock]);
    if ((await countProjects(tx)) > 0) return undefined;
    const project = await insertProject(tx, 'default', true);
    return insertApiKey(tx, { projectId: project.id, name: 'admin', isAdmin: true });
  });
}

/** Owner-only: the key file is a credential. chmod covers a file that already existed with looser bits. */
export async function writeKeyFile(path: string, key: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${key}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
}

/** Lets the TUI, SDK and VS Code extension find this server (core's discoverLocalServer reads it). */
export async function writeServerFile(path: string, url: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify({ url })}\n`);
}
