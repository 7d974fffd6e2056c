import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const mainJs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'main.js');

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `node dist/main.js` and resolves once its banner names the URL (a condition, not a sleep). */
export function spawnServer(args: string[], env: Record<string, string | undefined> = {}): Promise<ServerProcess> {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: run the package's build (its test script does).`);
  const child = spawn(process.execPath, [mainJs, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /listening on (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, stdout: () => out, stderr: () => err, exited });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    exited.then(({ code, signal }) => reject(new Error(`server exited (${code ?? signal}) before listening:\n${err}`)));
  });
}

/** Runs main.js to completion (for start-up failures). */
export async function runMain(args: string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(process.execPath, [mainJs, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, stdout: out, stderr: err };
}
