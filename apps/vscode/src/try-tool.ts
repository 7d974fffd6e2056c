import type { McpServer, Tool } from '@patchbay/sdk';
import type { AppContext } from './context.js';
import { given } from './errors.js';
import { nodeTool, pickLimit, pickServer, pickUser } from './picks.js';
import { askArguments } from './schema-args.js';

/** Try a Tool: run one of the server's tools as a user, with arguments asked from its input schema. */
export class TryTool {
  constructor(private readonly ctx: AppContext) {}

  private async pickTool(server: McpServer, title: string): Promise<Tool> {
    const client = await this.ctx.client();
    const allowed = server.allowedTools;
    const lists = await Promise.all(
      server.toolkits.map((toolkit) =>
        client.tools
          .iterate({
            toolkit,
            limit: pickLimit,
            maxItems: pickLimit,
            toolSlugs: allowed.length > 0 ? allowed : undefined,
          })
          .toArray(),
      ),
    );
    return given(
      await this.ctx.host.pick(
        lists.flat().map((t) => ({ label: t.slug, description: t.name, detail: t.description, value: t })),
        { title, placeholder: `Which tool of "${server.name}"?` },
      ),
    );
  }

  async run(arg?: unknown): Promise<void> {
    const title = 'Patchbay: Try a Tool';
    const server = await pickServer(this.ctx, arg, title);
    const picked = nodeTool(arg) ?? (await this.pickTool(server, title));
    const client = await this.ctx.client();
    const tool = await client.tools.get(picked.slug);
    const userId = await pickUser(this.ctx, server, arg, title);
    const args = await askArguments(this.ctx.host, tool.slug, tool.inputParameters);
    const result = await this.ctx.host.withProgress(`Running ${tool.slug} as "${userId}"…`, () =>
      client.tools.execute(tool.slug, { userId, arguments: args }),
    );
    this.ctx.host.log.info(
      `${tool.slug} as "${userId}": ${result.successful ? 'succeeded' : `failed: ${result.error}`}.`,
    );
    await this.ctx.host.openDocument(
      JSON.stringify({ tool: tool.slug, userId, arguments: args, ...result }, null, 2),
      'json',
    );
  }
}
