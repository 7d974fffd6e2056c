import { chmod, mkdir } from 'node:fs/promises';

/**
 * The data dir holds the admin key, master.key and (by default) the database: only the server's user may enter it.
 * An existing dir with looser bits is tightened, so an upgrade fixes an old install too.
 */
export async function privateDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  await chmod(path, 0o700);
}

/**
 * Files the process creates are the owner's alone (0600, directories 0700): PGlite and the key files are written
 * with the process's umask. Set by the command, not the library, since the umask is process-wide.
 */
export const privateUmask = 0o077;
