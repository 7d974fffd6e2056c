import { setupClients } from '@patchbay/core';

/** A mistake in how the command was called: exit code 2 and a pointer to the help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly helpCommand = 'patchbay --help',
  ) {
    super(message);
  }
}

export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

export const mainHelp = `patchbay - manage a self-hosted Patchbay MCP server from the terminal

Usage:
  patchbay setup <url> --client <client> [options]   put a Patchbay MCP URL into an AI client's config
  patchbay setup --list                              show each client's config file and Patchbay entries
  patchbay setup remove --client <client> --name <entry>
  patchbay --help | --version

Run "patchbay setup --help" for the setup options.
`;

export const setupHelp = `Usage:
  patchbay setup <url> --client <client> [--name <entry>] [--header Name:Value]... [--scope user|project] [--dry-run]
  patchbay setup --list
  patchbay setup remove --client <client> --name <entry> [--scope user|project] [--dry-run]

Writes an MCP server entry for <url> into the client's config file, keeping every other entry and setting.
The previous file is kept next to it as <file>.bak; a new file holding a key is created with mode 0600.

Clients: ${setupClients.join(', ')}
  claude       Claude Desktop (through the mcp-remote bridge; the key goes in "env", not in "args")
  claude-code  Claude Code (~/.claude.json, or .mcp.json with --scope project)
  cursor       Cursor (~/.cursor/mcp.json, or .cursor/mcp.json with --scope project)
  windsurf     Windsurf (~/.codeium/windsurf/mcp_config.json)
  vscode       VS Code (the user profile's mcp.json, or .vscode/mcp.json with --scope project)
  gemini       Gemini CLI (~/.gemini/settings.json, or .gemini/settings.json with --scope project)
  cline        Cline (its cline_mcp_settings.json in VS Code's global storage)

Options:
  --client <client>      the AI client to configure (required)
  --name <entry>         the entry's name; default "patchbay-<first 8 characters of the server id>",
                         or "patchbay" for a URL that is not a Patchbay MCP URL
  --header Name:Value    a header to send (repeatable); default: x-api-key with the key from
                         PATCHBAY_API_KEY or the local server's key file (~/.patchbay/api-key)
  --scope user|project   user-wide config (default) or the current folder's project config
  --prompt-secret        VS Code only: make VS Code ask for the key instead of storing it
  --dry-run              print the change as a diff and write nothing
  --list                 list clients, their config paths and the Patchbay entries they hold
  -h, --help             show this help

Exit codes: 0 done, 1 failed (the message says what to do), 2 wrong usage.
`;
