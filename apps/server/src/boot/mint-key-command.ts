import { join } from 'node:path';
import { localServerFiles } from '@patchbay/core';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';
import { insertApiKey } from '../store/api-keys.js';
import { insertProject, operatorProject } from '../store/projects.js';
import { writeKeyFile } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';

export const mintCommandName = 'mint-admin-key';

export const mintHelp = `  ${mintCommandName} [--data-dir DIR]
      Makes a new admin key for the operator's project (the one made at first start; made now if there is none),
      prints it once and writes it to <data-dir>/api-key. For a lost key file; the old keys keep working until
      revoked. Works while the server runs.
`;

/** `patchbay-server mint-admin-key`: answers the exit code; the key is printed once, nowhere else but the key file. */
export async function runMintCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
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
        ? await openPglite(join(config.dataDir, 'db'))
        : await openPostgres({ url: config.databaseUrl });
    await migrate(db);
    const keyFile = localServerFiles({ PATCHBAY_DATA_DIR: config.dataDir }, '').apiKeyFile;
    const created = await db.transaction(async (tx) => {
      const project = (await operatorProject(tx)) ?? (await insertProject(tx, 'default', true));
      const minted = await insertApiKey(tx, { projectId: project.id, name: 'admin (minted)', isAdmin: true });
      await writeKeyFile(keyFile, minted.key);
      return minted;
    });
    out(`New admin API key (shown once): ${created.key}\nWritten to ${keyFile} (mode 0600).\n`);
    return 0;
  } catch (error) {
    out(`No key was made: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db?.close();
  }
}
