import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { access, mkdir, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PatchbayError } from '../errors.js';
import { configError } from './errors.js';

/** What was on disk when we read a config file; `target` is the real file behind a symlink (dotfile managers). */
export interface FileSnapshot {
  target: string;
  text: string | undefined;
  stat: Stats | undefined;
}

export const codeOf = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? code : undefined;
};

export async function readSnapshot(file: string): Promise<FileSnapshot> {
  const target = await realpath(file).catch(() => file);
  try {
    const [text, info] = await Promise.all([readFile(target, 'utf8'), stat(target)]);
    return { target, text, stat: info };
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { target, text: undefined, stat: undefined };
    throw configError(
      'config_unreadable',
      `${file} cannot be read (${codeOf(error) ?? String(error)}).`,
      'Check that it is a file you can read, then run again.',
      error,
    );
  }
}

const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

/**
 * Refuses a file without write permission before touching anything. The mode bits are checked explicitly because
 * access() says yes to root for any file, and replacing a file by rename would silently defeat a read-only mode.
 */
export async function assertWritable(file: string, snapshot: FileSnapshot): Promise<void> {
  const readOnly = (fix: string, detail: string) =>
    configError(
      'config_read_only',
      `${file} is read-only (${detail}).`,
      `${fix}, then run again; it was left untouched.`,
    );
  if (snapshot.stat !== undefined) {
    if ((snapshot.stat.mode & 0o222) === 0) {
      throw readOnly(`Make it writable (chmod u+w "${file}")`, `mode ${octal(snapshot.stat.mode)}`);
    }
    await access(snapshot.target, constants.W_OK).catch((error: unknown) => {
      throw readOnly('Fix its permissions or owner', codeOf(error) ?? 'no write access');
    });
  }
}

export interface ReplaceOptions {
  /** The text we based the change on; the rename is skipped (`conflict`) when the file no longer holds it. */
  expected: string | undefined;
  /** Mode for a file that does not exist yet (an existing file keeps its own). */
  newFileMode: number;
  /** Where to keep the previous content; none when the file is new. */
  backupPath: string;
}

export type ReplaceResult = { status: 'written'; backupPath: string | undefined } | { status: 'conflict' };

async function writeTemp(dir: string, base: string, text: string, mode: number, owner?: Stats): Promise<string> {
  const temp = path.join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    // open()'s mode is filtered by the umask; the file must end up with exactly the old (or the private) mode.
    await handle.chmod(mode);
    if (owner !== undefined && process.getuid?.() === 0) await handle.chown(owner.uid, owner.gid).catch(() => {});
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await handle.close();
  return temp;
}

/** Windows refuses to replace a file another process holds open for a moment (editors, antivirus): retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = codeOf(error);
      if (process.platform !== 'win32' || attempt >= 10 || !['EPERM', 'EBUSY', 'EACCES'].includes(code ?? '')) {
        throw error;
      }
      await sleep(20 * (attempt + 1));
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => {});
  await handle?.close();
}

/**
 * Atomically replaces `snapshot.target` with `text`: a temp file in the same folder (same file system, so the
 * rename is atomic), fsync, a backup of the old content, then rename. Readers see the old or the new file, never a
 * torn one. Folders are created as needed.
 */
export async function replaceFile(
  snapshot: FileSnapshot,
  text: string,
  options: ReplaceOptions,
): Promise<ReplaceResult> {
  const dir = path.dirname(snapshot.target);
  const base = path.basename(snapshot.target);
  await mkdir(dir, { recursive: true });
  const mode = snapshot.stat === undefined ? options.newFileMode : snapshot.stat.mode & 0o7777;
  const temp = await writeTemp(dir, base, text, mode, snapshot.stat);
  try {
    // Another program (the client itself, or a writer that ignores our lock) may have changed the file meanwhile.
    const now = await readFile(snapshot.target, 'utf8').catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return undefined;
      throw error;
    });
    if (now !== options.expected) {
      await unlink(temp).catch(() => {});
      return { status: 'conflict' };
    }
    let backupPath: string | undefined;
    if (options.expected !== undefined) {
      const backupTemp = await writeTemp(dir, `${base}.bak`, options.expected, mode, snapshot.stat);
      await renameWithRetry(backupTemp, options.backupPath);
      backupPath = options.backupPath;
    }
    await renameWithRetry(temp, snapshot.target);
    await syncDir(dir);
    return { status: 'written', backupPath };
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/**
 * Turns a file-system failure while locking or writing (a folder that is a file, no permission, a read-only disk)
 * into an error naming the file and what to check; errors that are already ours pass through.
 */
export function writeFailure(file: string, error: unknown): unknown {
  const code = codeOf(error);
  if (code === undefined || error instanceof PatchbayError) return error;
  const detail = error instanceof Error ? error.message : code;
  return configError(
    'config_write_failed',
    `${file} could not be written (${detail}).`,
    `Check that ${path.dirname(file)} is a folder you can write to, then run again; the file was left untouched.`,
    error,
  );
}
