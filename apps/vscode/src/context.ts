import type { Patchbay } from '@patchbay/sdk';
import type { Host } from './host.js';
import { McpRegistry } from './mcp-registry.js';
import { type Discovery, Session } from './session.js';
import { TreeModel } from './tree.js';

/** What every group of commands shares: the editor, the connection, the view and VS Code's MCP servers. */
export class AppContext {
  readonly session: Session;
  readonly tree: TreeModel;
  readonly registry: McpRegistry;

  constructor(
    readonly host: Host,
    discovery?: Discovery,
  ) {
    this.session = new Session(host, discovery);
    this.tree = new TreeModel(host, this.session);
    this.registry = new McpRegistry(host);
  }

  client(): Promise<Patchbay> {
    return this.session.client();
  }

  /** The view shows stale data: forget its pages and ask for them again. */
  changed(): void {
    this.tree.reset();
    this.host.refreshTree();
  }
}
