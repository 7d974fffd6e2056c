import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isJsonObject } from '../../src/setup/merge.js';
import { tempHome } from './helpers.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Resolves once the child printed `line`; rejects if it exits first. */
function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.split('\n').includes(line)) {
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited ${code} before "${line}": ${errors}`)));
  });
}

describe('concurrent writers', () => {
  it('ten processes writing ten entries into one file lose none of them', { timeout: 60_000 }, async () => {
    const { home } = await tempHome();
    const file = path.join(home, '.cursor', 'mcp.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{"mcpServers": {"existing": {"url": "https://keep.example"}}, "other": true}\n');
    const names = Array.from({ length: 10 }, (_, i) => `writer-${i}`);
    const workers = names.map((name) =>
      spawn(process.execPath, ['--import', './register-ts.mjs', 'apply-worker.ts', home, name], {
        cwd: fixtures,
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    );
    // A barrier: every worker has loaded its code before any of them starts writing.
    await Promise.all(workers.map((worker) => waitForLine(worker, 'ready')));
    const done = workers.map((worker) => waitForLine(worker, 'done'));
    for (const worker of workers) worker.stdin.end('go\n');
    await Promise.all(done);
    const exits = await Promise.all(
      workers.map((worker) =>
        worker.exitCode !== null ? worker.exitCode : new Promise((resolve) => worker.once('exit', resolve)),
      ),
    );
    expect(exits).toEqual(names.map(() => 0));

    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!isJsonObject(parsed) || !isJsonObject(parsed.mcpServers)) throw new Error('not a config');
    expect(parsed.other).toBe(true);
    expect(Object.keys(parsed.mcpServers).sort()).toEqual(['existing', ...names].sort());
    for (const name of names) {
      expect(parsed.mcpServers[name]).toEqual({
        url: `http://127.0.0.1:8787/v3/mcp/${name}`,
        headers: { 'x-api-key': `key-${name}` },
      });
    }
    // No temp or lock files are left behind.
    expect((await readdir(path.dirname(file))).sort()).toEqual(['mcp.json', 'mcp.json.bak']);
  });
});
