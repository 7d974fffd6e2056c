// A few render tests of the real components at fixed sizes; state comes from the reducer, as in the app.
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { Screen } from '../../src/ui/components/app.js';
import { withErrors } from '../../src/ui/form.js';
import { emptyList } from '../../src/ui/list.js';
import { serverFormScreen } from '../../src/ui/screens.js';
import type { AppState } from '../../src/ui/state.js';
import { apply, call, connected, press, tool, user, withServers } from './fixtures.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function frame(state: AppState): string {
  const view = render(<Screen state={state} />);
  unmount = view.unmount;
  // Colors are on when FORCE_COLOR is set (as CI's runner sets it): the assertions read the text.
  return stripVTControlCharacters(view.lastFrame() ?? '');
}

const sized = (state: AppState, columns: number, rows: number) =>
  apply(state, { type: 'resize', size: { columns, rows } });

describe('render', () => {
  it('servers at 80×24: header, rows, footer keys, nothing wider than the terminal', () => {
    const text = frame(sized(withServers(connected(), 30), 80, 24));
    const lines = text.split('\n');
    expect(lines[0]).toContain('http://127.0.0.1:8787');
    expect(lines[0]).toContain('project default');
    expect(lines[0]).toContain('● connected');
    expect(text).toContain('Servers (30+)');
    expect(text).toContain('server 1 ');
    expect(text).toContain('<c> create');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('the help overlay lists the screen’s keys, filtered', () => {
    const text = frame(press(withServers(connected(), 2), '?', 'delete').state);
    expect(text).toContain('delete the selected server');
    expect(text).not.toContain('go to the top');
  });

  it('a confirm names what goes', () => {
    const text = frame(press(withServers(connected(), 2), 'd').state);
    expect(text).toContain('Delete server "server 1"');
    expect(text).toContain('y: yes');
  });

  it('a server: allowed tools, users, the generated URL and token', () => {
    const opened = press(withServers(connected(), 1), { input: '', return: true }).state;
    const state = apply(
      sized(opened, 130, 30),
      {
        type: 'list/rows',
        key: 2,
        list: 'tools',
        rows: [tool('NOTES_SET'), tool('NOTES_GET')],
        done: true,
        mode: 'replace',
      },
      { type: 'list/rows', key: 2, list: 'users', rows: [user('ada')], done: true, mode: 'replace' },
      { type: 'toggle' },
      {
        type: 'server/access',
        key: 2,
        access: { userId: 'ada', url: 'http://h/v3/mcp/x?user_id=ada', headers: { Authorization: 'Bearer pbt_abc' } },
      },
    );
    const text = frame(state);
    expect(text).toContain('[ ] NOTES_SET');
    expect(text).toContain('[x] NOTES_GET');
    expect(text).toContain('Tools (2) unsaved: s saves');
    expect(text).toContain('ada');
    expect(text).toContain('Authorization: Bearer pbt_abc');
  });

  it('form errors sit at their field', () => {
    const state = apply(connected(), { type: 'push', screen: serverFormScreen() });
    const screen = state.stack[1];
    if (screen?.kind !== 'serverForm') throw new Error('no form');
    const withError = {
      ...state,
      stack: [state.stack[0], { ...screen, form: withErrors(screen.form, { name: 'must be 4-30 characters' }) }],
    };
    const text = frame(withError as AppState);
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.includes('Name *'));
    expect(lines[at + 1]).toContain('must be 4-30 characters');
  });

  it('the unreachable screen says what to run', () => {
    const state = apply(connected(), {
      type: 'connection',
      connection: {
        status: 'unreachable',
        message: 'No answer from http://127.0.0.1:8787',
        fix: 'Start it with `patchbay serve`, then press R.',
      },
    });
    const text = frame(state);
    expect(text).toContain('Cannot reach the Patchbay server');
    expect(text).toContain('patchbay serve');
    expect(text).toContain('<R> retry');
  });

  it('the live log: calls newest first, follow and outcome, latency per tool on a wide terminal', () => {
    const state = press(sized(connected(), 130, 30), ':', 'calls', { input: '', return: true }).state;
    const key = state.stack[0]?.key ?? 0;
    const text = frame(
      apply(state, {
        type: 'list/rows',
        key,
        list: 'calls',
        rows: [call(30, { outcome: 'error', error: 'No note has the key' }), call(12), call(3)],
        done: true,
        mode: 'replace',
      }),
    );
    expect(text).toContain('Calls, newest first, follow: on, outcome: all (3)');
    expect(text).toMatch(/NOTES_GET\s+ada\s+error\s+30\s+No note has the key/);
    expect(text).toContain('LATENCY');
    expect(text).toMatch(/NOTES_GET\s+\S+\s+12ms/);
  });

  it('a toolkit’s tools with the selected one’s input schema', () => {
    const opened = apply(connected(), {
      type: 'push',
      screen: { kind: 'toolkit', slug: 'notes', name: 'Notes', list: emptyList(), showSchema: true },
    });
    const schema = { type: 'object', properties: { key: { type: 'string' } }, required: ['key'] };
    const text = frame(
      apply(opened, {
        type: 'list/rows',
        key: 2,
        list: 'toolkit',
        rows: [
          {
            ...tool('NOTES_GET'),
            inputParameters: schema,
            outputParameters: {},
            tags: [],
            annotations: {},
            noAuth: true,
            toolkit: { slug: 'notes', name: 'Notes', logo: null },
          },
        ],
        done: true,
        mode: 'replace',
      }),
    );
    expect(text).toContain('Notes tools (1)');
    expect(text).toContain('NOTES_GET input schema');
    expect(text).toContain('"required": [');
  });

  it('try a tool: its fields, required ones marked, and the result', () => {
    const state = press(withServers(connected(), 1), { input: '', return: true }).state;
    const withTool = apply(state, {
      type: 'list/rows',
      key: 2,
      list: 'tools',
      rows: [
        {
          ...tool('NOTES_SET'),
          inputParameters: {
            type: 'object',
            required: ['key'],
            properties: { key: { type: 'string' }, value: { type: 'string' } },
          },
        },
      ],
      done: true,
      mode: 'replace',
    });
    const tried = press(withTool, 't').state;
    const text = frame(apply(tried, { type: 'try/result', key: 3, ok: true, text: '{\n  "created": true\n}' }));
    expect(text).toContain('Try NOTES_SET');
    expect(text).toContain('As user *');
    expect(text).toContain('key *');
    expect(text).toMatch(/value\s/);
    expect(text).toContain('"created": true');
  });

  it('accounts: status per user and toolkit, and the wait for a connection with its link', () => {
    const state = press(connected(), ':', 'accounts', { input: '', return: true }).state;
    const key = state.stack[0]?.key ?? 0;
    const account = {
      id: 'ca_1',
      toolkit: { slug: 'github' },
      authConfig: { id: 'ac_1', authScheme: 'OAUTH2' as const, isComposioManaged: false, isDisabled: false },
      userId: 'ada',
      status: 'INITIATED' as const,
      statusReason: null,
      isDisabled: false,
      createdAt: '',
      updatedAt: '',
    };
    const text = frame(
      apply(
        state,
        { type: 'list/rows', key, list: 'accounts', rows: [account], done: true, mode: 'replace' },
        {
          type: 'accounts/waiting',
          key,
          waiting: { id: 'ca_1', userId: 'ada', url: 'http://127.0.0.1:8787/connect/ca_1' },
        },
      ),
    );
    expect(text).toMatch(/ada\s+github\s+INITIATED\s+OAUTH2\s+ac_1/);
    expect(text).toContain('Waiting for ada to finish connecting');
    expect(text).toContain('Link: http://127.0.0.1:8787/connect/ca_1');
  });

  it('users across servers at 80×24: one row per user and server, its keys in the footer', () => {
    const onUsers = press(connected(), ':', 'users', { input: '', return: true }).state;
    const rows = ['ada', 'bob'].map((id, i) => ({ ...user(id), serverId: `s${i}`, serverName: `Server ${i}` }));
    const state = apply(sized(onUsers, 80, 24), {
      type: 'list/rows',
      key: 2,
      list: 'allUsers',
      rows,
      done: true,
      mode: 'replace',
    });
    const text = frame(state);
    expect(text).toContain('Users (2)');
    expect(text).toMatch(/ada\s+Server 0\s+2026-12-01 10:00\s+s0/);
    expect(text).toMatch(/bob\s+Server 1/);
    expect(text).toContain('<d> remove');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(frame(press(state, 'd').state)).toContain('Remove user "ada" from "Server 0"?');
  });
});
