// `patchbay` with no arguments: the full-screen UI, on the alternate screen, restored on every way out.
import { appendFileSync } from 'node:fs';
import { render } from 'ink';
import { App } from './components/app.js';
import { Controller } from './controller.js';
import type { Connect } from './session.js';
import { clear, enterFullScreen, nodeTerminal } from './terminal.js';

export interface RunOptions {
  connect: Connect;
  url: string;
}

export async function runUi(options: RunOptions): Promise<number> {
  const terminal = nodeTerminal();
  const controller = new Controller({ connect: options.connect, terminal, url: options.url });
  const screen = enterFullScreen();
  // Registered before Ink's own listener, so the screen is blank and the state resized when Ink redraws.
  const offResize = terminal.onResize((size) => {
    clear();
    controller.resize(size);
  });
  // PATCHBAY_TUI_METRICS=<file>: each frame's render time (ms) appended, one per line (bench/tui-first-paint.mjs).
  const metrics = process.env.PATCHBAY_TUI_METRICS;
  const onRender =
    metrics === undefined
      ? undefined
      : ({ renderTime }: { renderTime: number }) => appendFileSync(metrics, `${renderTime}\n`);
  const instance = render(<App controller={controller} />, {
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 30,
    onRender,
  });
  const unsubscribe = controller.subscribe(() => {
    if (controller.getState().quit) instance.unmount();
  });
  controller.start();
  try {
    await instance.waitUntilExit();
  } finally {
    unsubscribe();
    controller.stop();
    offResize();
    screen.leave();
  }
  return 0;
}
