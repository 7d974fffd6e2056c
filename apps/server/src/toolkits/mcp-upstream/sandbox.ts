import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/**
 * Where a stdio upstream runs. Every process gets a working directory of its own (removed when it ends); with
 * bubblewrap it also runs in its own PID namespace (it cannot see or signal Patchbay, and its whole process tree ends
 * with it) and the `hide`n folders — the data dir with the API key file, master.key and the embedded database — are
 * empty to it. The network stays shared: upstreams may need it.
 */
export interface UpstreamSandbox {
  /** The bubblewrap binary; undefined runs the command directly. */
  bwrap: string | undefined;
  hide: readonly string[];
}

export const noSandbox: UpstreamSandbox = { bwrap: undefined, hide: [] };

/** `setsid` (util-linux), which starts the command as the leader of a process group of its own; undefined elsewhere. */
const setsid = ['/usr/bin/setsid', '/bin/setsid'].find((path) => existsSync(path));

/**
 * Ends what is left of a process's group: an upstream started by `setsid` leads one, and a grandchild it forked
 * (`npx` runs the server as its child) would otherwise outlive it with ppid 1.
 */
export function endProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // No such group (never made, or already gone).
  }
}

/** `bwrap` on PATH, when it can actually make a PID namespace here (containers may forbid it). */
export function findBubblewrap(path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    const candidate = join(dir, 'bwrap');
    if (dir === '' || !existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['--bind', '/', '/', '--unshare-pid', '--die-with-parent', 'true'], {
      stdio: 'ignore',
      timeout: 5_000,
    });
    return probe.status === 0 ? candidate : undefined;
  }
  return undefined;
}

export interface SandboxedLaunch {
  command: string;
  args: string[];
  cwd: string;
  /** Removes the working directory; call once the process has ended. */
  cleanup(): Promise<void>;
}

/** The command line that runs `command args` in the sandbox, with a fresh working directory. */
export async function sandboxed(
  sandbox: UpstreamSandbox,
  command: string,
  args: readonly string[],
  cwd: string | undefined,
): Promise<SandboxedLaunch> {
  const own = await mkdtemp(join(tmpdir(), 'patchbay-upstream-'));
  const dir = cwd ?? own;
  const cleanup = () => rm(own, { recursive: true, force: true });
  if (sandbox.bwrap === undefined) {
    if (setsid === undefined) return { command, args: [...args], cwd: dir, cleanup };
    return { command: setsid, args: [command, ...args], cwd: dir, cleanup };
  }
  const hidden = sandbox.hide.map((path) => resolve(path)).filter((path) => existsSync(path));
  const wrap = ['--bind', '/', '/', '--dev', '/dev', '--proc', '/proc'];
  for (const path of hidden) wrap.push('--tmpfs', path);
  wrap.push('--unshare-pid', '--die-with-parent', '--chdir', dir, '--', command, ...args);
  return { command: sandbox.bwrap, args: wrap, cwd: dir, cleanup };
}
