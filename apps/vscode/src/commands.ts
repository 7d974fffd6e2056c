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

/** What each command was doing, for "Patchbay could not …" when it fails. */
const doing: Record<CommandId, string> = {
  'patchbay.connect': 'connect to the server',
  'patchbay.setApiKey': 'use that API key',
  'patchbay.createServer': 'create the MCP server',
  'patchbay.openServer': 'open the server',
  'patchbay.editServer': 'edit the server',
  'patchbay.deleteServer': 'delete the server',
  'patchbay.generateUserUrl': "generate the user's URL",
  'patchbay.addServerToVsCode': 'add the server to VS Code',
  'patchbay.removeServerFromVsCode': 'remove the server from VS Code',
  'patchbay.writeMcpJson': 'write .vscode/mcp.json',
  'patchbay.connectAccount': 'connect the account',
  'patchbay.tryTool': 'run the tool',
  'patchbay.showToolCalls': 'list the tool calls',
  'patchbay.refresh': 'refresh',
  'patchbay.showLogs': 'open the logs',
  'patchbay.loadMore': 'load more',
};

/** The typed command map: one handler per declared command, each ending in a notification when it fails. */
export function commandMap(app: PatchbayApp): CommandMap {
  const handlers: CommandMap = {
    'patchbay.connect': () => app.connect(),
    'patchbay.setApiKey': () => app.setApiKey(),
    'patchbay.createServer': () => app.createServer(),
    'patchbay.openServer': (arg) => app.openServer(arg),
    'patchbay.editServer': (arg) => app.editServer(arg),
    'patchbay.deleteServer': (arg) => app.deleteServer(arg),
    'patchbay.generateUserUrl': (arg) => app.generateUserUrl(arg),
    'patchbay.addServerToVsCode': (arg) => app.addServerToVsCode(arg),
    'patchbay.removeServerFromVsCode': () => app.removeServerFromVsCode(),
    'patchbay.writeMcpJson': (arg) => app.writeMcpJson(arg),
    'patchbay.connectAccount': (arg) => app.connectAccount(arg),
    'patchbay.tryTool': (arg) => app.tryTool(arg),
    'patchbay.showToolCalls': (arg) => app.showToolCalls(arg),
    'patchbay.refresh': () => app.refresh(),
    'patchbay.showLogs': () => app.showLogs(),
    'patchbay.loadMore': (arg) => app.loadMore(arg),
  };
  const guarded = {} as Record<CommandId, CommandHandler>;
  for (const id of commandIds) {
    guarded[id] = async (arg) => {
      try {
        await handlers[id](arg);
      } catch (error) {
        if (error instanceof Cancelled) return;
        await app.fail(error, doing[id]);
      }
    };
  }
  return guarded;
}
