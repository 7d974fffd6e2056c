// The terminal behind a small interface: its size and resizes, the clipboard, the browser opener, and the alternate
// screen with the guarantees around it (restored on quit, Ctrl-C, SIGTERM, SIGHUP and a crash; cursor shown again).
import { spawn } from 'node:child_process';
import type { Size } from './state.js';

export interface Terminal {
  size(): Size;
  /** Calls back on every resize; returns the unsubscribe. */
  onResize(listener: (size: Size) => void): () => void;
  /** Puts text on the clipboard; answers how (a clipboard tool's name, or `OSC 52`). */
  copy(text: string): Promise<string>;
  /** Opens a URL in the browser; false when there is no opener. */
  openUrl(url: string): Promise<boolean>;
}

/** A terminal of fixed size for render tests: copies are kept, nothing is opened. */
export function fixedTerminal(size: Size): Terminal & { copied: string[] } {
  const copied: string[] = [];
  return {
    copied,
    size: () => size,
    onResize: () => () => {},
    copy: async (text) => {
      copied.push(text);
      return 'test clipboard';
    },
    openUrl: async () => false,
  };
}

export const altScreenOn = '\x1b[?1049h';
export const altScreenOff = '\x1b[?1049l';
export const cursorHide = '\x1b[?25l';
export const cursorShow = '\x1b[?25h';
const clearScreen = '\x1b[2J\x1b[H';

/** OSC 52: the terminal itself sets the clipboard (works over SSH and in tmux with set-clipboard). */
export function osc52(text: string): string {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}

function run(command: string, args: string[], input?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
    if (input !== undefined) child.stdin?.end(input);
  });
}

const clipboardTools: ReadonlyArray<[string, string[]]> =
  process.platform === 'darwin'
    ? [['pbcopy', []]]
    : process.platform === 'win32'
      ? [['clip', []]]
      : [
          ['wl-copy', []],
          ['xclip', ['-selection', 'clipboard']],
          ['xsel', ['--clipboard', '--input']],
        ];

export interface NodeTerminalOptions {
  stdout?: NodeJS.WriteStream;
  env?: Record<string, string | undefined>;
}

export function nodeTerminal(options: NodeTerminalOptions = {}): Terminal {
  const stdout = options.stdout ?? process.stdout;
  const env = options.env ?? process.env;
  const size = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  return {
    size,
    onResize(listener) {
      const handler = () => listener(size());
      stdout.on('resize', handler);
      return () => {
        stdout.off('resize', handler);
      };
    },
    async copy(text) {
      // A clipboard tool needs a display (X11 or Wayland) on Linux; otherwise the terminal is the clipboard.
      const graphical = process.platform !== 'linux' || env.DISPLAY !== undefined || env.WAYLAND_DISPLAY !== undefined;
      if (graphical) {
        for (const [command, args] of clipboardTools) if (await run(command, args, text)) return command;
      }
      stdout.write(osc52(text));
      return 'OSC 52';
    },
    async openUrl(url) {
      const [command, args] =
        process.platform === 'darwin'
          ? ['open', [url]]
          : process.platform === 'win32'
            ? ['cmd', ['/c', 'start', '', url]]
            : ['xdg-open', [url]];
      return run(command, args);
    },
  };
}

/**
 * Enters the alternate screen and hides the cursor; the returned `leave` undoes both, once, and is also run on
 * process exit, SIGTERM, SIGHUP and an uncaught error, so no way out leaves the terminal broken.
 */
export function enterFullScreen(stdout: NodeJS.WriteStream = process.stdout): { leave: () => void } {
  let active = true;
  const leave = () => {
    if (!active) return;
    active = false;
    stdout.write(`${cursorShow}${altScreenOff}`);
    process.off('exit', leave);
    process.off('SIGTERM', onTerm);
    process.off('SIGHUP', onHup);
    process.off('SIGINT', onInt);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  };
  const bysignal = (code: number) => () => {
    leave();
    process.exit(code);
  };
  const onTerm = bysignal(143);
  const onHup = bysignal(129);
  const onInt = bysignal(130);
  const onCrash = (error: unknown) => {
    leave();
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`patchbay: the terminal UI crashed: ${detail}\nPlease report it with what you did.\n`);
    process.exit(1);
  };
  process.on('exit', leave);
  process.on('SIGTERM', onTerm);
  process.on('SIGHUP', onHup);
  process.on('SIGINT', onInt);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  stdout.write(`${altScreenOn}${cursorHide}${clearScreen}`);
  return { leave };
}

/** Clears the screen (after a resize, before the next frame is drawn from the top). */
export function clear(stdout: NodeJS.WriteStream = process.stdout): void {
  stdout.write(clearScreen);
}
