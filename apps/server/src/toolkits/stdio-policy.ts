import { apiError } from '../http/errors.js';

/**
 * Who may register a toolkit that runs a command on the host (a stdio MCP upstream). The command runs as the
 * server's user, so in a multi-tenant server it is the operator's capability:
 * - `operator` (default): admin keys of the operator's project (the one made at first start) only;
 * - `allowlist`: the operator, and any project for a command in `commands` (exact match of `command`);
 * - `any`: every project (a single-user machine);
 * - `off`: nobody.
 */
export const stdioRegistrationModes = ['operator', 'allowlist', 'any', 'off'] as const;
export type StdioRegistration = (typeof stdioRegistrationModes)[number];

export interface StdioPolicy {
  register: StdioRegistration;
  /** Commands any project may register under `allowlist`. */
  commands: readonly string[];
}

export const defaultStdioPolicy: StdioPolicy = { register: 'operator', commands: [] };

export interface StdioRegistrant {
  isAdmin: boolean;
  /** The key's project is the operator's. */
  isOperator: boolean;
}

/** Undefined when `who` may register `command`; else the 403 that says why and what the operator can do. */
export function stdioRefusal(policy: StdioPolicy, who: StdioRegistrant, command: string) {
  const operator = who.isOperator && who.isAdmin;
  if (policy.register === 'any') return undefined;
  if (policy.register !== 'off' && operator) return undefined;
  if (policy.register === 'allowlist' && policy.commands.includes(command)) return undefined;
  const why =
    policy.register === 'off'
      ? 'This server does not run stdio toolkits (PATCHBAY_STDIO_TOOLKITS=off).'
      : policy.register === 'allowlist'
        ? `The command ${JSON.stringify(command)} is not on this server's allowlist of stdio commands.`
        : "Only the operator's admin key may register stdio toolkits: their commands run on the server's host.";
  return apiError(
    403,
    why,
    'Register the MCP server by URL (transport "http" or "sse"), or ask the operator to allow the command ' +
      '(PATCHBAY_STDIO_TOOLKITS=allowlist with PATCHBAY_STDIO_COMMANDS).',
    { slug: 'stdio_not_allowed' },
  );
}
