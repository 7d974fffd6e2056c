// Header, footer, status line, spinner: the frame every screen sits in.
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { bindingsFor, type KeyContext, showKey } from '../keys.js';
import type { AppState, Screen } from '../state.js';
import { fit } from './table.js';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A spinner that appears only once something has been waited on for ~150 ms. */
export function Spinner({ busy }: { busy: boolean }) {
  const [frame, setFrame] = useState(-1);
  useEffect(() => {
    if (!busy) {
      setFrame(-1);
      return;
    }
    const show = setTimeout(() => setFrame(0), 150);
    const spin = setInterval(() => setFrame((f) => (f < 0 ? f : (f + 1) % frames.length)), 100);
    return () => {
      clearTimeout(show);
      clearInterval(spin);
    };
  }, [busy]);
  return <Text color="yellow">{frame < 0 ? ' ' : frames[frame]}</Text>;
}

export function screenTitle(screen: Screen): string {
  switch (screen.kind) {
    case 'servers':
      return 'Servers';
    case 'server':
      return screen.name;
    case 'serverForm':
      return screen.mode === 'create' ? 'New server' : 'Edit server';
    case 'toolkits':
      return 'Toolkits';
    case 'toolkit':
      return screen.name;
    case 'calls':
      return 'Calls';
    case 'try':
      return `Try ${screen.tool.slug}`;
    case 'accounts':
      return 'Accounts';
    case 'users':
      return 'Users';
    case 'connectForm':
      return 'Connect an account';
    case 'toolkitForm':
      return 'Register a toolkit';
  }
}

export function Header({ state }: { state: AppState }) {
  const { connection } = state;
  const crumbs = state.stack.map(screenTitle).join(' › ');
  const [mark, word, color] =
    connection.status === 'connected'
      ? ['●', 'connected', 'green']
      : connection.status === 'connecting'
        ? ['○', 'connecting', 'yellow']
        : ['✕', 'unreachable', 'red'];
  const project = connection.status === 'connected' ? connection.project : '-';
  // One line of nested texts, cut at the edge: a narrow terminal loses the end, never the spaces between.
  return (
    <Box flexDirection="column" width={state.size.columns}>
      <Box width={state.size.columns}>
        <Text wrap="truncate-end">
          <Text bold color="magenta">
            patchbay{' '}
          </Text>
          {state.url} <Text dimColor>project </Text>
          {project}{' '}
          <Text color={color}>
            {mark} {word}
          </Text>{' '}
          <Spinner busy={state.busy > 0} />
        </Text>
      </Box>
      <Text color="cyan">{fit(crumbs, state.size.columns)}</Text>
    </Box>
  );
}

export function Footer({ contexts, width }: { contexts: KeyContext[]; width: number }) {
  // `?` first: on a narrow terminal the end of the line is cut, and help lists the rest.
  const shown = bindingsFor(contexts).filter((binding) => binding.footer);
  const ordered = [...shown.filter((b) => b.command === 'help'), ...shown.filter((b) => b.command !== 'help')];
  const parts = ordered.map((binding) => `<${binding.keys.map(showKey).join('/')}> ${binding.label}`);
  return <Text dimColor>{fit(parts.join('  '), width)}</Text>;
}

export function StatusBar({ state }: { state: AppState }) {
  const width = state.size.columns;
  const overlay = state.overlay;
  if (overlay?.kind === 'command') return <Text color="yellow">{fit(`:${overlay.text}█`, width)}</Text>;
  if (overlay?.kind === 'prompt') return <Text color="yellow">{fit(`${overlay.label}: ${overlay.text}█`, width)}</Text>;
  if (overlay?.kind === 'filter') return <Text color="yellow">{fit(`/${filterText(state)}█`, width)}</Text>;
  if (state.status === undefined) return <Text> </Text>;
  return <Text color={state.status.tone === 'error' ? 'red' : 'green'}>{fit(state.status.text, width)}</Text>;
}

function filterText(state: AppState): string {
  const screen = state.stack[state.stack.length - 1];
  if (screen === undefined) return '';
  if (screen.kind === 'server') return screen.pane === 'tools' ? screen.tools.filter : screen.users.filter;
  return 'list' in screen ? screen.list.filter : '';
}
