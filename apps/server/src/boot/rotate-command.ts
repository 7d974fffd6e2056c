import { masterKeyEnv } from '../accounts/master-key.js';
import { rotateMasterKey } from '../accounts/rotate.js';
import { runOfflineCommand } from './offline-command.js';

export const rotateCommandName = 'rotate-master-key';

export const rotateHelp = `  ${rotateCommandName} [--data-dir DIR]
      Re-encrypts every stored secret (auth config credentials, account tokens and keys) under a new master key, in
      one transaction, then replaces <data-dir>/master.key (the old key is kept only until the commit). Stop the
      server first. With ${masterKeyEnv} set, the new key is left in <data-dir>/master.key.next: put its content
      into ${masterKeyEnv} (every replica), restart, then delete the file.
`;

/** `patchbay-server rotate-master-key`: answers the exit code; prints key ids, never keys. */
export function runRotateCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
): Promise<number> {
  return runOfflineCommand(argv, env, out, 'Key rotation failed; nothing was changed', async (db, config) => {
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
  });
}
