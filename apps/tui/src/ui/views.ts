// What each screen shows of its lists: which list has the keys, which filter on this side, the selected row.
import type { ConnectedAccount, McpInstance, McpServer, Tool, ToolCall, Toolkit } from '@patchbay/sdk';
import { type ListState, view } from './list.js';
import type {
  ConnectFormScreen,
  ListName,
  Rows,
  Screen,
  ServerFormScreen,
  ToolkitFormScreen,
  ToolRow,
  TryScreen,
  UserRow,
} from './state.js';

/** Text the `/` filter matches, for lists filtered here; the others are filtered by the server. */
export const localFilters = {
  tools: (row: ToolRow) => `${row.slug} ${row.name} ${row.toolkit}`,
  toolkit: (tool: Tool) => `${tool.slug} ${tool.name}`,
  calls: (call: ToolCall) => `${call.toolSlug} ${call.userId} ${call.serverId ?? 'direct'} ${call.outcome}`,
  accounts: (account: ConnectedAccount) => `${account.userId} ${account.toolkit.slug} ${account.status} ${account.id}`,
} as const;

export function isLocalFilter(name: ListName): name is keyof typeof localFilters {
  return name in localFilters;
}

/** The list the cursor keys and `/` act on. */
export function focusedList(screen: Screen): ListName | undefined {
  switch (screen.kind) {
    case 'servers':
    case 'toolkits':
    case 'toolkit':
    case 'calls':
    case 'accounts':
      return screen.kind;
    case 'server':
      return screen.pane;
    case 'users':
      return 'allUsers';
    default:
      return undefined;
  }
}

type AnyList =
  | ListState<McpServer>
  | ListState<Toolkit>
  | ListState<Tool>
  | ListState<ToolCall>
  | ListState<ToolRow>
  | ListState<McpInstance>
  | ListState<UserRow>
  | ListState<ConnectedAccount>;

export function getList(screen: Screen, name: ListName): AnyList | undefined {
  if (screen.kind === 'server') return name === 'tools' ? screen.tools : name === 'users' ? screen.users : undefined;
  if (screen.kind === 'users') return name === 'allUsers' ? screen.list : undefined;
  if (screen.kind === name && 'list' in screen) return screen.list;
  return undefined;
}

export type ListFn = <T>(list: ListState<T>) => ListState<T>;

export function updateList(screen: Screen, name: ListName, fn: ListFn): Screen {
  if (screen.kind === 'server') {
    if (name === 'tools') return { ...screen, tools: fn(screen.tools) };
    if (name === 'users') return { ...screen, users: fn(screen.users) };
    return screen;
  }
  if (screen.kind === 'users') return name === 'allUsers' ? { ...screen, list: fn(screen.list) } : screen;
  if (screen.kind !== name) return screen;
  switch (screen.kind) {
    case 'servers':
      return { ...screen, list: fn(screen.list) };
    case 'toolkits':
      return { ...screen, list: fn(screen.list) };
    case 'toolkit':
      return { ...screen, list: fn(screen.list) };
    case 'calls':
      return { ...screen, list: fn(screen.list) };
    case 'accounts':
      return { ...screen, list: fn(screen.list) };
    default:
      return screen;
  }
}

/** Puts typed rows into the list they belong to (the kinds match by construction of `Rows`). */
export function putRows(
  screen: Screen,
  rows: Rows,
  fn: <T>(list: ListState<T>, rows: readonly T[]) => ListState<T>,
): Screen {
  if (screen.kind === 'server') {
    if (rows.list === 'tools') return { ...screen, tools: fn(screen.tools, rows.rows) };
    if (rows.list === 'users') return { ...screen, users: fn(screen.users, rows.rows) };
    return screen;
  }
  if (screen.kind === 'servers' && rows.list === 'servers') return { ...screen, list: fn(screen.list, rows.rows) };
  if (screen.kind === 'toolkits' && rows.list === 'toolkits') return { ...screen, list: fn(screen.list, rows.rows) };
  if (screen.kind === 'toolkit' && rows.list === 'toolkit') return { ...screen, list: fn(screen.list, rows.rows) };
  if (screen.kind === 'calls' && rows.list === 'calls') return { ...screen, list: fn(screen.list, rows.rows) };
  if (screen.kind === 'accounts' && rows.list === 'accounts') return { ...screen, list: fn(screen.list, rows.rows) };
  if (screen.kind === 'users' && rows.list === 'allUsers') return { ...screen, list: fn(screen.list, rows.rows) };
  return screen;
}

/** The rows of a list as shown (after a local filter). */
export function shownRows(screen: Screen, name: ListName): readonly unknown[] {
  if (screen.kind === 'server') {
    if (name === 'tools') return view(screen.tools, localFilters.tools);
    if (name === 'users') return screen.users.items;
  }
  if (screen.kind === 'toolkit') return view(screen.list, localFilters.toolkit);
  if (screen.kind === 'calls') return view(screen.list, localFilters.calls);
  if (screen.kind === 'accounts') return view(screen.list, localFilters.accounts);
  return getList(screen, name)?.items ?? [];
}

/** A row's identity across refreshes: its `id`, else its `slug` (toolkits and tools). */
export function rowId(row: unknown): string {
  if (typeof row !== 'object' || row === null) return String(row);
  const id = Reflect.get(row, 'id') ?? Reflect.get(row, 'slug');
  return typeof id === 'string' ? id : '';
}

export const top = (stack: readonly Screen[]): Screen | undefined => stack[stack.length - 1];

/** The servers filter: words match the name (on the server); `toolkit:<slug>` (or `tk:`) keeps servers with it. */
export function serverFilter(text: string): { name: string | undefined; toolkits: string[] | undefined } {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const toolkits = words.filter((w) => /^(toolkit|tk):./.test(w)).map((w) => w.slice(w.indexOf(':') + 1));
  const name = words.filter((w) => !/^(toolkit|tk):/.test(w)).join(' ');
  return { name: name === '' ? undefined : name, toolkits: toolkits.length === 0 ? undefined : toolkits };
}

export type FormScreen = ServerFormScreen | TryScreen | ConnectFormScreen | ToolkitFormScreen;

/** The screens that are a form: keys type into their fields. */
export function isForm(screen: Screen): screen is FormScreen {
  return (
    screen.kind === 'serverForm' ||
    screen.kind === 'try' ||
    screen.kind === 'connectForm' ||
    screen.kind === 'toolkitForm'
  );
}
