import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { McpCaller } from '../mcp/caller.js';
import type { ToolSource } from '../mcp/tool-source.js';
import { accountsForToolkit } from '../store/connected-accounts.js';
import type { McpServerRow } from '../store/mcp-servers.js';
import { errorResult, type ToolResult } from '../toolkits/runtime.js';
import type { AccountsDeps } from './deps.js';
import { initiateForToolkit } from './initiate.js';

/**
 * Chat-based authentication: tools injected on MCP servers with managed auth, under the hosted service's names so
 * agents and prompts written for it work unchanged. The agent checks, initiates (the user opens the link), waits.
 */

export const helperToolNames = {
  check: 'COMPOSIO_CHECK_ACTIVE_CONNECTION',
  initiate: 'COMPOSIO_INITIATE_CONNECTION',
  wait: 'COMPOSIO_WAIT_FOR_CONNECTION',
} as const;

const toolkitArg = { type: 'string', description: 'The toolkit slug, e.g. "github".' };

const tools: Tool[] = [
  {
    name: helperToolNames.check,
    title: 'Check connections',
    description:
      "Which of this server's toolkits the user has connected. Give `toolkit` to check one; leave it out for all.",
    inputSchema: { type: 'object', properties: { toolkit: toolkitArg } },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: helperToolNames.initiate,
    title: 'Start connecting a toolkit',
    description:
      'Starts connecting the user to a toolkit and answers a `redirect_url`. Show the link to the user and ask them ' +
      `to open it in a browser; then call ${helperToolNames.wait}.`,
    inputSchema: { type: 'object', properties: { toolkit: toolkitArg }, required: ['toolkit'] },
    annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: false },
  },
  {
    name: helperToolNames.wait,
    title: 'Wait for a connection',
    description: 'Waits until the user has connected the toolkit (up to `timeout_seconds`, default 60, at most 120).',
    inputSchema: {
      type: 'object',
      properties: { toolkit: toolkitArg, timeout_seconds: { type: 'number', minimum: 1, maximum: 120 } },
      required: ['toolkit'],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
];

const json = (value: Record<string, unknown>): ToolResult => ({
  content: [{ type: 'text', text: JSON.stringify(value) }],
  structuredContent: value,
});

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** The account-management tools for one caller of one server, as a tool source listed before its toolkits. */
export function helperTools(
  deps: AccountsDeps,
  caller: McpCaller,
  server: Pick<McpServerRow, 'toolkits' | 'auth_config_ids'>,
  pollMs = 1000,
): ToolSource {
  const serverToolkits = server.toolkits.map((t) => t.toLowerCase());

  const status = async (slug: string) => {
    const meta = (await deps.registry.find(caller.projectId, slug))?.meta;
    if (meta?.noAuth) return { toolkit: slug, connected: true, needs_connection: false };
    const accounts = await accountsForToolkit(deps.db, caller.projectId, caller.userId, slug);
    const active = accounts.find((a) => a.status === 'ACTIVE' && a.auth_config_status === 'ENABLED');
    return active
      ? { toolkit: slug, connected: true, connected_account_id: active.id }
      : { toolkit: slug, connected: false, status: accounts[0]?.status ?? 'NOT_CONNECTED' };
  };

  const toolkitOf = (args: Record<string, unknown>): string | ToolResult => {
    const raw = args.toolkit;
    if (typeof raw !== 'string' || raw === '') return errorResult('Give `toolkit`, e.g. {"toolkit": "github"}.');
    const slug = deps.registry.canonicalSlug(raw);
    if (!serverToolkits.includes(slug)) {
      return errorResult(
        `"${raw}" is not a toolkit of this server; its toolkits are: ${serverToolkits.join(', ') || 'none'}.`,
      );
    }
    return slug;
  };

  const check = async (args: Record<string, unknown>) => {
    const one = args.toolkit === undefined ? undefined : toolkitOf(args);
    if (typeof one === 'object') return one;
    const slugs = one === undefined ? serverToolkits : [one];
    return json({ user_id: caller.userId, connections: await Promise.all(slugs.map(status)) });
  };

  const initiate = async (args: Record<string, unknown>) => {
    const slug = toolkitOf(args);
    if (typeof slug === 'object') return slug;
    const now = await status(slug);
    if (now.connected) return json({ ...now, message: 'Already connected; no action needed.' });
    const made = await initiateForToolkit(deps, {
      projectId: caller.projectId,
      userId: caller.userId,
      toolkitSlug: slug,
      preferred: server.auth_config_ids,
    });
    if (!made.ok) return errorResult(made.message);
    return json({
      toolkit: slug,
      connected_account_id: made.accountId,
      status: made.status,
      redirect_url: made.redirectUrl,
      instructions: made.redirectUrl
        ? `Ask the user to open ${made.redirectUrl} in a browser and finish connecting, then call ${helperToolNames.wait}.`
        : 'Connected; no action needed.',
    });
  };

  const wait = async (args: Record<string, unknown>, signal: AbortSignal) => {
    const slug = toolkitOf(args);
    if (typeof slug === 'object') return slug;
    const asked = typeof args.timeout_seconds === 'number' ? args.timeout_seconds : 60;
    const deadline = Date.now() + Math.min(120, Math.max(1, asked)) * 1000;
    for (;;) {
      const now = await status(slug);
      if (now.connected) return json(now);
      if (Date.now() >= deadline || signal.aborted) {
        return json({
          ...now,
          message: `Not connected yet; ask the user to finish, then call ${helperToolNames.wait} again.`,
        });
      }
      await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())), signal);
    }
  };

  return {
    list: async () => tools,
    async call(name, args, signal) {
      switch (name) {
        case helperToolNames.check:
          return check(args);
        case helperToolNames.initiate:
          return initiate(args);
        case helperToolNames.wait:
          return wait(args, signal);
        default:
          return undefined;
      }
    },
  };
}
