// A key press → the actions it means, through the key table; pure, so every key is testable without Ink.
import { setupClients } from '@patchbay/core';
import type { McpInstance, McpServer } from '@patchbay/sdk';
import { resolveCommand } from './commands.js';
import { deleteServer, removeUser } from './confirms.js';
import { type Binding, type KeyContext, type KeyPress, keyName, lookup } from './keys.js';
import {
  accountsScreen,
  callsScreen,
  connectFormScreen,
  serverFormScreen,
  serversScreen,
  toolkitFormScreen,
  toolkitsScreen,
  tryScreen,
  usersScreen,
} from './screens.js';
import type { Action, AppState, Screen, ServerScreen, ToolRow } from './state.js';
import { focusedList, isForm, shownRows, top } from './views.js';

/** The contexts whose bindings apply now, most specific first. */
export function contextsOf(state: AppState): KeyContext[] {
  if (state.connection.status === 'unreachable') return ['unreachable'];
  const overlay = state.overlay?.kind;
  if (overlay !== undefined) return [overlay];
  const screen = top(state.stack);
  if (screen === undefined) return ['global'];
  if (isForm(screen)) return ['form'];
  return focusedList(screen) === undefined ? [screen.kind, 'global'] : [screen.kind, 'list', 'global'];
}

/** Contexts where plain characters are typed text rather than commands. */
const typing: ReadonlySet<KeyContext> = new Set(['help', 'filter', 'command', 'prompt', 'form']);

function selectedServer(screen: Screen): McpServer | undefined {
  return screen.kind === 'servers' ? screen.list.items[screen.list.cursor] : undefined;
}

function selectedUser(screen: ServerScreen): McpInstance | undefined {
  return screen.pane === 'users' ? screen.users.items[screen.users.cursor] : undefined;
}

function selectedTool(screen: ServerScreen): ToolRow | undefined {
  const row = shownRows(screen, 'tools')[screen.tools.cursor];
  return screen.tools.items.find((tool) => tool === row);
}

function acceptCommand(state: AppState): Action[] {
  const overlay = state.overlay;
  if (overlay?.kind !== 'command') return [];
  const spec = resolveCommand(overlay.text);
  if (spec === undefined) {
    return [
      { type: 'overlay', overlay: undefined },
      {
        type: 'status',
        status: { tone: 'error', text: `Unknown command ":${overlay.text}". Tab completes; :help lists keys.` },
      },
    ];
  }
  switch (spec.target) {
    case 'quit':
      return [{ type: 'quit' }];
    case 'help':
      return [{ type: 'overlay', overlay: { kind: 'help', filter: '' } }];
    case 'servers':
      return [{ type: 'root', screen: serversScreen() }];
    case 'toolkits':
      return [{ type: 'root', screen: toolkitsScreen() }];
    case 'calls':
      return [{ type: 'root', screen: callsScreen() }];
    case 'accounts':
      return [{ type: 'root', screen: accountsScreen() }];
    case 'users':
      return [{ type: 'root', screen: usersScreen() }];
  }
}

function run(state: AppState, binding: Binding, name: string): Action[] {
  const screen = top(state.stack);
  const page = Math.max(1, state.size.rows - 8);
  switch (binding.command) {
    case 'help':
      return [{ type: 'overlay', overlay: { kind: 'help', filter: '' } }];
    case 'filter':
      return [{ type: 'overlay', overlay: { kind: 'filter' } }];
    case 'command':
      return [{ type: 'overlay', overlay: { kind: 'command', text: '' } }];
    case 'back':
      return [{ type: 'back' }];
    case 'open':
      return [{ type: 'open' }];
    case 'down':
      return [{ type: 'cursor', by: 1 }];
    case 'up':
      return [{ type: 'cursor', by: -1 }];
    case 'pageDown':
      return [{ type: 'cursor', by: page }];
    case 'pageUp':
      return [{ type: 'cursor', by: -page }];
    case 'top':
      return [{ type: 'cursor', to: 'top' }];
    case 'bottom':
      return [{ type: 'cursor', to: 'bottom' }];
    case 'refresh':
      return [{ type: 'refresh' }];
    case 'quit':
      return [{ type: 'quit' }];
    case 'create':
      if (screen?.kind === 'toolkits') return [{ type: 'push', screen: toolkitFormScreen() }];
      return [{ type: 'push', screen: serverFormScreen() }];
    case 'edit': {
      const server =
        screen === undefined ? undefined : screen.kind === 'server' ? screen.server : selectedServer(screen);
      return server === undefined ? [] : [{ type: 'push', screen: serverFormScreen(server) }];
    }
    case 'connect':
      if (screen?.kind !== 'accounts') return [];
      if (screen.authConfigs.length === 0) {
        const text = 'No auth config in this project yet: create one (patchbay SDK authConfigs.create) first.';
        return [{ type: 'status', status: { tone: 'error', text } }];
      }
      return [{ type: 'push', screen: connectFormScreen(screen.authConfigs) }];
    case 'disable': {
      const account = screen?.kind === 'accounts' ? shownRows(screen, 'accounts')[screen.list.cursor] : undefined;
      const found = screen?.kind === 'accounts' ? screen.list.items.find((a) => a === account) : undefined;
      return found === undefined ? [] : [{ type: 'account/enable', id: found.id, enabled: found.isDisabled }];
    }
    case 'delete': {
      if (screen?.kind === 'toolkits') {
        const toolkit = screen.list.items[screen.list.cursor];
        if (toolkit === undefined) return [];
        if (!toolkit.isCustom) {
          return [
            {
              type: 'status',
              status: { tone: 'error', text: `"${toolkit.slug}" is not a custom toolkit; only those can be deleted.` },
            },
          ];
        }
        return [
          {
            type: 'overlay',
            overlay: {
              kind: 'confirm',
              message: `Delete the custom toolkit "${toolkit.slug}" (${toolkit.name}, ${toolkit.toolsCount} tools)?`,
              onYes: { type: 'delete/toolkit', slug: toolkit.slug },
            },
          },
        ];
      }
      if (screen?.kind === 'accounts') {
        const row = shownRows(screen, 'accounts')[screen.list.cursor];
        const account = screen.list.items.find((a) => a === row);
        if (account === undefined) return [];
        const label = `${account.toolkit.slug} account of "${account.userId}" (${account.id})`;
        return [
          {
            type: 'overlay',
            overlay: {
              kind: 'confirm',
              message: `Delete the ${label}? Tools that use it stop working for that user.`,
              onYes: { type: 'delete/account', id: account.id, label },
            },
          },
        ];
      }
      if (screen?.kind === 'servers') {
        const server = selectedServer(screen);
        return server === undefined ? [] : [deleteServer(server)];
      }
      if (screen?.kind === 'users') {
        const row = screen.list.items[screen.list.cursor];
        return row === undefined ? [] : [removeUser(row.serverId, row.serverName, row.userId)];
      }
      if (screen?.kind !== 'server') return [];
      const user = selectedUser(screen);
      if (user === undefined) {
        return [
          deleteServer({
            id: screen.serverId,
            name: screen.name,
            serverInstanceCount: screen.server?.serverInstanceCount,
          }),
        ];
      }
      return [removeUser(screen.serverId, screen.name, user.userId)];
    }
    case 'nextPane':
      return [{ type: 'pane' }];
    case 'toggle':
      return [{ type: 'toggle' }];
    case 'save':
      return [{ type: 'save' }];
    case 'generate': {
      if (screen?.kind !== 'server') return [];
      const user = selectedUser(screen);
      if (user !== undefined) return [{ type: 'generate', userId: user.userId }];
      return [{ type: 'overlay', overlay: { kind: 'prompt', label: 'URL for user', text: '', onAccept: 'generate' } }];
    }
    case 'addUser':
      return [{ type: 'overlay', overlay: { kind: 'prompt', label: 'Add user', text: '', onAccept: 'addUser' } }];
    case 'setup': {
      if (screen?.kind !== 'server') return [];
      if (screen.access === undefined) {
        return [
          {
            type: 'status',
            status: { tone: 'error', text: 'u generates a user’s URL first; w then sets a client up with it.' },
          },
        ];
      }
      const label = `Set up ${screen.access.userId}'s URL in (${setupClients.join(', ')})`;
      return [{ type: 'overlay', overlay: { kind: 'prompt', label, text: '', onAccept: 'setup/plan' } }];
    }
    case 'copy':
      return [{ type: 'copy' }];
    case 'tryTool': {
      if (screen?.kind !== 'server') return [];
      const tool = selectedTool(screen);
      if (tool === undefined) {
        return [{ type: 'status', status: { tone: 'error', text: 'Select a tool in the tools pane first (tab).' } }];
      }
      const user = screen.access?.userId ?? screen.users.items[screen.users.cursor]?.userId ?? 'default';
      return [{ type: 'push', screen: tryScreen(screen, tool, user) }];
    }
    case 'follow':
      return [{ type: 'follow' }];
    case 'outcome':
      return [{ type: 'outcome' }];
    case 'order':
      return [{ type: 'order' }];
    case 'nextField':
      return [{ type: 'form/focus', by: 1 }];
    case 'prevField':
      return [{ type: 'form/focus', by: -1 }];
    case 'cycleRight':
      return [{ type: 'form/cycle', by: 1 }];
    case 'cycleLeft':
      return [{ type: 'form/cycle', by: -1 }];
    case 'submit': {
      if (screen === undefined || !isForm(screen)) return [];
      if (screen.form.submitting) return [];
      const last = screen.form.focus >= screen.form.fields.length - 1;
      return name === 'enter' && !last ? [{ type: 'form/focus', by: 1 }] : [{ type: 'submit' }];
    }
    case 'complete':
      return [{ type: 'command/complete' }];
    case 'accept': {
      const overlay = state.overlay;
      if (overlay?.kind === 'command') return acceptCommand(state);
      if (overlay?.kind === 'prompt') {
        const userId = overlay.text.trim();
        if (userId === '') return [{ type: 'overlay', overlay: undefined }];
        const next: Action =
          overlay.onAccept === 'setup/plan'
            ? { type: 'setup/plan', client: userId }
            : { type: overlay.onAccept, userId };
        return [{ type: 'overlay', overlay: undefined }, next];
      }
      return [{ type: 'overlay', overlay: undefined }];
    }
    case 'cancel':
      return state.overlay?.kind === 'filter' ? [{ type: 'filter/cancel' }] : [{ type: 'overlay', overlay: undefined }];
    case 'yes':
      return state.overlay?.kind === 'confirm'
        ? [{ type: 'overlay', overlay: undefined }, state.overlay.onYes]
        : [{ type: 'overlay', overlay: undefined }];
    case 'no':
      return [{ type: 'overlay', overlay: undefined }];
  }
}

/** The actions a key press means in this state (none for a key nothing binds). */
export function keyActions(state: AppState, press: KeyPress): Action[] {
  const contexts = contextsOf(state);
  const name = keyName(press);
  // Ctrl-C always quits, whatever has the keys.
  if (name === 'ctrl+c') return [{ type: 'quit' }];
  const binding = lookup(contexts, name);
  if (binding !== undefined) return run(state, binding, name);
  const [first] = contexts;
  if (first !== undefined && typing.has(first)) {
    if (name === 'backspace') return [{ type: 'backspace' }];
    if (press.input !== '' && !press.ctrl && [...press.input].every((ch) => ch >= ' ')) {
      return [{ type: 'text', text: press.input }];
    }
  }
  return [];
}
