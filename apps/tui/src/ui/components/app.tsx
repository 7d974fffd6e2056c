// The whole screen: header, the top screen (or an overlay), the status line, the footer of its keys.
import { Box, useInput } from 'ink';
import { useSyncExternalStore } from 'react';
import type { Controller } from '../controller.js';
import { contextsOf } from '../input.js';
import type { AppState } from '../state.js';
import { top } from '../views.js';
import { Footer, Header, StatusBar } from './chrome.js';
import { ConnectFormView, ServerFormView, ToolkitFormView, TryView } from './forms.js';
import { AccountsView, CallsView, ServersView, ToolkitsView, ToolkitView } from './lists.js';
import { ConfirmView, HelpView, UnreachableView } from './overlays.js';
import { ServerView } from './server.js';
import { UsersView } from './users.js';

/** Lines around the body: two of header, the status line, the footer, and the last row left empty. */
const chrome = 5;

function Body({ state, width, height }: { state: AppState; width: number; height: number }) {
  const { connection, overlay } = state;
  if (connection.status === 'unreachable') {
    return <UnreachableView url={state.url} message={connection.message} fix={connection.fix} width={width} />;
  }
  if (overlay?.kind === 'help') {
    return (
      <HelpView
        contexts={contextsOf({ ...state, overlay: undefined })}
        filter={overlay.filter}
        width={width}
        height={height}
      />
    );
  }
  const screen = top(state.stack);
  if (screen === undefined) return null;
  const area = { width, height };
  switch (screen.kind) {
    case 'servers':
      return <ServersView screen={screen} {...area} />;
    case 'server':
      return <ServerView screen={screen} {...area} />;
    case 'serverForm':
      return <ServerFormView screen={screen} {...area} />;
    case 'toolkits':
      return <ToolkitsView screen={screen} {...area} />;
    case 'toolkit':
      return <ToolkitView screen={screen} {...area} />;
    case 'calls':
      return <CallsView screen={screen} {...area} />;
    case 'try':
      return <TryView screen={screen} {...area} />;
    case 'accounts':
      return <AccountsView screen={screen} {...area} />;
    case 'users':
      return <UsersView screen={screen} {...area} />;
    case 'connectForm':
      return <ConnectFormView screen={screen} {...area} />;
    case 'toolkitForm':
      return <ToolkitFormView screen={screen} {...area} />;
  }
}

export function Screen({ state }: { state: AppState }) {
  const { columns, rows } = state.size;
  const height = Math.max(3, rows - chrome);
  const overlay = state.overlay;
  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Header state={state} />
      <Box height={height} width={columns} flexDirection="column">
        {overlay?.kind === 'confirm' ? (
          <Box height={height} alignItems="center" justifyContent="center">
            <ConfirmView message={overlay.message} width={columns} height={height} />
          </Box>
        ) : (
          <Body state={state} width={columns} height={height} />
        )}
      </Box>
      <StatusBar state={state} />
      <Footer contexts={contextsOf(state)} width={columns} />
    </Box>
  );
}

export function App({ controller }: { controller: Controller }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  useInput((input, key) => controller.press({ ...key, input }));
  return <Screen state={state} />;
}
