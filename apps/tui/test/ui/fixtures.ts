// Rows shaped as the SDK answers them, for reducer and render tests.
import type { McpInstance, McpServer, ToolCall } from '@patchbay/sdk';
import { keyActions } from '../../src/ui/input.js';
import type { KeyPress } from '../../src/ui/keys.js';
import { initialState, reduce } from '../../src/ui/reducer.js';
import type { Action, AppState } from '../../src/ui/state.js';

export function server(n: number, extra: Partial<McpServer> = {}): McpServer {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    name: `server ${n}`,
    authConfigIds: [],
    allowedTools: [],
    allowedResources: [],
    allowedPrompts: [],
    toolkits: ['notes'],
    toolkitIcons: {},
    mcpUrl: `http://127.0.0.1:8787/v3/mcp/${id}`,
    commands: { cursor: '', claude: '', windsurf: '' },
    serverInstanceCount: 0,
    managedAuthViaComposio: false,
    manuallyManageConnections: true,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...extra,
  };
}

export function call(n: number, extra: Partial<ToolCall> = {}): ToolCall {
  return {
    id: `call-${n}`,
    serverId: null,
    userId: 'ada',
    connectedAccountId: null,
    toolSlug: 'NOTES_GET',
    toolkitSlug: 'notes',
    startedAt: `2026-12-01T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    durationMs: n,
    outcome: 'success',
    error: null,
    source: 'mcp',
    ...extra,
  };
}

export function user(userId: string): McpInstance {
  return { id: `i-${userId}`, userId, serverId: 's', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '' };
}

export const tool = (slug: string) => ({
  slug,
  name: slug,
  description: `does ${slug}`,
  inputParameters: {},
  toolkit: 'notes',
});

export function connected(): AppState {
  return reduce(initialState('http://127.0.0.1:8787', { columns: 100, rows: 30 }), {
    type: 'connection',
    connection: { status: 'connected', project: 'default' },
  });
}

/** Applies actions in order. */
export function apply(state: AppState, ...actions: Action[]): AppState {
  return actions.reduce(reduce, state);
}

/** Presses keys (a string of characters, or KeyPress objects) the way the controller does, collecting the intents. */
export function press(state: AppState, ...keys: Array<string | KeyPress>): { state: AppState; actions: Action[] } {
  const actions: Action[] = [];
  let current = state;
  for (const key of keys) {
    const presses: KeyPress[] = typeof key === 'string' ? [...key].map((input) => ({ input })) : [key];
    for (const one of presses) {
      for (const action of keyActions(current, one)) {
        actions.push(action);
        current = reduce(current, action);
      }
    }
  }
  return { state: current, actions };
}

export const withServers = (state: AppState, count: number): AppState =>
  apply(state, {
    type: 'list/rows',
    key: 1,
    list: 'servers',
    rows: Array.from({ length: count }, (_, i) => server(i + 1)),
    done: false,
    mode: 'replace',
  });
