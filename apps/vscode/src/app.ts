import { AccountCommands } from './accounts.js';
import { ConnectionCommands } from './connection.js';
import { AppContext } from './context.js';
import { Failures } from './failures.js';
import type { Host } from './host.js';
import type { McpRegistry } from './mcp-registry.js';
import { isNode } from './picks.js';
import { ServerCommands } from './server-commands.js';
import type { Discovery, Session } from './session.js';
import { ToolCalls } from './tool-calls.js';
import type { TreeModel } from './tree.js';
import { TryTool } from './try-tool.js';
import { UserUrlCommands } from './user-urls.js';
import { VsCodeMcp } from './vscode-mcp.js';

/**
 * Everything the commands and the view do, with no VS Code import: the editor is reached only through `Host`.
 * The groups of commands live in their own modules; this puts them together. extension.ts builds one, and maps
 * commands (commands.ts), the tree and the MCP provider onto it.
 */
export class PatchbayApp {
  readonly host: Host;
  readonly session: Session;
  readonly tree: TreeModel;
  readonly registry: McpRegistry;
  readonly connection: ConnectionCommands;
  readonly failures: Failures;
  readonly vscodeMcp: VsCodeMcp;
  readonly userUrls: UserUrlCommands;
  readonly servers: ServerCommands;
  readonly accounts: AccountCommands;
  readonly tryTool: TryTool;
  readonly toolCalls: ToolCalls;

  private readonly ctx: AppContext;

  constructor(host: Host, discovery?: Discovery) {
    const ctx = new AppContext(host, discovery);
    this.ctx = ctx;
    this.host = host;
    this.session = ctx.session;
    this.tree = ctx.tree;
    this.registry = ctx.registry;
    this.connection = new ConnectionCommands(ctx);
    this.failures = new Failures(host, this.connection);
    this.vscodeMcp = new VsCodeMcp(ctx, this.failures);
    this.userUrls = new UserUrlCommands(ctx, this.vscodeMcp);
    this.servers = new ServerCommands(ctx, this.userUrls);
    this.accounts = new AccountCommands(ctx);
    this.tryTool = new TryTool(ctx);
    this.toolCalls = new ToolCalls(ctx);
  }

  /** At activation: no network, only whether a key is stored (the welcome view shows otherwise). */
  start(): Promise<void> {
    return this.connection.start();
  }

  connect(): Promise<void> {
    return this.connection.connect();
  }

  /** Shows the error with the server's suggested fix; a button does what it names. */
  fail(error: unknown, doing: string): Promise<void> {
    return this.failures.fail(error, doing);
  }

  /** The headers for a server VS Code is starting (see VsCodeMcp.resolveHeaders). */
  resolveMcpHeaders(label: string): Promise<Record<string, string> | undefined> {
    return this.vscodeMcp.resolveHeaders(label);
  }

  async refresh(): Promise<void> {
    this.ctx.changed();
    this.host.mcpServersChanged();
  }

  async showLogs(): Promise<void> {
    this.host.showLogs();
  }

  async loadMore(arg?: unknown): Promise<void> {
    if (isNode(arg)) await this.tree.loadMore(arg);
  }
}
