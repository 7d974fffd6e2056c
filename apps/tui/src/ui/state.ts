// The UI's whole state and every action that changes it. Rows are the SDK's own types: the UI has no API type of
// its own.
import type { AuthConfig, ConnectedAccount, McpInstance, McpServer, Tool, ToolCall, Toolkit } from '@patchbay/sdk';
import type { FormState } from './form.js';
import type { ListState } from './list.js';

export interface Size {
  columns: number;
  rows: number;
}

export type Connection =
  | { status: 'connecting' }
  | { status: 'connected'; project: string }
  | { status: 'unreachable'; message: string; fix: string };

/** A tool of a server's toolkits, as the allowed-tools pane and "Try a tool" show it. */
export type ToolRow = Pick<Tool, 'slug' | 'name' | 'description' | 'inputParameters'> & { toolkit: string };

/** A user's URL and the headers that authorize it, as generate() answers them. */
export interface Access {
  userId: string;
  url: string;
  headers: Record<string, string>;
}

export type Outcome = 'all' | 'success' | 'error';

/** The orders the servers list cycles through (the server's `order_by` × `order_direction`). */
export const serverOrders = [
  { by: 'updatedAt', direction: 'desc', label: 'updated, newest first' },
  { by: 'updatedAt', direction: 'asc', label: 'updated, oldest first' },
  { by: 'createdAt', direction: 'desc', label: 'created, newest first' },
  { by: 'createdAt', direction: 'asc', label: 'created, oldest first' },
] as const;

export interface ServersScreen {
  kind: 'servers';
  key: number;
  list: ListState<McpServer>;
  /** Index into serverOrders. */
  order: number;
}

export interface ServerScreen {
  kind: 'server';
  key: number;
  serverId: string;
  name: string;
  server?: McpServer | undefined;
  pane: 'tools' | 'users';
  tools: ListState<ToolRow>;
  /** The allowed tools being edited; `all` is the server's empty list (every tool of its toolkits). */
  allowed: readonly string[] | 'all';
  /** What the server holds now, to tell whether there is anything to save. */
  saved: readonly string[] | 'all';
  users: ListState<McpInstance>;
  access?: Access | undefined;
}

export interface ServerFormScreen {
  kind: 'serverForm';
  key: number;
  mode: 'create' | 'edit';
  serverId?: string | undefined;
  form: FormState;
}

export interface ToolkitsScreen {
  kind: 'toolkits';
  key: number;
  list: ListState<Toolkit>;
}

export interface ToolkitScreen {
  kind: 'toolkit';
  key: number;
  slug: string;
  name: string;
  list: ListState<Tool>;
  showSchema: boolean;
}

export interface CallsScreen {
  kind: 'calls';
  key: number;
  list: ListState<ToolCall>;
  follow: boolean;
  outcome: Outcome;
}

export interface TryScreen {
  kind: 'try';
  key: number;
  serverId: string;
  serverName: string;
  tool: ToolRow;
  form: FormState;
  result?: { ok: boolean; text: string } | undefined;
}

/** A user of one server (its instance), on the Users screen that lists them across servers. */
export type UserRow = McpInstance & { serverName: string };

/** Every server's users (instances), walked server by server as the cursor scrolls. */
export interface UsersScreen {
  kind: 'users';
  key: number;
  list: ListState<UserRow>;
}

export interface AccountsScreen {
  kind: 'accounts';
  key: number;
  list: ListState<ConnectedAccount>;
  /** The project's auth configs, for the connect form. */
  authConfigs: readonly AuthConfig[];
  /** A connection started here, waited on until ACTIVE or failed. */
  waiting?: { id: string; userId: string; url: string | null } | undefined;
}

export interface ConnectFormScreen {
  kind: 'connectForm';
  key: number;
  form: FormState;
}

export interface ToolkitFormScreen {
  kind: 'toolkitForm';
  key: number;
  form: FormState;
}

export type Screen =
  | ServersScreen
  | ServerScreen
  | ServerFormScreen
  | ToolkitsScreen
  | ToolkitScreen
  | CallsScreen
  | TryScreen
  | AccountsScreen
  | UsersScreen
  | ConnectFormScreen
  | ToolkitFormScreen;
export type ScreenKind = Screen['kind'];
/** A screen as pushed: the reducer gives it its key. */
export type NewScreen = Screen extends infer S ? (S extends Screen ? Omit<S, 'key'> : never) : never;

/** Each list's row type: a list screen's own (named by its kind; `allUsers` is the Users screen's), a server's tools or users. */
export interface RowTypes {
  servers: McpServer;
  toolkits: Toolkit;
  toolkit: Tool;
  calls: ToolCall;
  tools: ToolRow;
  users: McpInstance;
  allUsers: UserRow;
  accounts: ConnectedAccount;
}
export type ListName = keyof RowTypes;
/** Rows for one list, the list's name tying them to their type. */
export type Rows = { [N in ListName]: { list: N; rows: readonly RowTypes[N][] } }[ListName];

export type Overlay =
  | { kind: 'help'; filter: string }
  | { kind: 'filter' }
  | { kind: 'command'; text: string }
  | { kind: 'confirm'; message: string; onYes: Action }
  | { kind: 'prompt'; label: string; text: string; onAccept: 'generate' | 'addUser' | 'setup/plan' };

export interface StatusLine {
  text: string;
  tone: 'info' | 'error';
}

export interface AppState {
  url: string;
  connection: Connection;
  stack: readonly Screen[];
  overlay?: Overlay | undefined;
  size: Size;
  status?: StatusLine | undefined;
  /** Network requests in flight (the spinner shows after ~150 ms of it). */
  busy: number;
  nextKey: number;
  quit: boolean;
}

export type Action =
  // What keys turn into (input.ts); all pure.
  | { type: 'cursor'; by: number }
  | { type: 'cursor'; to: 'top' | 'bottom' }
  | { type: 'text'; text: string }
  | { type: 'backspace' }
  | { type: 'form/focus'; by: number }
  | { type: 'form/cycle'; by: number }
  | { type: 'filter/cancel' }
  | { type: 'command/complete' }
  | { type: 'open' }
  | { type: 'pane' }
  | { type: 'toggle' }
  | { type: 'follow' }
  | { type: 'outcome' }
  | { type: 'order' }
  | { type: 'resize'; size: Size }
  /** `url`: the address the connection was made to, when it is known only then. */
  | { type: 'connection'; connection: Connection; url?: string | undefined }
  | { type: 'busy'; delta: 1 | -1 }
  | { type: 'status'; status: StatusLine | undefined }
  | { type: 'quit' }
  | { type: 'push'; screen: NewScreen }
  | { type: 'root'; screen: NewScreen }
  | { type: 'back' }
  | { type: 'overlay'; overlay: Overlay | undefined }
  | { type: 'refresh'; auto?: boolean }
  // Results of requests, for the screen with `key` (dropped when that screen is gone).
  | { type: 'list/loading'; key: number; list: ListName }
  | ({ type: 'list/rows'; key: number; done: boolean; mode: 'append' | 'replace' } & Rows)
  /** Rows fetched again in place, from index `offset` on (the auto-refresh of a long list's visible part). */
  | ({ type: 'list/window'; key: number; offset: number } & Rows)
  /** Every row has been fetched (G): the cursor goes to the last one. */
  | { type: 'list/bottom'; key: number; list: ListName }
  | { type: 'list/total'; key: number; list: ListName; total: number }
  | { type: 'list/error'; key: number; list: ListName; message: string }
  | { type: 'calls/new'; key: number; rows: readonly ToolCall[] }
  | { type: 'server/loaded'; key: number; server: McpServer }
  | { type: 'server/access'; key: number; access: Access }
  | { type: 'form/errors'; key: number; errors: Record<string, string> }
  | { type: 'try/result'; key: number; ok: boolean; text: string }
  | { type: 'accounts/configs'; key: number; configs: readonly AuthConfig[] }
  | { type: 'accounts/waiting'; key: number; waiting: AccountsScreen['waiting'] }
  // Intents: the reducer marks what it can; the effects do the request.
  | { type: 'save' }
  | { type: 'submit' }
  | { type: 'generate'; userId: string }
  /** Setup for an AI client: the dry run (its diff goes into a confirm), then the write. */
  | { type: 'setup/plan'; client: string }
  | { type: 'setup/apply'; client: string }
  | { type: 'addUser'; userId: string }
  | { type: 'copy' }
  | { type: 'delete/server'; serverId: string; name: string }
  | { type: 'delete/user'; serverId: string; userId: string }
  | { type: 'delete/account'; id: string; label: string }
  | { type: 'delete/toolkit'; slug: string }
  | { type: 'account/enable'; id: string; enabled: boolean };
