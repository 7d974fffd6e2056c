import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { ConfigError, loadConfig, type ServerConfig } from './config.js';
import { openEmbeddedDatabase, openPostgresDatabase } from './open-database.js';

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
    db =
      config.databaseUrl === undefined
        ? await openEmbeddedDatabase(join(config.dataDir, 'db'))
        : await openPostgresDatabase({ url: config.databaseUrl });
    await migrate(db);
    await run(db, config);
    return 0;
  } catch (error) {
    out(`${failed}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db?.close();
  }
}
