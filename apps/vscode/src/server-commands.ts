import { serverName } from '@patchbay/core';
import type { AppContext } from './context.js';
import { given } from './errors.js';
import { pickServer, zodMessage } from './picks.js';
import { ServerSteps } from './server-steps.js';
import type { UserUrlCommands } from './user-urls.js';

/** Create, Open, Edit and Delete Server. */
export class ServerCommands {
  private readonly steps: ServerSteps;

  constructor(
    private readonly ctx: AppContext,
    private readonly userUrls: UserUrlCommands,
  ) {
    this.steps = new ServerSteps(ctx.host);
  }

  async create(): Promise<void> {
    const title = 'Patchbay: Create MCP Server';
    const client = await this.ctx.client();
    const name = given(
      await this.ctx.host.input({
        title,
        prompt: 'A name for the MCP server (4-30 characters)',
        step: 1,
        totalSteps: 4,
        validate: (value) => zodMessage(serverName.safeParse(value)),
      }),
    );
    const slugs = await this.steps.toolkits(client, title, [], 2, 4);
    const allowedTools = await this.steps.tools(client, slugs, [], title, 3, 4);
    const manuallyManageConnections = await this.steps.mode(undefined, title, 4, 4);
    const toolkits = await this.steps.withAuthConfigs(client, slugs, title);
    const created = await client.mcp.create(name, { toolkits, allowedTools, manuallyManageConnections });
    this.ctx.host.log.info(`Created MCP server "${created.name}" (${created.id}).`);
    this.ctx.changed();
    const server = await client.mcp.get(created.id);
    const action = await this.ctx.host.info(
      `Created the MCP server "${created.name}".`,
      'Generate User URL',
      'Add to VS Code',
    );
    if (action === 'Generate User URL') await this.userUrls.generateUserUrl({ kind: 'server', server });
    else if (action === 'Add to VS Code') await this.userUrls.addServerToVsCode({ kind: 'server', server });
  }

  async open(arg?: unknown): Promise<void> {
    const server = await pickServer(this.ctx, arg, 'Patchbay: Open Server');
    const client = await this.ctx.client();
    const detail = await client.mcp.get(server.id);
    const users = await client.mcp.instances.list(server.id, { limit: 20 });
    await this.ctx.host.openDocument(
      JSON.stringify({ ...detail, users: users.items.map((u) => u.userId) }, null, 2),
      'json',
    );
  }

  async edit(arg?: unknown): Promise<void> {
    const title = 'Patchbay: Edit Server';
    const server = await pickServer(this.ctx, arg, title);
    const client = await this.ctx.client();
    type Field = 'name' | 'toolkits' | 'tools' | 'mode';
    const field = given(
      await this.ctx.host.pick<Field>(
        [
          { label: 'Name', description: server.name, value: 'name' },
          { label: 'Toolkits', description: server.toolkits.join(', '), value: 'toolkits' },
          {
            label: 'Allowed tools',
            description: server.allowedTools.length === 0 ? 'every tool' : `${server.allowedTools.length} tools`,
            value: 'tools',
          },
          {
            label: 'Connection mode',
            description: server.manuallyManageConnections ? 'I connect accounts myself' : 'connect accounts from chat',
            value: 'mode',
          },
        ],
        { title, placeholder: `What to change in "${server.name}"?` },
      ),
    );
    if (field === 'name') {
      const name = given(
        await this.ctx.host.input({
          title,
          prompt: 'The new name (4-30 characters)',
          value: server.name,
          validate: (value) => zodMessage(serverName.safeParse(value)),
        }),
      );
      await client.mcp.update(server.id, { name });
      await this.ctx.registry.rename(server.id, name);
    } else if (field === 'toolkits') {
      const slugs = await this.steps.toolkits(client, title, server.toolkits, 1, 2);
      const allowedTools = await this.steps.tools(client, slugs, server.allowedTools, title, 2, 2);
      const toolkits = await this.steps.withAuthConfigs(client, slugs, title);
      await client.mcp.update(server.id, {
        toolkits: toolkits.map((t) =>
          typeof t === 'string' ? t : { toolkit: t.toolkit ?? '', authConfigId: t.authConfigId },
        ),
        allowedTools,
      });
    } else if (field === 'tools') {
      const allowedTools = await this.steps.tools(client, server.toolkits, server.allowedTools, title, 1, 1);
      await client.mcp.update(server.id, { allowedTools });
    } else {
      const manuallyManageConnections = await this.steps.mode(server.manuallyManageConnections, title, 1, 1);
      await client.mcp.update(server.id, { manuallyManageConnections });
    }
    this.ctx.changed();
    this.ctx.host.mcpServersChanged();
    void this.ctx.host.info(`Updated the MCP server "${server.name}".`);
  }

  async delete(arg?: unknown): Promise<void> {
    const server = await pickServer(this.ctx, arg, 'Patchbay: Delete Server');
    const sure = await this.ctx.host.confirm(
      `Delete the MCP server "${server.name}"?`,
      `Its ${server.serverInstanceCount} user(s) lose access: their URLs and tokens stop working. This cannot be undone.`,
      'Delete',
    );
    if (!sure) return;
    const client = await this.ctx.client();
    await client.mcp.delete(server.id);
    await this.ctx.registry.remove(server.id);
    this.ctx.host.log.info(`Deleted MCP server "${server.name}" (${server.id}).`);
    this.ctx.changed();
    void this.ctx.host.info(`Deleted the MCP server "${server.name}".`);
  }
}
