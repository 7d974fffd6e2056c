import type { AppContext } from './context.js';
import { nodeServer, nodeTool, nodeUser } from './picks.js';

function markdownCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Show Tool Calls: the latest calls, of the server, user or tool it was run on, as a markdown table. */
export class ToolCalls {
  constructor(private readonly ctx: AppContext) {}

  async show(arg?: unknown): Promise<void> {
    const server = nodeServer(arg);
    const userId = nodeUser(arg);
    const toolSlug = nodeTool(arg)?.slug;
    const client = await this.ctx.client();
    const limit = 50;
    const calls = await client.toolCalls
      .iterate({ serverId: server?.id, userId, toolSlug, limit, maxItems: limit })
      .toArray();
    const scope = [server && `server "${server.name}"`, userId && `user "${userId}"`, toolSlug && `tool ${toolSlug}`]
      .filter(Boolean)
      .join(', ');
    const lines = [
      `# Patchbay tool calls${scope ? ` — ${scope}` : ''}`,
      '',
      calls.length === 0 ? 'No tool calls yet.' : `The latest ${calls.length}.`,
      '',
      '| started | tool | user | outcome | ms | source | error |',
      '| --- | --- | --- | --- | ---: | --- | --- |',
      ...calls.map(
        (c) =>
          `| ${c.startedAt} | ${c.toolSlug} | ${markdownCell(c.userId)} | ${c.outcome} | ${c.durationMs} | ${c.source} | ${markdownCell(c.error ?? '')} |`,
      ),
    ];
    await this.ctx.host.openDocument(lines.join('\n'), 'markdown');
  }
}
