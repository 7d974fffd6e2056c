import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { configError } from './errors.js';

export interface LockOptions {
  /** How long to wait for another writer before giving up. */
  timeoutMs?: number | undefined;
  /** A lock older than this is left over from a crash. */
  staleMs?: number | undefined;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return typeof error === 'object' && error !== null && Reflect.get(error, 'code') === 'EPERM';
  }
}

async function isStale(lockPath: string, staleMs: number): Promise<string | undefined> {
  const [content, info] = await Promise.all([
    readFile(lockPath, 'utf8').catch(() => undefined),
    stat(lockPath).catch(() => undefined),
  ]);
  if (content === undefined || info === undefined) return undefined;
  const [pidText, host] = content.split('\n');
  const pid = Number(pidText);
  const dead = host === hostname() && Number.isInteger(pid) && pid > 0 && !pidAlive(pid);
  return dead || Date.now() - info.mtimeMs > staleMs ? content : undefined;
}

/**
 * Runs `fn` while holding `<file>.lock`, created with O_EXCL so exactly one writer at a time gets it. Waiters retry
 * with a growing, jittered delay up to `timeoutMs`. A lock whose owner died (same host) or that is older than
 * `staleMs` is broken: it is first renamed away, so two waiters cannot both delete a fresh lock.
 */
export async function withFileLock<T>(file: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = `${file}.lock`;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const staleMs = options.staleMs ?? 30_000;
  await mkdir(path.dirname(lockPath), { recursive: true });
  let delay = 5;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      await handle.close();
      break;
    } catch (error) {
      if (typeof error !== 'object' || error === null || Reflect.get(error, 'code') !== 'EEXIST') throw error;
    }
    const stale = await isStale(lockPath, staleMs);
    if (stale !== undefined) {
      const aside = `${lockPath}.${process.pid}.stale`;
      if (
        await rename(lockPath, aside).then(
          () => true,
          () => false,
        )
      ) {
        const moved = await readFile(aside, 'utf8').catch(() => undefined);
        // A fresh lock slipped in between the check and the rename: put it back.
        if (moved !== stale) await rename(aside, lockPath).catch(() => {});
        else await unlink(aside).catch(() => {});
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw configError(
        'config_locked',
        `${file} is being written by another process (lock file ${lockPath}).`,
        `Wait for the other patchbay setup to finish; if none is running, delete ${lockPath} and run again.`,
      );
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 100);
  }
  try {
    return await fn();
  } finally {
    await unlink(lockPath).catch(() => {});
  }
}
