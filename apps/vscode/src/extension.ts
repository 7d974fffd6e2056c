// Wiring only: the logic is in app.ts and the modules it uses, which never import vscode.
import * as vscode from 'vscode';
import { PatchbayApp } from './app.js';
import { commandIds, commandMap } from './commands.js';
import type { NodeView, TreeNode } from './tree.js';
import { createVscodeHost } from './vscode-host.js';

const collapsible: Record<NodeView['collapsible'], vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

function treeItem(view: NodeView): vscode.TreeItem {
  const item = new vscode.TreeItem(view.label, collapsible[view.collapsible]);
  item.id = view.id;
  item.description = view.description;
  item.tooltip = view.tooltip;
  item.contextValue = view.contextValue;
  item.iconPath = new vscode.ThemeIcon(view.icon);
  if (view.command) item.command = { title: view.label, ...view.command };
  return item;
}

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Patchbay', { log: true });
  const treeChanged = new vscode.EventEmitter<void>();
  const mcpChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(log, treeChanged, mcpChanged);
  const app = new PatchbayApp(createVscodeHost(context, log, treeChanged, mcpChanged));

  const handlers = commandMap(app);
  for (const id of commandIds) context.subscriptions.push(vscode.commands.registerCommand(id, handlers[id]));

  const tree: vscode.TreeDataProvider<TreeNode> = {
    onDidChangeTreeData: treeChanged.event,
    getChildren: (node) => app.tree.children(node),
    getTreeItem: (node) => treeItem(app.tree.view(node)),
  };
  context.subscriptions.push(
    vscode.window.createTreeView('patchbay.servers', { treeDataProvider: tree, showCollapseAll: true }),
  );

  // VS Code's own MCP support lists these servers; the token is added only when it starts one.
  if (typeof vscode.lm?.registerMcpServerDefinitionProvider === 'function') {
    context.subscriptions.push(
      vscode.lm.registerMcpServerDefinitionProvider('patchbay', {
        onDidChangeMcpServerDefinitions: mcpChanged.event,
        provideMcpServerDefinitions: () =>
          app.registry
            .definitions()
            .map((d) => new vscode.McpHttpServerDefinition(d.label, vscode.Uri.parse(d.url), {}, d.version)),
        resolveMcpServerDefinition: async (server) => {
          if (!(server instanceof vscode.McpHttpServerDefinition)) return server;
          const headers = await app.resolveMcpHeaders(server.label);
          if (headers === undefined) return undefined;
          server.headers = { ...server.headers, ...headers };
          log.info(`Starting "${server.label}" (${server.uri.toString()}).`);
          return server;
        },
      }),
    );
  } else {
    log.warn('This VS Code has no MCP server API (1.101+): "Add Server to VS Code" will not show servers.');
  }

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('patchbay')) void handlers['patchbay.refresh']();
    }),
  );
  void app.start();
}

export function deactivate(): void {}
