import { join } from 'node:path';
import { masterKeyEnv } from '../accounts/master-key.js';
import { rotateMasterKey } from '../accounts/rotate.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { openPostgres } from '../db/postgres.js';
import { ConfigError, loadConfig } from './config.js';

export const rotateCommandName = 'rotate-master-key';

export const rotateHelp = `  ${rotateCommandName} [--data-dir DIR]
      Re-encrypts every stored secret (auth config credentials, account tokens and keys) under a new master key, in
      one transaction, then replaces <data-dir>/master.key (the old key is kept only until the commit). Stop the
      server first. With ${masterKeyEnv} set, the new key is left in <data-dir>/master.key.next: put its content
      into ${masterKeyEnv} (every replica), restart, then delete the file.
`;

/** `patchbay-server rotate-master-key`: answers the exit code; prints key ids, never keys. */
export async function runRotateCommand(
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
    const report = await rotateMasterKey(db, config.dataDir, env);
    const counts = Object.entries(report.counts)
      .map(([table, n]) => `${table}: ${n}`)
      .join(', ');
    out(
      `Master key rotated: ${report.oldKeyIds.join(', ') || '(none)'} → ${report.newKeyId} (re-encrypted ${counts}).\n`,
    );
    if (report.source === 'env') {
      out(
        `Set ${masterKeyEnv} to the content of ${report.keyFile} on every replica, restart them, then delete the file.\n`,
      );
    } else {
      out(`The new key is in ${report.keyFile}.\n`);
    }
    return 0;
  } catch (error) {
    out(`Key rotation failed; nothing was changed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db?.close();
  }
}
