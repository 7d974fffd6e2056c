// The Host of the real editor: the only module besides extension.ts that imports vscode.
import * as vscode from 'vscode';
import type { Host, InputOptions, PickItem, Settings, StepOptions } from './host.js';

type Item<T> = vscode.QuickPickItem & { value: T };

function quickPick<T>(items: PickItem<T>[], options: StepOptions, many: boolean): Promise<T[] | undefined> {
  const pick = vscode.window.createQuickPick<Item<T>>();
  const mapped: Item<T>[] = items.map((i) => ({
    label: i.label,
    description: i.description,
    detail: i.detail,
    value: i.value,
  }));
  pick.items = mapped;
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.step = options.step;
  pick.totalSteps = options.totalSteps;
  pick.canSelectMany = many;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.ignoreFocusOut = true;
  if (many) pick.selectedItems = mapped.filter((_, index) => items[index]?.picked);
  return new Promise((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      const chosen = many ? pick.selectedItems : pick.activeItems.slice(0, 1);
      resolve(chosen.map((i) => i.value));
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

function inputBox(options: InputOptions): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = options.title;
  box.prompt = options.prompt;
  box.value = options.value ?? '';
  box.placeholder = options.placeholder;
  box.password = options.password ?? false;
  box.step = options.step;
  box.totalSteps = options.totalSteps;
  box.ignoreFocusOut = true;
  return new Promise((resolve) => {
    let done = false;
    box.onDidChangeValue((value) => {
      box.validationMessage = options.validate?.(value);
    });
    box.onDidAccept(() => {
      const message = options.validate?.(box.value);
      if (message !== undefined) {
        box.validationMessage = message;
        return;
      }
      done = true;
      resolve(box.value);
      box.hide();
    });
    box.onDidHide(() => {
      if (!done) resolve(undefined);
      box.dispose();
    });
    box.show();
  });
}

export function createVscodeHost(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  treeChanged: vscode.EventEmitter<void>,
  mcpChanged: vscode.EventEmitter<void>,
): Host {
  const config = () => vscode.workspace.getConfiguration('patchbay');
  return {
    info: (message, ...actions) => Promise.resolve(vscode.window.showInformationMessage(message, ...actions)),
    warn: (message, ...actions) => Promise.resolve(vscode.window.showWarningMessage(message, ...actions)),
    error: (message, ...actions) => Promise.resolve(vscode.window.showErrorMessage(message, ...actions)),
    async confirm(message, detail, action) {
      return (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action;
    },
    pick: async (items, options) => (await quickPick(items, options, false))?.[0],
    pickMany: (items, options) => quickPick(items, options, true),
    input: inputBox,
    withProgress: (title, task) =>
      Promise.resolve(
        vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title, cancellable: true },
          (progress, token) => {
            const controller = new AbortController();
            token.onCancellationRequested(() => controller.abort());
            return task({ report: (message) => progress.report({ message }), signal: controller.signal });
          },
        ),
      ),
    async openDocument(content, language) {
      const document = await vscode.workspace.openTextDocument({ content, language });
      await vscode.window.showTextDocument(document, { preview: false });
    },
    clipboard: (text) => Promise.resolve(vscode.env.clipboard.writeText(text)),
    openExternal: (url) => Promise.resolve(vscode.env.openExternal(vscode.Uri.parse(url))),
    runInTerminal(name, command) {
      const terminal = vscode.window.createTerminal({ name, cwd: vscode.workspace.workspaceFolders?.[0]?.uri });
      terminal.show();
      terminal.sendText(command);
    },
    showLogs: () => log.show(),
    workspaceFolder: () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    settings(): Settings {
      const c = config();
      return {
        serverUrl: c.get<string>('serverUrl', ''),
        pageSize: c.get<number>('pageSize', 20),
        connectAccountTimeoutSeconds: c.get<number>('connectAccountTimeoutSeconds', 300),
        startCommand: c.get<string>('startCommand', ''),
      };
    },
    updateSetting: (key, value) => Promise.resolve(config().update(key, value, vscode.ConfigurationTarget.Global)),
    async setContext(key, value) {
      await vscode.commands.executeCommand('setContext', key, value);
    },
    refreshTree: () => treeChanged.fire(),
    mcpServersChanged: () => mcpChanged.fire(),
    secrets: {
      get: (key) => Promise.resolve(context.secrets.get(key)),
      store: (key, value) => Promise.resolve(context.secrets.store(key, value)),
      delete: (key) => Promise.resolve(context.secrets.delete(key)),
    },
    state: {
      get: (key) => context.globalState.get(key),
      update: (key, value) => Promise.resolve(context.globalState.update(key, value)),
    },
    log: {
      info: (message) => log.info(message),
      warn: (message) => log.warn(message),
      error: (message) => log.error(message),
    },
  };
}
