import { PatchbayError, type SetupClient, setupClients, type UserClientCommands } from '@patchbay/core';
import { applySetup } from '@patchbay/core/node';
import type { McpServer, McpServerInstance } from '@patchbay/sdk';
import type { AppContext } from './context.js';
import { given } from './errors.js';
import { pickServer, pickUser } from './picks.js';
import type { VsCodeMcp } from './vscode-mcp.js';

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** The server's name for a client's command (its keys are snake_case). */
const commandKey = (client: SetupClient): keyof UserClientCommands =>
  client === 'claude-code' ? 'claude_code' : client;

/** A user's URL and token: Generate User URL (copied, or a setup command), Add Server to VS Code, .vscode/mcp.json. */
export class UserUrlCommands {
  constructor(
    private readonly ctx: AppContext,
    private readonly vscodeMcp: VsCodeMcp,
  ) {}

  private async generate(arg: unknown, title: string): Promise<{ server: McpServer; instance: McpServerInstance }> {
    const server = await pickServer(this.ctx, arg, title);
    const userId = await pickUser(this.ctx, server, arg, title);
    const client = await this.ctx.client();
    const instance = await client.mcp.generate(userId, server.id);
    this.ctx.changed();
    return { server, instance };
  }

  async generateUserUrl(arg?: unknown): Promise<void> {
    const { server, instance } = await this.generate(arg, 'Patchbay: Generate User URL');
    await this.ctx.host.clipboard(`${instance.url}\n${headerLines(instance.headers)}`);
    this.ctx.host.log.info(`Generated a URL for user "${instance.userId}" of "${server.name}".`);
    const action = await this.ctx.host.info(
      `Copied the URL and header of user "${instance.userId}" on "${server.name}". The token acts only for this user.`,
      'Add to VS Code',
      'Write .vscode/mcp.json',
      'Copy Setup Command',
    );
    if (action === 'Add to VS Code') await this.vscodeMcp.register(server, instance);
    else if (action === 'Write .vscode/mcp.json') await this.writeMcpJsonFor(instance);
    else if (action === 'Copy Setup Command') await this.copySetupCommand(instance);
  }

  private async copySetupCommand(instance: McpServerInstance): Promise<void> {
    const client = given(
      await this.ctx.host.pick<SetupClient>(
        setupClients.map((c) => ({ label: c, value: c })),
        { title: 'Patchbay: Copy Setup Command', placeholder: 'Which AI client?' },
      ),
    );
    const command = instance.commands?.[commandKey(client)];
    if (command === undefined) {
      throw new PatchbayError({
        status: 0,
        slug: 'no_commands',
        message: 'the server answered no setup commands for this URL.',
        suggestedFix: 'Update the Patchbay server: it answers each user’s commands with their scoped token.',
      });
    }
    await this.ctx.host.clipboard(command);
    void this.ctx.host.info(`Copied the command that sets up ${client} (it holds the user's token).`);
  }

  async addServerToVsCode(arg?: unknown): Promise<void> {
    const { server, instance } = await this.generate(arg, 'Patchbay: Add Server to VS Code');
    await this.vscodeMcp.register(server, instance);
  }

  async writeMcpJson(arg?: unknown): Promise<void> {
    if (this.ctx.host.workspaceFolder() === undefined) {
      throw new PatchbayError({
        status: 0,
        slug: 'no_folder',
        message: 'no folder is open.',
        suggestedFix: 'Open a folder: .vscode/mcp.json is written inside it.',
      });
    }
    const { instance } = await this.generate(arg, 'Patchbay: Write Server to .vscode/mcp.json');
    await this.writeMcpJsonFor(instance);
  }

  /** Through core's setup writer: the entry asks for the token (an `inputs` prompt) and never holds it. */
  private async writeMcpJsonFor(instance: McpServerInstance): Promise<void> {
    const folder = this.ctx.host.workspaceFolder();
    if (folder === undefined) throw new Error('no folder is open');
    const result = await applySetup({
      client: 'vscode',
      scope: 'project',
      url: instance.url,
      promptSecret: true,
      environment: { cwd: folder },
    });
    this.ctx.host.log.info(`${result.changed ? 'Wrote' : 'Kept'} "${result.name}" in ${result.path}.`);
    const token = (instance.headers.Authorization ?? instance.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const action = await this.ctx.host.info(
      `Wrote "${result.name}" to ${result.path}. VS Code asks for the user's token when it starts the server.`,
      'Copy Token',
    );
    if (action === 'Copy Token') await this.ctx.host.clipboard(token);
  }
}
