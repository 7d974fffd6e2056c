import type { Database } from '../db/database.js';
import { openPgliteThread } from '../db/pglite-thread.js';
import { privateDir } from './data-dir.js';

/** The embedded database in `dir`, made private to this user first. */
export async function openEmbeddedDatabase(dir: string): Promise<Database> {
  await privateDir(dir);
  return openPgliteThread(dir);
}
