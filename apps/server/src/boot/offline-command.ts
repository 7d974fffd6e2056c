import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPgliteThread } from '../db/pglite-thread.js';
import { ConfigError, loadConfig, type ServerConfig } from './config.js';

/**
 * The frame of an operator command (`mint-admin-key`, `rotate-master-key`): the server's own configuration, its
 * migrated database, and an exit code — 2 for bad configuration, 1 when `run` fails (its message after `failed`).
 */
export async function runOfflineCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
  failed: string,
  run: (db: Database, config: ServerConfig) => Promise<void>,
): Promise<number> {
  let config: ServerConfig;
  try {
    config = loadConfig(argv, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    out(`${error.message}\n`);
    return 2;
  }
  let db: Database | undefined;
  try {
    const url = config.databaseUrl;
    // The driver is loaded only for PostgreSQL: main.ts imports this module on every start.
    const opened =
      url === undefined
        ? await openPgliteThread(join(config.dataDir, 'db'))
        : await import('../db/postgres.js').then(({ openPostgres }) => openPostgres({ url }));
    db = opened;
    await migrate(opened);
    await run(opened, config);
    return 0;
  } catch (error) {
    out(`${failed}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db?.close();
  }
}
