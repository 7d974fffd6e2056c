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

/** The documented exit codes (README, `patchbay --help`). */
export const exitCodes = { ok: 0, failure: 1, usage: 2, unreachable: 3, toolError: 4 } as const;

const exitText = `Exit codes: 0 done, 1 failed (the server's message and fix on stderr), 2 wrong usage,
3 no server answered at the address, 4 the tool ran and answered an error (patchbay call).`;

export const mainHelp = `patchbay - run, watch and drive a self-hosted Patchbay MCP server from the terminal

Usage:
  patchbay                                           the full-screen terminal UI (? lists its keys)
  patchbay serve [server options]                    start the Patchbay server in the foreground
  patchbay servers list|get|create|update|delete     MCP servers (patchbay servers --help)
  patchbay url <server> <user>                       a user's MCP URL and scoped token
  patchbay toolkits list|get                         the toolkit catalog
  patchbay accounts list|connect                     connected accounts (patchbay accounts --help)
  patchbay calls [--follow]                          the tool-call log
  patchbay call <server> <user> <tool> --args JSON   call a tool through the MCP endpoint, as that user
  patchbay setup <url> --client <client> [options]   put a Patchbay MCP URL into an AI client's config
  patchbay setup --list                              show each client's config file and Patchbay entries
  patchbay setup remove --client <client> --name <entry>
  patchbay --help | --version

<server> is a server's id or its exact name. Every command but setup and serve takes --json (stable shapes:
see the README). The server and key come from PATCHBAY_BASE_URL / PATCHBAY_API_KEY, else the local data dir
($PATCHBAY_DATA_DIR or ~/.patchbay), as the SDK's Patchbay.fromLocal() finds them.

${exitText}
`;

export const serversHelp = `Usage:
  patchbay servers list [--name <text>] [--toolkit <slug>]... [--limit N | --all] [--json]
  patchbay servers get <server> [--json]
  patchbay servers create <name> --toolkit <slug>... [--allow <TOOL>]... [--manual | --managed] [--json]
  patchbay servers update <server> [--name <name>] [--toolkit <slug>]... [--allow <TOOL>]... [--manual | --managed] [--json]
  patchbay servers delete <server> [--json]

list shows 50 servers unless --limit or --all (pages are fetched as needed). --allow limits a server to those
tools (default: every tool of its toolkits). --manual: you connect accounts yourself; --managed: the server
offers account tools in chat (the default).

${exitText}
`;

export const urlHelp = `Usage: patchbay url <server> <user> [--api-key] [--json]

Generates <user>'s MCP URL of <server> and prints it with the header that authorizes it: a token scoped to that
user and server (or, with --api-key, your project key: never hand that to end users).

${exitText}
`;

export const toolkitsHelp = `Usage:
  patchbay toolkits list [--search <text>] [--json]
  patchbay toolkits get <slug> [--json]     the toolkit and its tools (with input schemas in --json)

${exitText}
`;

export const accountsHelp = `Usage:
  patchbay accounts list [--user <id>]... [--toolkit <slug>]... [--json]
  patchbay accounts connect <user> <auth-config-id> [--config '{"token":"…"}'] [--wait] [--json]

connect starts a connection for <user> through the auth config: key schemes given --config are ACTIVE at once;
otherwise it prints the link to open, and --wait waits (up to 10 minutes) until the account is ACTIVE or failed.

${exitText}
`;

export const callsHelp = `Usage: patchbay calls [--follow] [--server <server>] [--user <id>] [--tool <SLUG>] [--outcome success|error] [--limit N] [--json]

The tool-call log, newest first (--limit, default 20). --follow prints the calls oldest first and then each new one
as it happens, until Ctrl-C; with --json, one JSON object per line.

${exitText}
`;

export const callHelp = `Usage: patchbay call <server> <user> <tool> [--args '{"key":"value"}'] [--json]

Calls <tool> through <server>'s MCP URL for <user>, with a token scoped to that user (what their AI client does),
and prints the result.

${exitText}
`;

export const setupHelp = `Usage:
  patchbay setup <url> --client <client> [--name <entry>] [--header Name:Value | --user-token]... [--scope user|project] [--dry-run]
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
  --user-token           for a Patchbay MCP URL: ask its server (with the key from PATCHBAY_API_KEY or the
                         local key file) for a token scoped to the URL's user (user_id, else "default") and
                         write that token, never the key
  --scope user|project   user-wide config (default) or the current folder's project config
  --prompt-secret        VS Code only: make VS Code ask for the key instead of storing it
  --dry-run              print the change as a diff and write nothing
  --list                 list clients, their config paths and the Patchbay entries they hold
  -h, --help             show this help

Exit codes: 0 done, 1 failed (the message says what to do), 2 wrong usage.
`;
