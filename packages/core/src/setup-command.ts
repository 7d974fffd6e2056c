/** The AI clients `patchbay setup` can write an MCP entry for. */
export const setupClients = ['claude', 'claude-code', 'cursor', 'windsurf', 'vscode', 'gemini', 'cline'] as const;
export type SetupClient = (typeof setupClients)[number];

/** The npm package whose `patchbay` binary runs setup; `npx -y` runs it without an install. */
export const cliPackage = '@patchbay/cli';

function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The one-line command that writes `url` into a client's config. It carries no secret: the CLI reads the key from
 * `PATCHBAY_API_KEY` or the local server's key file, or takes `--header`.
 */
export function setupCommand(url: string, client: SetupClient): string {
  return `npx -y ${cliPackage} setup ${shellQuote(url)} --client ${client}`;
}

/** The `commands` field of an MCP server: the three clients the hosted API names. */
export function clientCommands(url: string): { cursor: string; claude: string; windsurf: string } {
  return {
    cursor: setupCommand(url, 'cursor'),
    claude: setupCommand(url, 'claude'),
    windsurf: setupCommand(url, 'windsurf'),
  };
}
