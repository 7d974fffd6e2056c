// The commands a server prints (its `commands`, and each user's from generate): one place, so every frontend prints
// the same ones.
import type { ClientCommands, UserClientCommands } from './api-types.js';
import { defaultEntryName } from './setup/entry.js';
import { type SetupClient, setupCommand, shellQuote } from './setup-command.js';

const headerArgs = (headers: Record<string, string>, separator: string) =>
  Object.entries(headers).flatMap(([name, value]) => ['--header', shellQuote(`${name}${separator}${value}`)]);

/**
 * The `commands` field of an MCP server (the three clients the hosted API names), for its `default` user. The key
 * never goes into the command or the client's config: `--user-token` has the CLI trade the key of the machine it
 * runs on for a token scoped to that user.
 */
export function clientCommands(cliUrl: string, defaultUserUrl: string): ClientCommands {
  const command = (client: SetupClient) => setupCommand(cliUrl, defaultUserUrl, client, ['--user-token']);
  return { cursor: command('cursor'), claude: command('claude'), windsurf: command('windsurf') };
}

/** A user's URL with the headers that authorize it (generate's `access` entry). */
export interface UserAccess {
  url: string;
  headers: Record<string, string>;
}

/** Cursor's install deeplink: the entry as base64 JSON (Cursor asks before adding it). */
export function cursorInstallLink(access: UserAccess): string {
  const config = JSON.stringify({ url: access.url, headers: access.headers });
  const bytes = new TextEncoder().encode(config);
  const base64 = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
  const query = new URLSearchParams({ name: defaultEntryName(access.url), config: base64 });
  return `cursor://anysphere.cursor-deeplink/mcp/install?${query.toString()}`;
}

/**
 * One user's commands for every client, each holding that user's headers (their scoped token): the client's own
 * installer where it has one, else the CLI served at `cliUrl`.
 */
export function userCommands(cliUrl: string, access: UserAccess): UserClientCommands {
  const name = defaultEntryName(access.url);
  const setup = (client: SetupClient) => setupCommand(cliUrl, access.url, client, headerArgs(access.headers, ':'));
  const vscodeEntry = JSON.stringify({ name, type: 'http', url: access.url, headers: access.headers });
  return {
    cursor: setup('cursor'),
    claude: setup('claude'),
    windsurf: setup('windsurf'),
    claude_code: [
      'claude mcp add --scope user --transport http',
      name,
      shellQuote(access.url),
      ...headerArgs(access.headers, ': '),
    ].join(' '),
    vscode: `code --add-mcp ${shellQuote(vscodeEntry)}`,
    gemini: setup('gemini'),
    cline: setup('cline'),
  };
}
