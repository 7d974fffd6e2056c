import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/setup/lock.js';
import { applySetup } from '../../src/setup/setup.js';
import { serverUrl, tempHome } from './helpers.js';

describe('withFileLock', () => {
  it('gives up after the bounded wait with a message naming the lock file', async () => {
    const { home, environment } = await tempHome();
    const file = path.join(home, '.cursor', 'mcp.json');
    await mkdir(path.dirname(file));
    // Held by this (live) process, as if another setup were running.
    await writeFile(`${file}.lock`, `${process.pid}\n${hostname()}\n`);
    await expect(
      applySetup({
        client: 'cursor',
        url: serverUrl,
        headers: { 'x-api-key': 'k' },
        environment,
        lock: { timeoutMs: 150 },
      }),
    ).rejects.toMatchObject({
      slug: 'config_locked',
      message: `${file} is being written by another process (lock file ${file}.lock).`,
      suggestedFix: `Wait for the other patchbay setup to finish; if none is running, delete ${file}.lock and run again.`,
    });
    expect(await readdir(path.dirname(file))).toEqual(['mcp.json.lock']);
  });

  it('breaks a lock left by a process that died, and one that is too old', async () => {
    const { home, environment } = await tempHome();
    const file = path.join(home, '.cursor', 'mcp.json');
    await mkdir(path.dirname(file));
    await writeFile(`${file}.lock`, `2147483646\n${hostname()}\n`);
    await applySetup({ client: 'cursor', url: serverUrl, name: 'a', headers: { 'x-api-key': 'k' }, environment });
    await writeFile(`${file}.lock`, `${process.pid}\nanother-host\n`);
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    await applySetup({ client: 'cursor', url: serverUrl, name: 'b', headers: { 'x-api-key': 'k' }, environment });
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).mcpServers)).toEqual(['a', 'b']);
    expect((await readdir(path.dirname(file))).sort()).toEqual(['mcp.json', 'mcp.json.bak']);
  });

  it('releases the lock when the work fails', async () => {
    const { home } = await tempHome();
    const file = path.join(home, 'x.json');
    await expect(withFileLock(file, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await readdir(home)).toEqual([]);
  });
});
