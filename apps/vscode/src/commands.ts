import type { PatchbayApp } from './app.js';
import { Cancelled } from './errors.js';

/** Every command the extension declares in package.json (the manifest test holds the two to each other). */
export const commandIds = [
  'patchbay.connect',
  'patchbay.setApiKey',
  'patchbay.createServer',
  'patchbay.openServer',
  'patchbay.editServer',
  'patchbay.deleteServer',
  'patchbay.generateUserUrl',
  'patchbay.addServerToVsCode',
  'patchbay.removeServerFromVsCode',
  'patchbay.writeMcpJson',
  'patchbay.connectAccount',
  'patchbay.tryTool',
  'patchbay.showToolCalls',
  'patchbay.refresh',
  'patchbay.showLogs',
  'patchbay.loadMore',
] as const;

export type CommandId = (typeof commandIds)[number];

/** A command's handler: `arg` is the tree item it was run on, or nothing from the palette (it then asks). */
export type CommandHandler = (arg?: unknown) => Promise<void>;

export type CommandMap = { readonly [K in CommandId]: CommandHandler };

/**
 * The typed command map: one handler per declared command, each ending in a notification when it fails; the text
 * beside each handler is what it was doing, for "Patchbay could not …".
 */
export function commandMap(app: PatchbayApp): CommandMap {
  const guard =
    (doing: string, handler: CommandHandler): CommandHandler =>
    async (arg) => {
      try {
        await handler(arg);
      } catch (error) {
        if (error instanceof Cancelled) return;
        await app.fail(error, doing);
      }
    };
  return {
    'patchbay.connect': guard('connect to the server', () => app.connection.connect()),
    'patchbay.setApiKey': guard('use that API key', () => app.connection.setApiKey()),
    'patchbay.createServer': guard('create the MCP server', () => app.servers.create()),
    'patchbay.openServer': guard('open the server', (arg) => app.servers.open(arg)),
    'patchbay.editServer': guard('edit the server', (arg) => app.servers.edit(arg)),
    'patchbay.deleteServer': guard('delete the server', (arg) => app.servers.delete(arg)),
    'patchbay.generateUserUrl': guard("generate the user's URL", (arg) => app.userUrls.generateUserUrl(arg)),
    'patchbay.addServerToVsCode': guard('add the server to VS Code', (arg) => app.userUrls.addServerToVsCode(arg)),
    'patchbay.removeServerFromVsCode': guard('remove the server from VS Code', () => app.vscodeMcp.remove()),
    'patchbay.writeMcpJson': guard('write .vscode/mcp.json', (arg) => app.userUrls.writeMcpJson(arg)),
    'patchbay.connectAccount': guard('connect the account', (arg) => app.accounts.connect(arg)),
    'patchbay.tryTool': guard('run the tool', (arg) => app.tryTool.run(arg)),
    'patchbay.showToolCalls': guard('list the tool calls', (arg) => app.toolCalls.show(arg)),
    'patchbay.refresh': guard('refresh', () => app.refresh()),
    'patchbay.showLogs': guard('open the logs', () => app.showLogs()),
    'patchbay.loadMore': guard('load more', (arg) => app.loadMore(arg)),
  };
}
