import { readFileSync } from 'node:fs';
import { PatchbayError } from '@patchbay/core';
import { SetupUsageError } from '@patchbay/core/node';
import type { Output } from './output.js';
import { exitCodes, mainHelp, UsageError } from './usage.js';

type Command = (args: string[], output: Output) => Promise<number>;

/** Subcommands by name; `patchbay` with no arguments opens the full-screen UI. */
// Loaded when run, so one command never pays for the others' imports (the SDK, the MCP client, Ink).
const commands: Record<string, () => Promise<Command>> = {
  setup: async () => (await import('./commands/setup.js')).setupCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  servers: async () => (await import('./commands/servers.js')).serversCommand,
  url: async () => (await import('./commands/tools.js')).urlCommand,
  toolkits: async () => (await import('./commands/tools.js')).toolkitsCommand,
  accounts: async () => (await import('./commands/accounts.js')).accountsCommand,
  calls: async () => (await import('./commands/calls.js')).callsCommand,
  call: async () => (await import('./commands/tools.js')).callCommand,
};

/** No answer at all: the server is not running where we look. */
const unreachable = new Set(['network_error', 'timeout']);

function version(): string {
  const parsed: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const value = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'version') : undefined;
  return typeof value === 'string' ? value : 'unknown';
}

function report(error: unknown, output: Output): number {
  if (error instanceof UsageError) {
    output.err(`patchbay: ${error.message}\nRun "${error.helpCommand}" for usage.`);
    return exitCodes.usage;
  }
  if (error instanceof SetupUsageError) {
    const fix = error.suggestedFix === undefined ? '' : ` ${error.suggestedFix}`;
    output.err(`patchbay: ${error.message}${fix}\nRun "patchbay setup --help" for usage.`);
    return exitCodes.usage;
  }
  if (error instanceof PatchbayError) {
    const fix = error.suggestedFix === undefined ? '' : ` ${error.suggestedFix}`;
    const lines = error.errors.length > 1 ? `\n${error.errors.map((line) => `  ${line}`).join('\n')}` : '';
    if (unreachable.has(error.slug)) {
      const start = fix === '' ? ' Start one with "patchbay serve", or set PATCHBAY_BASE_URL.' : '';
      output.err(`patchbay: ${error.message}${fix}${start}`);
      return exitCodes.unreachable;
    }
    output.err(`patchbay: ${error.message}${fix}${lines}`);
    return exitCodes.failure;
  }
  const detail = error instanceof Error ? error.message : String(error);
  output.err(`patchbay: unexpected error: ${detail}\nPlease report it with the command you ran.`);
  return exitCodes.failure;
}

/** `patchbay` alone: the full-screen UI, which needs a terminal on both ends. */
async function ui(output: Output): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    output.out(mainHelp);
    output.err('patchbay: the terminal UI needs a terminal; for scripts, use a subcommand (above).');
    return exitCodes.usage;
  }
  // Ink draws nothing but static output when it believes it runs in CI; a person at a terminal asked for the UI.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  // React's production build: the development one re-renders several times slower and makes garbage for checks.
  process.env.NODE_ENV ??= 'production';
  const { runUi } = await import('./ui/run.js');
  const { connectLocal, expectedUrl } = await import('./ui/session.js');
  return runUi({ connect: connectLocal, url: await expectedUrl() });
}

export async function main(argv: string[], output: Output): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) return await ui(output);
    if (name === '--help' || name === '-h' || name === 'help') {
      output.out(mainHelp);
      return exitCodes.ok;
    }
    if (name === '--version' || name === '-v') {
      output.out(version());
      return exitCodes.ok;
    }
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (load === undefined) throw new UsageError(`Unknown command "${name}".`);
    return await (await load())(rest, output);
  } catch (error) {
    return report(error, output);
  }
}
