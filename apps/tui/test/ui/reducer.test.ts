import { describe, expect, it } from 'vitest';
import { maxCalls } from '../../src/ui/reducer.js';
import { userField } from '../../src/ui/screens.js';
import type { AppState, ServerScreen } from '../../src/ui/state.js';
import { serverFilter, top } from '../../src/ui/views.js';
import { apply, call, connected, press, server, tool, user, withServers } from './fixtures.js';

const topOf = (state: AppState) => {
  const screen = top(state.stack);
  if (screen === undefined) throw new Error('no screen');
  return screen;
};
const serversList = (state: AppState) => {
  const screen = topOf(state);
  if (screen.kind !== 'servers') throw new Error(`top is ${screen.kind}`);
  return screen.list;
};
const serverScreen = (state: AppState): ServerScreen => {
  const screen = topOf(state);
  if (screen.kind !== 'server') throw new Error(`top is ${screen.kind}`);
  return screen;
};

describe('lists', () => {
  it('moves with j/k/arrows, g/G, clamped to the rows', () => {
    const state = withServers(connected(), 5);
    expect(serversList(press(state, 'jjj').state).cursor).toBe(3);
    expect(serversList(press(state, 'jjjjjjjj').state).cursor).toBe(4);
    expect(serversList(press(state, 'k').state).cursor).toBe(0);
    expect(serversList(press(state, 'G').state).cursor).toBe(4);
    expect(serversList(press(state, 'Gg').state).cursor).toBe(0);
    expect(serversList(press(state, { input: '', downArrow: true }).state).cursor).toBe(1);
  });

  it('keeps the cursor on its row when a refresh reorders the rows', () => {
    const state = press(withServers(connected(), 5), 'jj').state; // on server 3
    const refreshed = apply(state, {
      type: 'list/rows',
      key: 1,
      list: 'servers',
      rows: [server(9), server(3), server(1)],
      done: true,
      mode: 'replace',
    });
    expect(serversList(refreshed).items[serversList(refreshed).cursor]?.id).toBe(server(3).id);
  });

  it('appends a lazily fetched page and drops results for a screen that is gone', () => {
    const state = withServers(connected(), 2);
    const more = apply(state, {
      type: 'list/rows',
      key: 1,
      list: 'servers',
      rows: [server(3)],
      done: true,
      mode: 'append',
    });
    expect(serversList(more).items.map((s) => s.name)).toEqual(['server 1', 'server 2', 'server 3']);
    expect(serversList(more).done).toBe(true);
    const stale = apply(state, { type: 'list/rows', key: 99, list: 'servers', rows: [], done: true, mode: 'replace' });
    expect(stale).toBe(state);
  });

  it('filters live with /, keeps it with enter, clears it with esc', () => {
    const state = press(withServers(connected(), 5), 'jj').state;
    const typing = press(state, '/', 'note');
    expect(typing.state.overlay).toEqual({ kind: 'filter' });
    expect(serversList(typing.state)).toMatchObject({ filter: 'note', cursor: 0 });
    const kept = press(typing.state, { input: '', return: true }).state;
    expect(kept.overlay).toBeUndefined();
    expect(serversList(kept).filter).toBe('note');
    const cleared = press(typing.state, { input: '', escape: true }).state;
    expect(serversList(cleared).filter).toBe('');
    expect(cleared.overlay).toBeUndefined();
  });
});

describe('the servers list', () => {
  it('reads toolkit:<slug> out of the filter and cycles the order with o', () => {
    expect(serverFilter('my notes toolkit:notes tk:files')).toEqual({ name: 'my notes', toolkits: ['notes', 'files'] });
    expect(serverFilter('  ')).toEqual({ name: undefined, toolkits: undefined });
    const state = press(withServers(connected(), 5), 'jj', 'o').state;
    const screen = topOf(state);
    expect(screen.kind === 'servers' && [screen.order, screen.list.cursor]).toEqual([1, 0]);
    const wrapped = topOf(press(state, 'ooo').state);
    expect(wrapped.kind === 'servers' && wrapped.order).toBe(0);
  });
});

describe('overlays and navigation', () => {
  it('opens help, filters it by typing, closes with esc', () => {
    const { state } = press(connected(), '?', 'del');
    expect(state.overlay).toEqual({ kind: 'help', filter: 'del' });
    expect(press(state, { input: '', escape: true }).state.overlay).toBeUndefined();
  });

  it('runs : commands by name or alias and reports an unknown one', () => {
    const toolkits = press(connected(), ':', 'tk', { input: '', return: true }).state;
    expect(toolkits.stack.map((s) => s.kind)).toEqual(['toolkits']);
    const completed = press(connected(), ':', 'cal', { input: '', tab: true });
    expect(completed.state.overlay).toEqual({ kind: 'command', text: 'calls' });
    const unknown = press(connected(), ':', 'zap', { input: '', return: true }).state;
    expect(unknown.status).toEqual({ tone: 'error', text: expect.stringContaining('Unknown command ":zap"') });
    expect(press(connected(), ':', 'q', { input: '', return: true }).state.quit).toBe(true);
  });

  it('opens a server with enter and goes back with esc', () => {
    const opened = press(withServers(connected(), 3), 'j', { input: '', return: true }).state;
    expect(serverScreen(opened)).toMatchObject({ serverId: server(2).id, name: 'server 2', pane: 'tools' });
    expect(opened.stack.map((s) => s.kind)).toEqual(['servers', 'server']);
    expect(press(opened, { input: '', escape: true }).state.stack.map((s) => s.kind)).toEqual(['servers']);
  });

  it('asks before deleting, naming the server, and deletes only on y', () => {
    const asked = press(withServers(connected(), 3), 'd');
    const overlay = asked.state.overlay;
    expect(overlay?.kind).toBe('confirm');
    expect(overlay?.kind === 'confirm' && overlay.message).toContain(`"server 1" (${server(1).id})`);
    expect(press(asked.state, 'n').actions.some((a) => a.type === 'delete/server')).toBe(false);
    const yes = press(asked.state, 'y');
    expect(yes.actions).toContainEqual({ type: 'delete/server', serverId: server(1).id, name: 'server 1' });
    expect(yes.state.overlay).toBeUndefined();
  });

  it('quits on q, and on ctrl+c even in a form', () => {
    expect(press(connected(), 'q').state.quit).toBe(true);
    const form = press(connected(), 'c').state;
    expect(press(form, 'q').state.quit).toBe(false);
    expect(press(form, { input: 'c', ctrl: true }).state.quit).toBe(true);
  });

  it('answers only retry and quit while the server is unreachable', () => {
    const state = apply(connected(), {
      type: 'connection',
      connection: { status: 'unreachable', message: 'no answer', fix: 'run patchbay serve' },
    });
    expect(press(state, 'R').actions).toEqual([{ type: 'refresh' }]);
    expect(press(state, 'c').actions).toEqual([]);
    expect(press(state, 'q').state.quit).toBe(true);
  });
});

describe('the server form', () => {
  it('types into the focused field, moves with tab, submits from the last field', () => {
    const form = press(connected(), 'c', 'My notes', { input: '', tab: true }, 'notes').state;
    const screen = topOf(form);
    if (screen.kind !== 'serverForm') throw new Error(screen.kind);
    expect(screen.form.fields.map((f) => f.value)).toEqual(['My notes', 'notes', '', 'true']);
    const enter = { input: '', return: true };
    expect(press(form, enter).actions).toEqual([{ type: 'form/focus', by: 1 }]);
    expect(press(form, enter, enter).actions.at(-1)).toEqual({ type: 'form/focus', by: 1 });
    expect(press(form, enter, enter, enter).actions.at(-1)).toEqual({ type: 'submit' });
    expect(press(form, { input: 's', ctrl: true }).actions).toEqual([{ type: 'submit' }]);
  });
});

describe('a server', () => {
  const opened = () => {
    const state = press(withServers(connected(), 1), { input: '', return: true }).state;
    const key = serverScreen(state).key;
    return apply(
      state,
      {
        type: 'list/rows',
        key,
        list: 'tools',
        rows: ['A_ONE', 'A_TWO', 'A_THREE'].map(tool),
        done: true,
        mode: 'replace',
      },
      { type: 'list/rows', key, list: 'users', rows: [user('ada'), user('bob')], done: true, mode: 'replace' },
    );
  };

  it('toggles allowed tools from "all" and back', () => {
    const off = press(opened(), 'j', ' ').state;
    expect(serverScreen(off).allowed).toEqual(['A_ONE', 'A_THREE']);
    expect(press(off, ' ').state).toSatisfy((s: AppState) => serverScreen(s).allowed === 'all');
    expect(press(off, 's').actions).toEqual([{ type: 'save' }]);
  });

  it('generates the selected user’s URL, or asks whose', () => {
    expect(press(opened(), 'u').state.overlay).toMatchObject({ kind: 'prompt', onAccept: 'generate' });
    const asked = press(opened(), 'u', 'carol', { input: '', return: true });
    expect(asked.actions.at(-1)).toEqual({ type: 'generate', userId: 'carol' });
    const inUsers = press(opened(), { input: '', tab: true }, 'j', 'u');
    expect(inUsers.actions.at(-1)).toEqual({ type: 'generate', userId: 'bob' });
  });

  it('deletes the selected user (not the server) from the users pane', () => {
    const asked = press(opened(), { input: '', tab: true }, 'd');
    const overlay = asked.state.overlay;
    expect(overlay?.kind === 'confirm' && overlay.message).toContain('Remove user "ada" from "server 1"');
    expect(press(asked.state, 'y').actions.at(-1)).toEqual({
      type: 'delete/user',
      serverId: server(1).id,
      userId: 'ada',
    });
  });

  it('sets an AI client up with the generated URL: asks which, completes the name, then plans (a dry run first)', () => {
    expect(press(opened(), 'w').state.status?.text).toContain('u generates a user’s URL first');
    const state = apply(opened(), {
      type: 'server/access',
      key: 2,
      access: { userId: 'ada', url: 'http://x', headers: { Authorization: 'Bearer pbt_x' } },
    });
    const asked = press(state, 'w', 'cu', { input: '', tab: true });
    expect(asked.state.overlay).toMatchObject({ kind: 'prompt', onAccept: 'setup/plan', text: 'cursor' });
    expect(press(asked.state, { input: '', return: true }).actions.at(-1)).toEqual({
      type: 'setup/plan',
      client: 'cursor',
    });
  });

  it('opens "Try a tool" with the tool’s fields and the user', () => {
    const state = apply(opened(), {
      type: 'server/access',
      key: 2,
      access: { userId: 'ada', url: 'http://x', headers: {} },
    });
    const tried = press(state, 't').state;
    const screen = topOf(tried);
    if (screen.kind !== 'try') throw new Error(screen.kind);
    expect(screen.tool.slug).toBe('A_ONE');
    expect(screen.form.fields[0]).toMatchObject({ name: userField, value: 'ada' });
  });
});

describe('the live log', () => {
  const calls = () => {
    const state = press(connected(), ':', 'calls', { input: '', return: true }).state;
    const key = topOf(state).key;
    return {
      key,
      state: apply(state, {
        type: 'list/rows',
        key,
        list: 'calls',
        rows: [call(3), call(2), call(1)],
        done: true,
        mode: 'replace',
      }),
    };
  };

  it('puts new calls on top and keeps the cursor on its row below the top', () => {
    const { key, state } = calls();
    const atTop = apply(state, { type: 'calls/new', key, rows: [call(5), call(4), call(3)] });
    const atTopScreen = topOf(atTop);
    expect(atTopScreen.kind === 'calls' && atTopScreen.list.items.map((c) => c.id)).toEqual([
      'call-5',
      'call-4',
      'call-3',
      'call-2',
      'call-1',
    ]);
    expect(atTopScreen.kind === 'calls' && atTopScreen.list.cursor).toBe(0);
    const down = apply(press(state, 'j').state, { type: 'calls/new', key, rows: [call(4)] });
    const downScreen = topOf(down);
    expect(downScreen.kind === 'calls' && downScreen.list.items[downScreen.list.cursor]?.id).toBe('call-2');
  });

  it('keeps at most maxCalls rows, toggles follow with f and cycles the outcome with o', () => {
    const { key, state } = calls();
    const many = apply(state, {
      type: 'calls/new',
      key,
      rows: Array.from({ length: maxCalls + 10 }, (_, i) => call(i + 10)),
    });
    const screen = topOf(many);
    expect(screen.kind === 'calls' && screen.list.items.length).toBe(maxCalls);
    const toggled = topOf(press(state, 'f').state);
    expect(toggled.kind === 'calls' && toggled.follow).toBe(false);
    const cycled = topOf(press(state, 'oo').state);
    expect(cycled.kind === 'calls' && cycled.outcome).toBe('error');
  });
});

describe('accounts', () => {
  const account = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    toolkit: { slug: 'github' },
    authConfig: { id: 'ac_1', authScheme: 'BEARER_TOKEN' as const, isComposioManaged: false, isDisabled: false },
    userId: 'ada',
    status: 'ACTIVE' as const,
    statusReason: null,
    isDisabled: false,
    createdAt: '',
    updatedAt: '',
    ...extra,
  });
  const opened = () => {
    const state = press(connected(), ':', 'acc', { input: '', return: true }).state;
    const key = topOf(state).key;
    return apply(state, {
      type: 'list/rows',
      key,
      list: 'accounts',
      rows: [account('ca_1'), account('ca_2', { isDisabled: true })],
      done: true,
      mode: 'replace',
    });
  };

  it('asks before deleting, naming the account, and toggles disabled with x', () => {
    const asked = press(opened(), 'd');
    const overlay = asked.state.overlay;
    expect(overlay?.kind === 'confirm' && overlay.message).toContain('Delete the github account of "ada" (ca_1)');
    expect(press(asked.state, 'y').actions.at(-1)).toMatchObject({ type: 'delete/account', id: 'ca_1' });
    expect(press(opened(), 'x').actions).toEqual([{ type: 'account/enable', id: 'ca_1', enabled: false }]);
    expect(press(opened(), 'j', 'x').actions.at(-1)).toEqual({ type: 'account/enable', id: 'ca_2', enabled: true });
  });

  it('opens the connect form only when there is an auth config to connect through', () => {
    expect(press(opened(), 'c').state.status?.text).toContain('No auth config');
    const key = topOf(opened()).key;
    const config = {
      id: 'ac_1',
      name: 'gh',
      toolkit: { slug: 'github', logo: null },
      authScheme: 'BEARER_TOKEN' as const,
      isComposioManaged: false,
      credentials: {},
      scopes: [],
      status: 'ENABLED' as const,
      noOfConnections: 0,
      createdAt: '',
      lastUpdatedAt: '',
    };
    const withConfig = apply(opened(), { type: 'accounts/configs', key, configs: [config] });
    const form = topOf(press(withConfig, 'c').state);
    expect(form.kind === 'connectForm' && form.form.fields.map((f) => [f.name, f.value])).toEqual([
      ['user', ''],
      ['auth_config', 'ac_1'],
      ['config', ''],
    ]);
  });

  it('G moves to the last row fetched; list/bottom, when the rest is in, to the real last one', () => {
    const state = press(withServers(connected(), 30), 'G').state;
    const list = (s: typeof state) => (s.stack[0]?.kind === 'servers' ? s.stack[0].list : undefined);
    expect(list(state)?.cursor).toBe(29);
    const more = apply(state, {
      type: 'list/rows',
      key: 1,
      list: 'servers',
      rows: Array.from({ length: 20 }, (_, i) => server(31 + i)),
      done: true,
      mode: 'append',
    });
    expect(list(more)?.cursor).toBe(29);
    expect(list(apply(more, { type: 'list/bottom', key: 1, list: 'servers' }))?.cursor).toBe(49);
  });

  it('list/window puts rows fetched again in place, keeping the rest and the cursor', () => {
    const state = press(withServers(connected(), 30), 'j', 'j', 'j').state;
    const fresh = [server(11, { name: 'renamed 11' }), server(99)];
    const next = apply(state, { type: 'list/window', key: 1, offset: 10, list: 'servers', rows: fresh });
    const list = next.stack[0]?.kind === 'servers' ? next.stack[0].list : undefined;
    expect(list?.items.map((s) => s.name).slice(9, 13)).toEqual([
      'server 10',
      'renamed 11',
      fresh[1]?.name,
      'server 13',
    ]);
    expect(list?.items).toHaveLength(30);
    expect(list?.cursor).toBe(3);
  });
});
