// What the script subcommands share: argument parsing, the client, finding a server by id or name, printing.
import { PatchbayError, uuid } from '@patchbay/core';
import type { McpServer, Patchbay } from '@patchbay/sdk';
import { createLocalPatchbay } from '@patchbay/sdk/node';
import type { Output } from '../output.js';
import { UsageError } from '../usage.js';

/** Runs node:util parseArgs, turning every mistake into a UsageError (exit 2) pointing at the command's help. */
export function parse<T>(help: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    // Node appends advice about "--" to unknown options that would only confuse here.
    const message = error instanceof Error ? (error.message.split('. To specify')[0] ?? error.message) : String(error);
    throw new UsageError(message.endsWith('.') ? message : `${message}.`, help);
  }
}

export const jsonOption = { json: { type: 'boolean', default: false } } as const;
export const helpOption = { help: { type: 'boolean', short: 'h', default: false } } as const;

/** The configured server, as the UI finds it: PATCHBAY_* variables, else the local data dir's files. */
export function client(): Promise<Patchbay> {
  return createLocalPatchbay({ retry: { retries: 2, timeoutMs: 15_000 } });
}

export function positionals(list: string[], names: string[], help: string): string[] {
  if (list.length < names.length) throw new UsageError(`Missing ${names.slice(list.length).join(' and ')}.`, help);
  if (list.length > names.length) throw new UsageError(`Unexpected argument "${list[names.length]}".`, help);
  return list;
}

/** A server named by its id, or by its exact name (case-insensitive) when that names one server. */
export async function findServer(patchbay: Patchbay, ref: string): Promise<McpServer> {
  if (uuid.safeParse(ref).success) return patchbay.mcp.get(ref);
  const matches = await patchbay.mcp.iterate({ name: ref, limit: 100, maxItems: 1000 }).toArray();
  const exact = matches.filter((server) => server.name.toLowerCase() === ref.toLowerCase());
  const [only, second] = exact;
  if (only !== undefined && second === undefined) return only;
  throw new PatchbayError({
    status: 404,
    slug: only === undefined ? 'not_found' : 'ambiguous',
    message:
      only === undefined
        ? `No server is named "${ref}".`
        : `${exact.length} servers are named "${ref}": ${exact.map((s) => s.id).join(', ')}.`,
    suggestedFix:
      only === undefined ? 'Run "patchbay servers list" to see the servers.' : 'Pass the id of the one you mean.',
  });
}

/** Stable JSON for scripts: two-space indented, one trailing newline. */
export function printJson(output: Output, value: unknown): void {
  output.out(JSON.stringify(value, null, 2));
}

/** A flag's JSON object (`--args '{"key":"city"}'`); anything else is wrong usage, with an example. */
export function jsonObjectFlag(
  text: string | undefined,
  flag: string,
  example: string,
  help: string,
): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--${flag} is not JSON: ${error instanceof Error ? error.message : String(error)}.`, help);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`--${flag} must be a JSON object, e.g. --${flag} '${example}'.`, help);
  }
  return Object.fromEntries(Object.entries(parsed));
}
