import { parseArgs } from 'node:util';
import { type SetupClient, setupClients } from '@patchbay/core';
import { parseHeader, type SetupScope } from '@patchbay/core/node';
import { UsageError } from '../usage.js';

export type SetupCommand =
  | { kind: 'help' }
  | { kind: 'list' }
  | { kind: 'remove'; client: SetupClient; name: string; scope: SetupScope | undefined; dryRun: boolean }
  | {
      kind: 'apply';
      url: string;
      client: SetupClient;
      name: string | undefined;
      headers: Record<string, string>;
      scope: SetupScope | undefined;
      dryRun: boolean;
      promptSecret: boolean;
      userToken: boolean;
    };

const help = 'patchbay setup --help';

const isClient = (value: string): value is SetupClient => setupClients.some((client) => client === value);

function readClient(value: string | undefined): SetupClient {
  if (value === undefined) throw new UsageError(`--client is required (one of: ${setupClients.join(', ')}).`, help);
  if (!isClient(value))
    throw new UsageError(`Unknown client "${value}"; use one of: ${setupClients.join(', ')}.`, help);
  return value;
}

function readScope(value: string | undefined): SetupScope | undefined {
  if (value === undefined || value === 'user' || value === 'project') return value;
  throw new UsageError(`--scope must be "user" or "project", not "${value}".`, help);
}

function readHeaders(raw: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const item of raw) {
    const [name, value] = parseHeader(item);
    const clash = Object.keys(headers).find((existing) => existing.toLowerCase() === name.toLowerCase());
    if (clash !== undefined) throw new UsageError(`--header ${name} is given twice.`, help);
    headers[name] = value;
  }
  return headers;
}

/** Reads `patchbay setup …` arguments; every mistake is a UsageError (exit 2) naming the fix. */
export function parseSetupArgs(args: string[]): SetupCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // Node appends advice about "--" to unknown options that would only confuse here.
    const message = error instanceof Error ? (error.message.split('. To specify')[0] ?? error.message) : String(error);
    throw new UsageError(message.endsWith('.') ? message : `${message}.`, help);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const extra = (what: string, allowed: number) => {
    if (positionals.length > allowed) {
      throw new UsageError(`Unexpected argument "${positionals[allowed]}" ${what}.`, help);
    }
  };
  if (values.list) {
    extra('with --list', 0);
    if (values.client !== undefined || values.name !== undefined || values.header.length > 0) {
      throw new UsageError('--list takes no other options.', help);
    }
    return { kind: 'list' };
  }
  const [first] = positionals;
  if (first === undefined) throw new UsageError('Missing the MCP URL to set up.', help);
  if (first === 'remove') {
    extra('after "remove"', 1);
    if (values.name === undefined) throw new UsageError('remove needs --name <entry>.', help);
    if (values.header.length > 0 || values['prompt-secret']) {
      throw new UsageError('remove takes only --client, --name, --scope and --dry-run.', help);
    }
    return {
      kind: 'remove',
      client: readClient(values.client),
      name: values.name,
      scope: readScope(values.scope),
      dryRun: values['dry-run'],
    };
  }
  extra('after the URL', 1);
  if (values['user-token'] && (values.header.length > 0 || values['prompt-secret'])) {
    throw new UsageError('--user-token writes its own header: drop --header and --prompt-secret.', help);
  }
  return {
    kind: 'apply',
    url: first,
    client: readClient(values.client),
    name: values.name,
    headers: readHeaders(values.header),
    scope: readScope(values.scope),
    dryRun: values['dry-run'],
    promptSecret: values['prompt-secret'],
    userToken: values['user-token'],
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      client: { type: 'string', short: 'c' },
      name: { type: 'string', short: 'n' },
      header: { type: 'string', multiple: true, short: 'H', default: [] },
      scope: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'prompt-secret': { type: 'boolean', default: false },
      'user-token': { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
