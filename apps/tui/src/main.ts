import { readFileSync } from 'node:fs';
import { PatchbayError } from '@patchbay/core';
import { SetupUsageError } from '@patchbay/core/node';
import { setupCommand } from './commands/setup.js';
import type { Output } from './output.js';
import { exitCodes, mainHelp, UsageError } from './usage.js';

type Command = (args: string[], output: Output) => Promise<number>;

/** Subcommands by name; `patchbay` with no arguments is reserved for the full-screen UI. */
const commands: Record<string, Command> = { setup: setupCommand };

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
    output.err(`patchbay: ${error.message}${error.suggestedFix === undefined ? '' : ` ${error.suggestedFix}`}`);
    return exitCodes.failure;
  }
  const detail = error instanceof Error ? error.message : String(error);
  output.err(`patchbay: unexpected error: ${detail}\nPlease report it with the command you ran.`);
  return exitCodes.failure;
}

export async function main(argv: string[], output: Output): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      // The full-screen UI will take over the no-argument case; until then it shows the help.
      output.out(mainHelp);
      return exitCodes.ok;
    }
    if (name === '--version' || name === '-v') {
      output.out(version());
      return exitCodes.ok;
    }
    const command = commands[name];
    if (command === undefined) throw new UsageError(`Unknown command "${name}".`);
    return await command(rest, output);
  } catch (error) {
    return report(error, output);
  }
}
