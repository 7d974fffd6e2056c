// `patchbay serve`: the Patchbay server in the foreground (its own main, with its flags and --help).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PatchbayError } from '@patchbay/core';
import type { Output } from '../output.js';

/** The server package's `dist/main.js`, beside the `dist/index.js` its package exports. */
export function serverMain(): string {
  let index: string;
  try {
    index = fileURLToPath(import.meta.resolve('@patchbay/server'));
  } catch (error) {
    throw new PatchbayError(
      {
        status: 0,
        slug: 'no_server_package',
        message: 'The @patchbay/server package is not installed here.',
        suggestedFix: '`patchbay serve` runs from a Patchbay checkout: run `npm start` there.',
      },
      { cause: error },
    );
  }
  const main = index.replace(/index\.js$/, 'main.js');
  if (!existsSync(main)) {
    throw new PatchbayError({
      status: 0,
      slug: 'no_server_build',
      message: `The server is not built (${main} is missing).`,
      suggestedFix:
        'Run `npm start` once in the Patchbay checkout (it builds the server), or `npx pnpm@10.34.8 build`.',
    });
  }
  return main;
}

/**
 * Node's flags for the server: the embedded database's WebAssembly compiled by V8's baseline compiler only (~60–110
 * MB less resident, no measured loss of calls/s). Its worker sets this itself on Node 20 and 22; Node 24's V8 takes it
 * only on the command line.
 */
const serverNodeFlags = ['--liftoff-only'];

/** Runs the server with the given flags until it exits; Ctrl-C and SIGTERM reach it and it shuts down cleanly. */
export async function serveCommand(args: string[], _output: Output): Promise<number> {
  const child = spawn(process.execPath, [...serverNodeFlags, serverMain(), ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
    });
  } finally {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
}
