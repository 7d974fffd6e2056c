import type { Database } from '../db/database.js';
import { openPgliteThread } from '../db/pglite-thread.js';
import type { PostgresOptions } from '../db/postgres.js';
import { privateDir } from './data-dir.js';

/** The embedded database in `dir`, made private to this user first. */
export async function openEmbeddedDatabase(dir: string): Promise<Database> {
  await privateDir(dir);
  return openPgliteThread(dir);
}

/** PostgreSQL, with its driver loaded only now: the embedded default starts without it. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const { openPostgres } = await import('../db/postgres.js');
  return openPostgres(options);
}
