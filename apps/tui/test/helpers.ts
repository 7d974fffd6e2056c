import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
export const binDir = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));
export const serverUrl = 'http://127.0.0.1:8787/v3/mcp/3f9c1a2b-0000-4000-8000-000000000001';
export const apiKey = 'pb_live_0123456789abcdef';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'patchbay-cli-'));
  made.push(dir);
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `patchbay` in a temp HOME with a clean environment (no XDG/APPDATA/PATCHBAY_* leaking in from
 * the machine), from `cwd` (the project folder for --scope project).
 */
export function runCli(args: string[], options: { home: string; cwd?: string; env?: Record<string, string> }) {
  return new Promise<RunResult>((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      {
        cwd: options.cwd ?? options.home,
        env: { PATH: process.env.PATH ?? '', HOME: options.home, USERPROFILE: options.home, ...options.env },
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
