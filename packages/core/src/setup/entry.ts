import type { SetupClient } from '../setup-command.js';
import { parseMcpServerUrl } from '../urls.js';
import { SetupUsageError } from './errors.js';

export type JsonObject = { [key: string]: unknown };

/** The header a Patchbay MCP URL authenticates with. */
export const apiKeyHeader = 'x-api-key';
/** The variable the Claude Desktop bridge entry keeps the key in, so the secret never appears in `args`. */
export const apiKeyEnvVar = 'PATCHBAY_API_KEY';

export interface BuiltEntry {
  entry: JsonObject;
  /** VS Code `inputs` to add next to the entry (only with `promptSecret`). */
  inputs: JsonObject[];
  /** Values that must not be echoed to a terminal (header values). */
  secrets: string[];
}

export interface EntryOptions {
  client: SetupClient;
  url: string;
  name: string;
  headers: Record<string, string>;
  /** VS Code only: ask for the key when the server starts instead of storing it. */
  promptSecret?: boolean | undefined;
}

/**
 * `patchbay-<first 8 characters of the server id>` for a Patchbay MCP URL, so entries for several servers can sit
 * side by side; plain `patchbay` for any other URL. The id prefix is stable across user_id variants of one
 * server, so re-running setup for the same server replaces its entry rather than adding a second one.
 */
export function defaultEntryName(url: string): string {
  const parsed = parseMcpServerUrl(url);
  if (parsed === undefined) return 'patchbay';
  const prefix = parsed.serverId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 8)
    .replace(/-+$/, '');
  return prefix === '' ? 'patchbay' : `patchbay-${prefix}`;
}

export function checkEntryName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
    throw new SetupUsageError(
      `"${name}" is not a usable entry name.`,
      'Use 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
    );
  }
  return name;
}

export function checkServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SetupUsageError(
      `"${url}" is not a URL.`,
      'Pass the MCP URL of a Patchbay server, e.g. http://127.0.0.1:8787/v3/mcp/<id>.',
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SetupUsageError(
      `"${url}" is not an http(s) URL.`,
      'Pass the http:// or https:// MCP URL of a Patchbay server.',
    );
  }
  return url;
}

/** Reads `Name:Value` (spaces around either part are dropped). */
export function parseHeader(raw: string): [string, string] {
  const colon = raw.indexOf(':');
  const name = colon < 0 ? '' : raw.slice(0, colon).trim();
  const value = colon < 0 ? '' : raw.slice(colon + 1).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || value === '') {
    throw new SetupUsageError(
      `--header "${raw}" is not a header.`,
      'Write it as Name:Value, e.g. --header x-api-key:pb_123.',
    );
  }
  return [name, value];
}

/** The bridge reads `${VAR}` from its environment, so each header value travels in its own variable. */
function envVarFor(header: string): string {
  return header.toLowerCase() === apiKeyHeader
    ? apiKeyEnvVar
    : `PATCHBAY_HEADER_${header.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/** `${input:<id>}` ids are per entry so two Patchbay entries in one VS Code profile keep separate keys. */
export function vscodeInputId(name: string): string {
  return `${name}-api-key`;
}

export function buildEntry(options: EntryOptions): BuiltEntry {
  const { client, url, name, headers } = options;
  const secrets = Object.values(headers);
  if (options.promptSecret) {
    if (client !== 'vscode') {
      throw new SetupUsageError(
        '--prompt-secret works only with --client vscode.',
        'Drop --prompt-secret for this client.',
      );
    }
    const id = vscodeInputId(name);
    return {
      entry: { type: 'http', url, headers: { [apiKeyHeader]: `\${input:${id}}` } },
      inputs: [{ type: 'promptString', id, description: `Patchbay API key for ${name}`, password: true }],
      secrets: [],
    };
  }
  switch (client) {
    case 'claude': {
      const args = ['-y', 'mcp-remote', url];
      const env: Record<string, string> = {};
      for (const [header, value] of Object.entries(headers)) {
        const variable = envVarFor(header);
        args.push('--header', `${header}:\${${variable}}`);
        env[variable] = value;
      }
      return { entry: { command: 'npx', args, env }, inputs: [], secrets };
    }
    case 'claude-code':
    case 'vscode':
      return { entry: { type: 'http', url, headers: { ...headers } }, inputs: [], secrets };
    case 'cursor':
      return { entry: { url, headers: { ...headers } }, inputs: [], secrets };
    case 'windsurf':
      return { entry: { serverUrl: url, headers: { ...headers } }, inputs: [], secrets };
    case 'gemini':
      return { entry: { httpUrl: url, headers: { ...headers } }, inputs: [], secrets };
    case 'cline':
      // Without a type Cline treats a url entry as legacy SSE; Patchbay serves streamable HTTP at this URL.
      return { entry: { type: 'streamableHttp', url, headers: { ...headers } }, inputs: [], secrets };
  }
}

/** The URL an entry points at, whatever the client's shape (including the Claude Desktop bridge's args). */
export function entryUrl(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  for (const key of ['url', 'serverUrl', 'httpUrl']) {
    const value: unknown = Reflect.get(entry, key);
    if (typeof value === 'string') return value;
  }
  const args: unknown = Reflect.get(entry, 'args');
  if (Array.isArray(args)) {
    const remote = args.indexOf('mcp-remote');
    const next: unknown = remote >= 0 ? args[remote + 1] : undefined;
    if (typeof next === 'string') return next;
  }
  return undefined;
}

/** Ours by name (`patchbay`, `patchbay-…`) or by pointing at a Patchbay MCP URL. */
export function isPatchbayEntry(name: string, entry: unknown): boolean {
  if (name === 'patchbay' || name.startsWith('patchbay-')) return true;
  const url = entryUrl(entry);
  return url !== undefined && parseMcpServerUrl(url) !== undefined;
}
