// New screens as pushed: their initial state (lists empty, forms filled from what is known).
import type { AuthConfig, McpServer } from '@patchbay/sdk';
import { createForm, type FormField } from './form.js';
import { serverFields } from './forms/server-form.js';
import { fieldsFromSchema } from './forms/tool-args.js';
import { toolkitFields } from './forms/toolkit-form.js';
import { emptyList } from './list.js';
import type { NewScreen, Screen, ServerScreen, ToolRow } from './state.js';

export const userField = '@user';

export function toolkitFormScreen(): NewScreen {
  return { kind: 'toolkitForm', form: createForm(toolkitFields()) };
}

export function serversScreen(): NewScreen {
  return { kind: 'servers', list: emptyList(), order: 0 };
}
export function toolkitsScreen(): NewScreen {
  return { kind: 'toolkits', list: emptyList() };
}
export function callsScreen(): NewScreen {
  return { kind: 'calls', list: emptyList(), follow: true, outcome: 'all' };
}

export function usersScreen(): NewScreen {
  return { kind: 'users', list: emptyList() };
}

export function accountsScreen(): NewScreen {
  return { kind: 'accounts', list: emptyList(), authConfigs: [] };
}

export function connectFormScreen(configs: readonly AuthConfig[]): NewScreen {
  const fields: FormField[] = [
    { name: 'user', label: 'User', kind: 'text', value: '', required: true, hint: 'the end user the account is for' },
    {
      name: 'auth_config',
      label: 'Auth config',
      kind: 'enum',
      value: configs[0]?.id ?? '',
      required: true,
      options: configs.map((config) => config.id),
      hint:
        configs.map((config) => `${config.id}: ${config.toolkit.slug} ${config.authScheme}`).join(' · ') || 'none yet',
    },
    {
      name: 'config',
      label: 'Credentials',
      kind: 'json',
      value: '',
      required: false,
      hint: 'for key schemes, e.g. {"token":"…"}; empty for OAuth (you get a link)',
    },
  ];
  return { kind: 'connectForm', form: createForm(fields) };
}

export function serverFormScreen(server?: McpServer): NewScreen {
  return {
    kind: 'serverForm',
    mode: server === undefined ? 'create' : 'edit',
    serverId: server?.id,
    form: createForm(serverFields(server)),
  };
}

export function tryScreen(server: ServerScreen, tool: ToolRow, userId: string): NewScreen {
  const user: FormField = {
    name: userField,
    label: 'As user',
    kind: 'text',
    value: userId,
    required: true,
    hint: 'the user whose scoped token makes the call',
  };
  return {
    kind: 'try',
    serverId: server.serverId,
    serverName: server.name,
    tool,
    form: createForm([user, ...fieldsFromSchema(tool.inputParameters)]),
  };
}

const loadingList = () => ({ items: [], cursor: 0, filter: '', loading: true, done: false });

/** A server's screen before its rows arrive; without `server`, its row comes with server/loaded. */
function serverScreen(
  id: string,
  name: string,
  server: McpServer | undefined,
  pane: ServerScreen['pane'],
): ServerScreen {
  const allowed = server === undefined || server.allowedTools.length === 0 ? 'all' : server.allowedTools;
  return {
    kind: 'server',
    key: 0,
    serverId: id,
    name,
    server,
    pane,
    tools: loadingList(),
    allowed,
    saved: allowed,
    users: loadingList(),
  };
}

/** The screen `enter` opens from a list row (a server, a toolkit, a user's server), or undefined. */
export function openedScreen(screen: Screen): Screen | undefined {
  if (screen.kind === 'servers') {
    const server = screen.list.items[screen.list.cursor];
    return server === undefined ? undefined : serverScreen(server.id, server.name, server, 'tools');
  }
  if (screen.kind === 'users') {
    // The user's server, on its users pane: the row was a user.
    const row = screen.list.items[screen.list.cursor];
    return row === undefined ? undefined : serverScreen(row.serverId, row.serverName, undefined, 'users');
  }
  if (screen.kind === 'toolkits') {
    const toolkit = screen.list.items[screen.list.cursor];
    if (toolkit === undefined) return undefined;
    return { kind: 'toolkit', key: 0, slug: toolkit.slug, name: toolkit.name, list: loadingList(), showSchema: false };
  }
  return undefined;
}
