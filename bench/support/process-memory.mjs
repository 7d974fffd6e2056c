// Resident memory of a process and of the descendants that belong to it (its database engine, if it runs one), from
// /proc, so a database moved into a child process or a worker is still counted. Linux only; elsewhere it answers
// undefined and the bench prints "n/a".
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

/**
 * MB resident in `pid` and every descendant whose command line `exclude` does not match (upstream MCP servers that
 * Patchbay spawns are not Patchbay's own memory).
 */
export async function treeRssMb(pid, exclude = /server-everything/) {
  if (process.platform !== 'linux') return undefined;
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next !== pid && exclude.test(await commandOf(next))) continue;
    total += await rssKiB(next);
    queue.push(...(await childrenOf(next)));
  }
  return total / 1024;
}
