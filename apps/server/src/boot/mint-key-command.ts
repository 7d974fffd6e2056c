import { localServerFiles } from '@patchbay/core';
import { insertApiKey } from '../store/api-keys.js';
import { insertProject, operatorProject } from '../store/projects.js';
import { writeKeyFile } from './bootstrap.js';
import { runOfflineCommand } from './offline-command.js';

export const mintCommandName = 'mint-admin-key';

export const mintHelp = `  ${mintCommandName} [--data-dir DIR]
      Makes a new admin key for the operator's project (the one made at first start; made now if there is none),
      prints it once and writes it to <data-dir>/api-key. For a lost key file; the old keys keep working until
      revoked. Works while the server runs.
`;

/** `patchbay-server mint-admin-key`: answers the exit code; the key is printed once, nowhere else but the key file. */
export function runMintCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
): Promise<number> {
  return runOfflineCommand(argv, env, out, 'No key was made', async (db, config) => {
    const keyFile = localServerFiles({ PATCHBAY_DATA_DIR: config.dataDir }, '').apiKeyFile;
    const created = await db.transaction(async (tx) => {
      const project = (await operatorProject(tx)) ?? (await insertProject(tx, 'default', true));
      const minted = await insertApiKey(tx, { projectId: project.id, name: 'admin (minted)', isAdmin: true });
      await writeKeyFile(keyFile, minted.key);
      return minted;
    });
    out(`New admin API key (shown once): ${created.key}\nWritten to ${keyFile} (mode 0600).\n`);
  });
}
