import type { McpInstance, McpServer, Tool } from '@patchbay/sdk';
import { describeError } from './errors.js';
import type { Host } from './host.js';
import { mappedPages, Pager } from './pager.js';
import type { Session } from './session.js';

/** The items of the Patchbay view: servers → toolkits → tools, and each server's users. */
export type TreeNode =
  | { kind: 'server'; server: McpServer }
  | { kind: 'toolkits'; server: McpServer }
  | { kind: 'toolkit'; server: McpServer; toolkit: string }
  | { kind: 'tool'; server: McpServer; tool: Tool }
  | { kind: 'users'; server: McpServer }
  | { kind: 'user'; server: McpServer; instance: McpInstance }
  | { kind: 'loadMore'; list: string; parent: TreeNode | undefined }
  | { kind: 'message'; text: string; error: boolean };

/** How an item looks, in VS Code's terms but without VS Code's types. */
export interface NodeView {
  /** Unique in the whole tree (keeps expansion across refreshes); messages have none. */
  id: string | undefined;
  label: string;
  description?: string | undefined;
  tooltip?: string | undefined;
  /** Matched by the menus' `viewItem` clauses in package.json. */
  contextValue: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** A codicon name. */
  icon: string;
  command?: { command: string; arguments: unknown[] } | undefined;
}

function listKey(node: TreeNode | undefined): string {
  if (node === undefined) return 'servers';
  switch (node.kind) {
    case 'toolkit':
      return `tools/${node.server.id}/${node.toolkit}`;
    case 'users':
      return `users/${node.server.id}`;
    default:
      return `${node.kind}`;
  }
}

export class TreeModel {
  private pagers = new Map<string, Pager<TreeNode>>();

  constructor(
    private readonly host: Host,
    private readonly session: Session,
  ) {}

  /** Forgets every loaded page: the next look at the tree asks the server again. */
  reset(): void {
    this.pagers.clear();
  }

  async children(node?: TreeNode): Promise<TreeNode[]> {
    try {
      if (node === undefined) {
        if (!(await this.session.hasKey())) return [];
        return await this.list(
          undefined,
          (s) => s.mcp.iterate({ limit: this.pageSize() }),
          (server: McpServer) => ({
            kind: 'server',
            server,
          }),
        );
      }
      switch (node.kind) {
        case 'server':
          return [
            { kind: 'toolkits', server: node.server },
            { kind: 'users', server: node.server },
          ];
        case 'toolkits':
          return node.server.toolkits.map((toolkit) => ({ kind: 'toolkit', server: node.server, toolkit }));
        case 'toolkit': {
          const allowed = node.server.allowedTools;
          return await this.list(
            node,
            (s) =>
              s.tools.iterate({
                toolkit: node.toolkit,
                limit: this.pageSize(),
                toolSlugs: allowed.length > 0 ? allowed : undefined,
              }),
            (tool: Tool) => ({ kind: 'tool', server: node.server, tool }),
          );
        }
        case 'users':
          return await this.list(
            node,
            (s) => s.mcp.instances.iterate(node.server.id, { limit: this.pageSize() }),
            (instance: McpInstance) => ({ kind: 'user', server: node.server, instance }),
          );
        default:
          return [];
      }
    } catch (error) {
      const report = describeError(error, 'load the list');
      this.host.log.error(report.message);
      return [{ kind: 'message', text: report.message, error: true }];
    }
  }

  /** The "Load more" item's action: one more page of that list, then a refresh. */
  async loadMore(node: TreeNode): Promise<void> {
    if (node.kind !== 'loadMore') return;
    const pager = this.pagers.get(node.list);
    if (pager === undefined) return;
    await pager.more();
    this.host.refreshTree();
  }

  private pageSize(): number {
    const size = this.host.settings().pageSize;
    return Number.isInteger(size) && size > 0 ? Math.min(size, 100) : 20;
  }

  private async list<T>(
    parent: TreeNode | undefined,
    paged: (client: Awaited<ReturnType<Session['client']>>) => import('@patchbay/core').Paged<T>,
    toNode: (item: T) => TreeNode,
  ): Promise<TreeNode[]> {
    const key = listKey(parent);
    let pager = this.pagers.get(key);
    if (pager === undefined) {
      const client = await this.session.client();
      pager = new Pager(() => mappedPages(paged(client), toNode), this.pageSize());
      this.pagers.set(key, pager);
    }
    if (!pager.started) await pager.more();
    const nodes = [...pager.items];
    if (nodes.length === 0 && parent !== undefined) {
      return [{ kind: 'message', text: parent.kind === 'users' ? 'No users yet' : 'No tools', error: false }];
    }
    if (pager.hasMore) nodes.push({ kind: 'loadMore', list: key, parent });
    return nodes;
  }

  view(node: TreeNode): NodeView {
    switch (node.kind) {
      case 'server': {
        const s = node.server;
        return {
          id: `server/${s.id}`,
          label: s.name,
          description: s.toolkits.join(', '),
          tooltip: `${s.name}\n${s.mcpUrl}\n${s.serverInstanceCount} user(s)`,
          contextValue: 'server',
          collapsible: 'collapsed',
          icon: 'server',
        };
      }
      case 'toolkits':
        return {
          id: `toolkits/${node.server.id}`,
          label: 'Toolkits',
          description: String(node.server.toolkits.length),
          contextValue: 'toolkits',
          collapsible: 'collapsed',
          icon: 'package',
        };
      case 'toolkit':
        return {
          id: `toolkit/${node.server.id}/${node.toolkit}`,
          label: node.toolkit,
          description: node.server.allowedTools.length > 0 ? 'allowed tools only' : undefined,
          contextValue: 'toolkit',
          collapsible: 'collapsed',
          icon: 'extensions',
        };
      case 'tool':
        return {
          id: `tool/${node.server.id}/${node.tool.slug}`,
          label: node.tool.slug,
          description: node.tool.name,
          tooltip: node.tool.description,
          contextValue: 'tool',
          collapsible: 'none',
          icon: 'tools',
        };
      case 'users':
        return {
          id: `users/${node.server.id}`,
          label: 'Users',
          contextValue: 'users',
          collapsible: 'collapsed',
          icon: 'organization',
        };
      case 'user':
        return {
          id: `user/${node.server.id}/${node.instance.userId}`,
          label: node.instance.userId,
          description: `since ${node.instance.createdAt.slice(0, 10)}`,
          contextValue: 'user',
          collapsible: 'none',
          icon: 'person',
        };
      case 'loadMore':
        return {
          id: `loadMore/${node.list}`,
          label: 'Load more…',
          contextValue: 'loadMore',
          collapsible: 'none',
          icon: 'ellipsis',
          command: { command: 'patchbay.loadMore', arguments: [node] },
        };
      case 'message':
        return {
          id: undefined,
          label: node.text,
          tooltip: node.text,
          contextValue: 'message',
          collapsible: 'none',
          icon: node.error ? 'error' : 'info',
          command: node.error ? { command: 'patchbay.showLogs', arguments: [] } : undefined,
        };
    }
  }
}
