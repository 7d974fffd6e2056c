import { PatchbayError, userId as userIdSchema } from '@patchbay/core';
import type { McpServer, Tool } from '@patchbay/sdk';
import type { AppContext } from './context.js';
import { given } from './errors.js';
import type { PickItem } from './host.js';
import type { TreeNode } from './tree.js';

/** At most this many items in a quick pick (one page through core's pagination; the pick filters them as you type). */
export const pickLimit = 100;

export function isNode(arg: unknown): arg is TreeNode {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && typeof arg.kind === 'string';
}

/** The server of the tree item a command was run on. */
export function nodeServer(arg: unknown): McpServer | undefined {
  return isNode(arg) && 'server' in arg ? arg.server : undefined;
}

/** The user, when the command was run on a user's item. */
export function nodeUser(arg: unknown): string | undefined {
  return isNode(arg) && arg.kind === 'user' ? arg.instance.userId : undefined;
}

/** The tool, when the command was run on a tool's item. */
export function nodeTool(arg: unknown): Tool | undefined {
  return isNode(arg) && arg.kind === 'tool' ? arg.tool : undefined;
}

/** The toolkit's slug, when the command was run on a toolkit's item. */
export function nodeToolkit(arg: unknown): string | undefined {
  return isNode(arg) && arg.kind === 'toolkit' ? arg.toolkit : undefined;
}

/** A prompt's validation message from a zod result: the first issue, or undefined when it parsed. */
export function zodMessage(result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}): string | undefined {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? 'not valid');
}

/** The server the command was run on, else one picked from the project's. */
export async function pickServer(ctx: AppContext, arg: unknown, title: string): Promise<McpServer> {
  const fromTree = nodeServer(arg);
  if (fromTree !== undefined) return fromTree;
  const client = await ctx.client();
  const servers = await client.mcp.iterate({ limit: pickLimit, maxItems: pickLimit }).toArray();
  if (servers.length === 0) {
    throw new PatchbayError({
      status: 0,
      slug: 'no_servers',
      message: 'there is no MCP server yet.',
      suggestedFix: 'Run "Patchbay: Create MCP Server" first.',
    });
  }
  return given(
    await ctx.host.pick(
      servers.map((server) => ({
        label: server.name,
        description: server.toolkits.join(', '),
        detail: server.id,
        value: server,
      })),
      { title, placeholder: 'Which MCP server?' },
    ),
  );
}

/** The user the command was run on, else one of the server's users or a new user id typed in. */
export async function pickUser(ctx: AppContext, server: McpServer, arg: unknown, title: string): Promise<string> {
  const fromTree = nodeUser(arg);
  if (fromTree !== undefined) return fromTree;
  const client = await ctx.client();
  const users = await client.mcp.instances.iterate(server.id, { limit: pickLimit, maxItems: pickLimit }).toArray();
  const another = '\u0000another';
  const items: PickItem<string>[] = [
    ...users.map((u) => ({ label: u.userId, description: `since ${u.createdAt.slice(0, 10)}`, value: u.userId })),
    { label: '$(add) Another user…', description: 'type a user id', value: another },
  ];
  const chosen =
    users.length === 0
      ? another
      : given(await ctx.host.pick(items, { title, placeholder: `Which user of "${server.name}"?` }));
  if (chosen !== another) return chosen;
  return given(
    await ctx.host.input({
      title,
      prompt: `The user id (your end user's id in your own system) for "${server.name}"`,
      validate: (value) => zodMessage(userIdSchema.safeParse(value)),
    }),
  );
}
