import type { McpServer, McpServerInstance } from '@patchbay/sdk';
import type { AppContext } from './context.js';
import { given } from './errors.js';
import type { Failures } from './failures.js';
import { type AddedServer, definitionLabel } from './mcp-registry.js';

/** The servers this extension hands to VS Code's own MCP support: adding, removing, and their tokens at start. */
export class VsCodeMcp {
  constructor(
    private readonly ctx: AppContext,
    private readonly failures: Failures,
  ) {}

  async register(server: McpServer, instance: McpServerInstance): Promise<AddedServer> {
    const entry = await this.ctx.registry.add(server.name, instance);
    this.ctx.host.log.info(`Registered "${definitionLabel(entry)}" with VS Code (${entry.url}).`);
    void this.ctx.host.info(
      `"${definitionLabel(entry)}" is now one of VS Code's MCP servers (MCP: List Servers); agent mode can use its tools.`,
    );
    return entry;
  }

  async remove(): Promise<void> {
    const entries = this.ctx.registry.list();
    if (entries.length === 0) {
      void this.ctx.host.info('No Patchbay server has been added to VS Code.');
      return;
    }
    const entry = given(
      await this.ctx.host.pick(
        entries.map((e) => ({ label: definitionLabel(e), detail: e.url, value: e })),
        { title: 'Patchbay: Remove Server from VS Code', placeholder: 'Which one?' },
      ),
    );
    await this.ctx.registry.remove(entry.serverId, entry.userId);
    void this.ctx.host.info(`Removed "${definitionLabel(entry)}" from VS Code's MCP servers.`);
  }

  /**
   * The headers for a server VS Code is starting: the stored scoped token, or a fresh one when it is gone
   * (SecretStorage cleared, token revoked). Undefined tells VS Code not to start it.
   */
  async resolveHeaders(label: string): Promise<Record<string, string> | undefined> {
    const entry = this.ctx.registry.find(label);
    if (entry === undefined) return undefined;
    const stored = await this.ctx.registry.headers(entry);
    if (stored !== undefined) return stored;
    try {
      const client = await this.ctx.client();
      const instance = await client.mcp.generate(entry.userId, entry.serverId);
      await this.ctx.registry.storeHeaders(entry, instance.headers);
      return instance.headers;
    } catch (error) {
      await this.failures.fail(error, `start "${label}"`);
      return undefined;
    }
  }
}
