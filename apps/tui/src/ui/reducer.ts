// The one reducer: AppState × Action → AppState, pure. Requests are the effects' (effects.ts); results come back
// as actions naming the screen they are for, and are dropped when that screen is gone.

import { setupClients } from '@patchbay/core';
import type { ToolCall } from '@patchbay/sdk';
import { complete, completeFrom } from './commands.js';
import { cycle, type FormState, focusBy, backspace as formBackspace, typeText, withErrors } from './form.js';
import { appendPage, failed, type ListState, move, moveTo, replaceRows, replaceWindow } from './list.js';
import { openedScreen } from './screens.js';
import {
  type Action,
  type AppState,
  type CallsScreen,
  type Outcome,
  type Screen,
  type ServerScreen,
  type Size,
  serverOrders,
} from './state.js';
import { focusedList, isForm, putRows, rowId, shownRows, top, updateList } from './views.js';

/** At most this many calls are kept in the live log (newest first). */
export const maxCalls = 1000;

export function initialState(url: string, size: Size): AppState {
  return {
    url,
    connection: { status: 'connecting' },
    stack: [
      { kind: 'servers', key: 1, list: { items: [], cursor: 0, filter: '', loading: false, done: false }, order: 0 },
    ],
    size,
    busy: 0,
    nextKey: 2,
    quit: false,
  };
}

function mapScreen(state: AppState, key: number, fn: (screen: Screen) => Screen): AppState {
  let changed = false;
  const stack = state.stack.map((screen) => {
    if (screen.key !== key) return screen;
    const next = fn(screen);
    if (next !== screen) changed = true;
    return next;
  });
  return changed ? { ...state, stack } : state;
}

function mapTop(state: AppState, fn: (screen: Screen) => Screen): AppState {
  const current = top(state.stack);
  return current === undefined ? state : mapScreen(state, current.key, fn);
}

function withForm(screen: Screen, fn: (form: FormState) => FormState): Screen {
  return isForm(screen) ? { ...screen, form: fn(screen.form) } : screen;
}

function editFilter(state: AppState, edit: (filter: string) => string): AppState {
  return mapTop(state, (screen) => {
    const name = focusedList(screen);
    if (name === undefined) return screen;
    return updateList(screen, name, (list) => ({ ...list, filter: edit(list.filter), cursor: 0 }));
  });
}

function editText(state: AppState, edit: (text: string) => string, formEdit: (form: FormState) => FormState): AppState {
  const overlay = state.overlay;
  if (overlay?.kind === 'help') return { ...state, overlay: { ...overlay, filter: edit(overlay.filter) } };
  if (overlay?.kind === 'command') return { ...state, overlay: { ...overlay, text: edit(overlay.text) } };
  if (overlay?.kind === 'prompt') return { ...state, overlay: { ...overlay, text: edit(overlay.text) } };
  if (overlay?.kind === 'filter') return editFilter(state, edit);
  if (overlay !== undefined) return state;
  return mapTop(state, (screen) => withForm(screen, formEdit));
}

function moveCursor(state: AppState, to: (list: ListState<unknown>, length: number) => ListState<unknown>): AppState {
  return mapTop(state, (screen) => {
    const name = focusedList(screen);
    if (name === undefined) return screen;
    const length = shownRows(screen, name).length;
    return updateList(screen, name, <T>(list: ListState<T>) => {
      const moved = to(list, length);
      return moved.cursor === list.cursor ? list : { ...list, cursor: moved.cursor };
    });
  });
}

/** Every tool slug of the server's toolkits, as fetched. */
const allTools = (screen: ServerScreen) => screen.tools.items.map((tool) => tool.slug);

function toggleTool(screen: Screen): Screen {
  if (screen.kind !== 'server' || screen.pane !== 'tools') return screen;
  const row = shownRows(screen, 'tools')[screen.tools.cursor];
  const slug = rowId(row);
  if (slug === '') return screen;
  const current = screen.allowed === 'all' ? allTools(screen) : screen.allowed;
  const next = current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug];
  const everything = allTools(screen).every((s) => next.includes(s));
  return { ...screen, allowed: everything ? 'all' : next };
}

const outcomes: readonly Outcome[] = ['all', 'success', 'error'];

function addCalls(screen: CallsScreen, rows: readonly ToolCall[]): CallsScreen {
  const known = new Set(screen.list.items.map((call) => call.id));
  const fresh = rows.filter((call) => !known.has(call.id));
  if (fresh.length === 0) return screen;
  const items = [...fresh, ...screen.list.items].slice(0, maxCalls);
  // Following the top keeps the newest call selected; a cursor further down stays on its row.
  const cursor = screen.list.cursor === 0 ? 0 : Math.min(screen.list.cursor + fresh.length, items.length - 1);
  return { ...screen, list: { ...screen.list, items, cursor } };
}

function push(state: AppState, screen: Screen): AppState {
  return {
    ...state,
    stack: [...state.stack, { ...screen, key: state.nextKey }],
    nextKey: state.nextKey + 1,
    overlay: undefined,
    status: undefined,
  };
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'resize':
      return { ...state, size: action.size };
    case 'connection':
      return { ...state, connection: action.connection, url: action.url ?? state.url };
    case 'busy':
      return { ...state, busy: Math.max(0, state.busy + action.delta) };
    case 'status':
      return { ...state, status: action.status };
    case 'quit':
      return { ...state, quit: true };
    case 'push':
      return push(state, { ...action.screen, key: 0 });
    case 'root':
      return {
        ...state,
        stack: [{ ...action.screen, key: state.nextKey }],
        nextKey: state.nextKey + 1,
        overlay: undefined,
        status: undefined,
      };
    case 'back':
      if (state.overlay !== undefined) return { ...state, overlay: undefined };
      if (state.stack.length <= 1) return state;
      return { ...state, stack: state.stack.slice(0, -1), status: undefined };
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'refresh':
      return state;
    case 'list/loading':
      return mapScreen(state, action.key, (screen) =>
        updateList(screen, action.list, (list) => ({ ...list, loading: true })),
      );
    case 'list/rows':
      return mapScreen(state, action.key, (screen) =>
        putRows(screen, action, (list, rows) =>
          action.mode === 'append' ? appendPage(list, rows, action.done) : replaceRows(list, rows, action.done, rowId),
        ),
      );
    case 'list/window':
      return mapScreen(state, action.key, (screen) =>
        putRows(screen, action, (list, rows) => replaceWindow(list, action.offset, rows)),
      );
    case 'list/bottom':
      return mapScreen(state, action.key, (screen) =>
        updateList(screen, action.list, (list) => moveTo(list, list.items.length - 1)),
      );
    case 'list/total':
      return mapScreen(state, action.key, (screen) =>
        updateList(screen, action.list, (list) =>
          list.total === action.total ? list : { ...list, total: action.total },
        ),
      );
    case 'list/error':
      return mapScreen(state, action.key, (screen) =>
        updateList(screen, action.list, (list) => failed(list, action.message)),
      );
    case 'calls/new':
      return mapScreen(state, action.key, (screen) =>
        screen.kind === 'calls' ? addCalls(screen, action.rows) : screen,
      );
    case 'server/loaded':
      return mapScreen(state, action.key, (screen) => {
        if (screen.kind !== 'server') return screen;
        const saved = action.server.allowedTools.length === 0 ? 'all' : action.server.allowedTools;
        // Edits not yet saved survive a refresh.
        const edited = JSON.stringify(screen.allowed) !== JSON.stringify(screen.saved);
        return {
          ...screen,
          server: action.server,
          name: action.server.name,
          saved,
          allowed: edited ? screen.allowed : saved,
        };
      });
    case 'server/access':
      return mapScreen(state, action.key, (screen) =>
        screen.kind === 'server' ? { ...screen, access: action.access } : screen,
      );
    case 'form/errors':
      return mapScreen(state, action.key, (screen) => withForm(screen, (form) => withErrors(form, action.errors)));
    case 'try/result':
      return mapScreen(state, action.key, (screen) =>
        screen.kind === 'try'
          ? { ...screen, result: { ok: action.ok, text: action.text }, form: { ...screen.form, submitting: false } }
          : screen,
      );
    case 'accounts/configs':
      return mapScreen(state, action.key, (screen) =>
        screen.kind === 'accounts' ? { ...screen, authConfigs: action.configs } : screen,
      );
    case 'accounts/waiting':
      return mapScreen(state, action.key, (screen) =>
        screen.kind === 'accounts' ? { ...screen, waiting: action.waiting } : screen,
      );
    case 'cursor':
      if ('by' in action) return moveCursor(state, (list, length) => move(list, action.by, length));
      return moveCursor(state, (list, length) => moveTo(list, action.to === 'top' ? 0 : length - 1, length));
    case 'text':
      return editText(
        state,
        (text) => text + action.text,
        (form) => typeText(form, action.text),
      );
    case 'backspace':
      return editText(state, (text) => text.slice(0, -1), formBackspace);
    case 'form/focus':
      return mapTop(state, (screen) => withForm(screen, (form) => focusBy(form, action.by)));
    case 'form/cycle':
      return mapTop(state, (screen) => withForm(screen, (form) => cycle(form, action.by)));
    case 'filter/cancel':
      return { ...editFilter(state, () => ''), overlay: undefined };
    case 'command/complete': {
      const overlay = state.overlay;
      if (overlay?.kind === 'command') return { ...state, overlay: { ...overlay, text: complete(overlay.text) } };
      if (overlay?.kind === 'prompt' && overlay.onAccept === 'setup/plan') {
        return { ...state, overlay: { ...overlay, text: completeFrom(setupClients, overlay.text) } };
      }
      return state;
    }
    case 'open': {
      const current = top(state.stack);
      if (current === undefined) return state;
      if (current.kind === 'toolkit') return mapTop(state, () => ({ ...current, showSchema: !current.showSchema }));
      const next = openedScreen(current);
      return next === undefined ? state : push(state, next);
    }
    case 'pane':
      return mapTop(state, (screen) =>
        screen.kind === 'server' ? { ...screen, pane: screen.pane === 'tools' ? 'users' : 'tools' } : screen,
      );
    case 'toggle':
      return mapTop(state, toggleTool);
    case 'follow':
      return mapTop(state, (screen) => (screen.kind === 'calls' ? { ...screen, follow: !screen.follow } : screen));
    case 'outcome':
      return mapTop(state, (screen) => {
        if (screen.kind !== 'calls') return screen;
        const outcome = outcomes[(outcomes.indexOf(screen.outcome) + 1) % outcomes.length] ?? 'all';
        return { ...screen, outcome, list: { ...screen.list, items: [], cursor: 0, done: false } };
      });
    case 'order':
      return mapTop(state, (screen) =>
        screen.kind === 'servers'
          ? { ...screen, order: (screen.order + 1) % serverOrders.length, list: { ...screen.list, cursor: 0 } }
          : screen,
      );
    case 'submit':
      return mapTop(state, (screen) => withForm(screen, (form) => ({ ...form, errors: {}, submitting: true })));
    case 'save':
    case 'generate':
    case 'addUser':
    case 'copy':
    case 'delete/server':
    case 'delete/user':
    case 'delete/account':
    case 'delete/toolkit':
    case 'account/enable':
    case 'setup/plan':
    case 'setup/apply':
      return state;
  }
}
