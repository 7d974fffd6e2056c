// Resident memory and CPU time of a process and of the descendants that belong to it (its database engine, if it runs
// one), from /proc, so a database moved into a child process or a worker is still counted. CPU time per call holds up
// on a machine shared with other work, where rates and latencies do not. Linux only; elsewhere they answer undefined
// and the bench prints "n/a".
import { readFile } from 'node:fs/promises';

async function rssKiB(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) : 0;
}

async function childrenOf(pid) {
  const tasks = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return tasks.split(/\s+/).filter(Boolean).map(Number);
}

async function commandOf(pid) {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replaceAll('\0', ' ');
}

async function cpuMs(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the command (which may hold spaces): state is 3rd, utime 14th, stime 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) || 0) + (Number(fields[12]) || 0)) * 10;
}

async function tree(pid, exclude, measure) {
  if (process.platform !== 'linux') return undefined;
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next !== pid && exclude.test(await commandOf(next))) continue;
    total += await measure(next);
    queue.push(...(await childrenOf(next)));
  }
  return total;
}

/** CPU milliseconds used so far by `pid` and its own descendants (as treeRssMb counts them); 10 ms resolution. */
export const treeCpuMs = (pid, exclude = /server-everything/) => tree(pid, exclude, cpuMs);

/**
 * MB resident in `pid` and every descendant whose command line `exclude` does not match (upstream MCP servers that
 * Patchbay spawns are not Patchbay's own memory).
 */
export async function treeRssMb(pid, exclude = /server-everything/) {
  const kib = await tree(pid, exclude, rssKiB);
  return kib === undefined ? undefined : kib / 1024;
}

/**
 * RSS once `pid` has stopped giving memory back: the server returns start-up memory to the OS 10–20 s after it
 * starts, not at once. Polls until no new low has been seen for `quietMs` (at most `maxMs`), so
 * "idle" means idle rather than just finished, beside the figure taken at once.
 */
export async function settledRssMb(pid, { quietMs = 12_000, maxMs = 60_000, everyMs = 500 } = {}) {
  const started = performance.now();
  let low = await treeRssMb(pid);
  if (low === undefined) return undefined;
  let lowAt = started;
  while (performance.now() - lowAt < quietMs && performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    const now = await treeRssMb(pid);
    if (now !== undefined && now < low - 0.5) {
      low = now;
      lowAt = performance.now();
    }
  }
  return { mb: low, afterMs: lowAt - started };
}
