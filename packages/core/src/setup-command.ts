import { serverRoot } from './urls.js';

/** The AI clients `patchbay setup` can write an MCP entry for. */
export const setupClients = ['claude', 'claude-code', 'cursor', 'windsurf', 'vscode', 'gemini', 'cline'] as const;
export type SetupClient = (typeof setupClients)[number];

/**
 * The CLI's package name. It is not published on a registry: a Patchbay server serves the package itself as a
 * tarball (`cliTarballUrl`), so no printed command runs whatever a registry holds under this name.
 */
export const cliPackage = '@patchbay/cli';

/** Where a Patchbay server serves its self-contained packages: `<root>/cli/<file>` and `<root>/sdk/<file>`. */
export function downloadUrl(root: string, kind: 'cli' | 'sdk', file: string): string {
  return `${serverRoot(root)}/${kind}/${encodeURIComponent(file)}`;
}

/** Quotes for a POSIX shell: bare when only safe characters, else in single quotes. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * `npx -y <cli tarball> setup <url> --client <client> …`: npx installs the tarball (no dependencies, nothing from a
 * registry) and runs its `patchbay` binary.
 */
export function setupCommand(cliUrl: string, url: string, client: SetupClient, extra: readonly string[] = []): string {
  return ['npx', '-y', shellQuote(cliUrl), 'setup', shellQuote(url), '--client', client, ...extra].join(' ');
}
