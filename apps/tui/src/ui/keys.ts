// The one key table: every key the UI answers, in which context, what it does. The reducer resolves keys through
// it, the footer and the `?` overlay list it, and the README's keys table is checked against it.

/** Where a binding applies. A screen's normal mode looks up its own kind, then `list` (if it has one), then `global`. */
export type KeyContext =
  | 'global'
  | 'list'
  | 'servers'
  | 'server'
  | 'toolkits'
  | 'toolkit'
  | 'calls'
  | 'accounts'
  | 'users'
  | 'form'
  | 'filter'
  | 'command'
  | 'help'
  | 'confirm'
  | 'prompt'
  | 'unreachable';

export type KeyCommand =
  | 'help'
  | 'filter'
  | 'command'
  | 'back'
  | 'open'
  | 'down'
  | 'up'
  | 'top'
  | 'bottom'
  | 'pageDown'
  | 'pageUp'
  | 'refresh'
  | 'quit'
  | 'create'
  | 'edit'
  | 'delete'
  | 'nextPane'
  | 'toggle'
  | 'save'
  | 'generate'
  | 'addUser'
  | 'copy'
  | 'tryTool'
  | 'follow'
  | 'outcome'
  | 'connect'
  | 'setup'
  | 'order'
  | 'disable'
  | 'nextField'
  | 'prevField'
  | 'submit'
  | 'cycleRight'
  | 'cycleLeft'
  | 'complete'
  | 'accept'
  | 'cancel'
  | 'yes'
  | 'no';

export interface Binding {
  /** Key names as `keyName` spells them: a character, or `enter`, `esc`, `tab`, `shift+tab`, `up`, `ctrl+c`, … */
  keys: readonly string[];
  command: KeyCommand;
  context: KeyContext;
  /** A word or two for the footer. */
  label: string;
  /** One line for the help overlay and the README. */
  help: string;
  /** Shown in the footer (the rest only in `?`). */
  footer?: boolean;
}

const b = (
  context: KeyContext,
  keys: string[],
  command: KeyCommand,
  label: string,
  help: string,
  footer = false,
): Binding => ({ keys, command, context, label, help, footer });

export const keyTable: readonly Binding[] = [
  // Screen-specific bindings come first: a screen's key wins over a list or global key of the same name.
  b('servers', ['enter'], 'open', 'open', 'open the server: toolkits, allowed tools, users, URLs', true),
  b('servers', ['c'], 'create', 'create', 'create a server (a form checked with core’s schemas)', true),
  b('servers', ['e'], 'edit', 'edit', 'edit the selected server', true),
  b('servers', ['d'], 'delete', 'delete', 'delete the selected server (asks first, naming it)', true),
  b('servers', ['o'], 'order', 'order', 'order by updated or created, newest or oldest first'),
  b('server', ['tab'], 'nextPane', 'pane', 'switch between the tools and the users pane', true),
  b('server', ['space'], 'toggle', 'toggle', 'allow or disallow the selected tool', true),
  b('server', ['s'], 'save', 'save', 'save the allowed tools', true),
  b('server', ['u'], 'generate', 'url', 'generate a user’s URL and scoped token (the selected user, or asks)', true),
  b('server', ['a'], 'addUser', 'add user', 'add a user (an instance) to the server'),
  b('server', ['y'], 'copy', 'copy', 'copy the generated URL and token to the clipboard', true),
  b('server', ['t'], 'tryTool', 'try', 'try the selected tool through the MCP endpoint', true),
  b(
    'server',
    ['w'],
    'setup',
    'setup',
    'write the generated URL into an AI client’s config (a dry-run diff first)',
    true,
  ),
  b('server', ['e'], 'edit', 'edit', 'edit the server'),
  b('server', ['d'], 'delete', 'delete', 'delete the selected user, or the server from the tools pane (asks first)'),
  b('toolkits', ['enter'], 'open', 'open', 'open the toolkit: its tools and their input schemas', true),
  b(
    'toolkits',
    ['c'],
    'create',
    'register',
    'register a custom toolkit: an MCP command or URL, or an OpenAPI document',
    true,
  ),
  b('toolkits', ['d'], 'delete', 'delete', 'delete the selected custom toolkit (asks first)'),
  b('toolkit', ['enter'], 'open', 'schema', 'show or hide the selected tool’s input schema', true),
  b('calls', ['f'], 'follow', 'follow', 'follow mode on/off (new calls appear at the top)', true),
  b('calls', ['o'], 'outcome', 'outcome', 'filter by outcome: all, success, error', true),
  b(
    'accounts',
    ['c'],
    'connect',
    'connect',
    'connect an account: a user, an auth config; opens the link and waits',
    true,
  ),
  b('accounts', ['x'], 'disable', 'disable', 'disable or enable the selected account', true),
  b('accounts', ['d'], 'delete', 'delete', 'delete the selected account (asks first, naming it)', true),
  b('users', ['enter'], 'open', 'open', 'open the user’s server (its users pane)', true),
  b('users', ['d'], 'delete', 'remove', 'remove the selected user from its server (asks first)', true),
  b('unreachable', ['R'], 'refresh', 'retry', 'try to connect again', true),
  b('unreachable', ['q', 'ctrl+c'], 'quit', 'quit', 'quit', true),
  b('list', ['j', 'down'], 'down', 'down', 'move down'),
  b('list', ['k', 'up'], 'up', 'up', 'move up'),
  b('list', ['g', 'home'], 'top', 'top', 'go to the top'),
  b(
    'list',
    ['G', 'end'],
    'bottom',
    'bottom',
    'go to the last row (the pages not fetched yet load first, with a spinner)',
  ),
  b('list', ['ctrl+d', 'pagedown'], 'pageDown', 'page down', 'one page down'),
  b('list', ['ctrl+u', 'pageup'], 'pageUp', 'page up', 'one page up'),
  b(
    'list',
    ['/'],
    'filter',
    'filter',
    'filter the list (live; esc clears; on servers, toolkit:<slug> narrows by toolkit)',
    true,
  ),
  b('global', ['?'], 'help', 'help', 'every key of this screen (type to filter)', true),
  b(
    'global',
    [':'],
    'command',
    'command',
    'command line: :servers :toolkits :calls :accounts :users :quit (tab completes)',
    true,
  ),
  b('global', ['esc'], 'back', 'back', 'back to the previous screen'),
  b('global', ['R'], 'refresh', 'refresh', 'refresh now (lists also refresh every few seconds)'),
  b('global', ['q', 'ctrl+c'], 'quit', 'quit', 'quit and restore the terminal', true),
  b('form', ['tab', 'down'], 'nextField', 'next', 'next field', true),
  b('form', ['shift+tab', 'up'], 'prevField', 'prev', 'previous field'),
  b('form', ['right'], 'cycleRight', 'choice', 'next choice of a yes/no or enum field'),
  b('form', ['left'], 'cycleLeft', 'choice', 'previous choice of a yes/no or enum field'),
  b('form', ['enter', 'ctrl+s'], 'submit', 'submit', 'submit (enter on the last field, or ctrl+s anywhere)', true),
  b('form', ['esc'], 'back', 'cancel', 'leave the form', true),
  b('form', ['ctrl+c'], 'quit', 'quit', 'quit'),
  b('filter', ['enter'], 'accept', 'keep', 'keep the filter and go back to the list', true),
  b('filter', ['esc'], 'cancel', 'clear', 'clear the filter', true),
  b('command', ['tab'], 'complete', 'complete', 'complete the command', true),
  b('command', ['enter'], 'accept', 'run', 'run the command', true),
  b('command', ['esc'], 'cancel', 'cancel', 'close the command line', true),
  b('help', ['esc', '?'], 'cancel', 'close', 'close the help', true),
  b('confirm', ['y'], 'yes', 'yes', 'yes, do it', true),
  b('confirm', ['n', 'esc'], 'no', 'no', 'no, keep it', true),
  b('prompt', ['enter'], 'accept', 'ok', 'accept', true),
  b('prompt', ['tab'], 'complete', 'complete', 'complete a client name'),
  b('prompt', ['esc'], 'cancel', 'cancel', 'cancel', true),
];

/** What Ink's useInput reports, reduced to the fields the table needs (so tests need no Ink). */
export interface KeyPress {
  input: string;
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

/** The table's name for a key press: `enter`, `esc`, `up`, `ctrl+c`, `shift+tab`, `space`, or the character. */
export function keyName(key: KeyPress): string {
  if (key.return) return 'enter';
  if (key.escape) return 'esc';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && key.input.length === 1) return `ctrl+${key.input.toLowerCase()}`;
  if (key.input === ' ') return 'space';
  return key.input;
}

/** The first binding for `name` in the first context that has one. */
export function lookup(contexts: readonly KeyContext[], name: string): Binding | undefined {
  for (const context of contexts) {
    const found = keyTable.find((binding) => binding.context === context && binding.keys.includes(name));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every binding reachable in these contexts, a key shadowed by an earlier context left out. */
export function bindingsFor(contexts: readonly KeyContext[]): Binding[] {
  const taken = new Set<string>();
  const out: Binding[] = [];
  for (const context of contexts) {
    for (const binding of keyTable) {
      if (binding.context !== context) continue;
      const keys = binding.keys.filter((key) => !taken.has(key));
      if (keys.length === 0) continue;
      for (const key of keys) taken.add(key);
      out.push(keys.length === binding.keys.length ? binding : { ...binding, keys });
    }
  }
  return out;
}

/** How a key is written for a person: `↑`, `⏎`, `ctrl+c`. */
export function showKey(key: string): string {
  const names: Record<string, string> = { enter: '⏎', up: '↑', down: '↓', left: '←', right: '→', space: 'space' };
  return names[key] ?? key;
}

/** The README's keys table, generated from the table (a test checks the README holds exactly this). */
export function keysMarkdown(): string {
  const rows = keyTable.map(
    (binding) =>
      `| ${binding.context} | ${binding.keys.map((key) => `\`${key === '|' ? '\\|' : key}\``).join(' ')} | ${binding.help} |`,
  );
  return ['| where | keys | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * Several keys that arrived in one read (a paste, or keys sent faster than the terminal is read) as one press
 * each, so `ab\tcd\r` types, moves, types and submits. Escape sequences are left to Ink.
 */
export function splitKeys(key: KeyPress): KeyPress[] {
  if (key.input.length <= 1 || key.input.includes('\x1b')) return [key];
  return [...key.input].map((ch): KeyPress => {
    if (ch === '\t') return { input: '', tab: true };
    if (ch === '\r' || ch === '\n') return { input: '', return: true };
    if (ch === '\x7f' || ch === '\b') return { input: '', backspace: true };
    const code = ch.charCodeAt(0);
    if (code < 32) return { input: String.fromCharCode(code + 96), ctrl: true };
    return { input: ch };
  });
}
