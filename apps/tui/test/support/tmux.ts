// A real terminal for end-to-end tests: a tmux pane on a private tmux server, driven by send-keys and read with
// capture-pane.
import { execFileSync } from 'node:child_process';
import { waitFor } from './server.js';

const isCi = (() => {
  const value = process.env.CI;
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
})();

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * tmux's path. In CI a missing tmux is installed with apt-get (and a failure to install fails the run); on a
 * developer's machine the end-to-end test is skipped with a loud message instead.
 */
export function ensureTmux(): string | undefined {
  const found = which('tmux');
  if (found !== undefined) return found;
  if (isCi) {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'tmux'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = which('tmux');
    if (installed === undefined) throw new Error('apt-get installed tmux but it is not on PATH');
    return installed;
  }
  process.stderr.write(
    '\n\n*** SKIPPING the terminal end-to-end tests: tmux is not installed. Install it (apt-get install tmux) to run ' +
      'them; CI installs it and never skips. ***\n\n',
  );
  return undefined;
}

export class Pane {
  private readonly socket = `patchbay-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly target = 'e2e';

  constructor(private readonly tmux: string) {}

  run(...args: string[]): string {
    return execFileSync(this.tmux, ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** Starts `command` (a shell line) in a detached session of the given size. */
  start(columns: number, rows: number, command: string): void {
    this.run('new-session', '-d', '-s', this.target, '-x', String(columns), '-y', String(rows), command);
    // OSC 52 from the program sets a tmux buffer, which the test can read back.
    this.run('set-option', '-s', 'set-clipboard', 'on');
  }

  /** Key names as tmux spells them: `Enter`, `Escape`, `Tab`, `C-s`, `Space`, or a single character. */
  keys(...keys: string[]): void {
    this.run('send-keys', '-t', this.target, ...keys);
  }

  /** Literal text, typed as is. */
  type(text: string): void {
    this.run('send-keys', '-t', this.target, '-l', text);
  }

  screen(): string {
    return this.run('capture-pane', '-p', '-t', this.target);
  }

  show(format: string): string {
    return this.run('display-message', '-p', '-t', this.target, format).trim();
  }

  resize(columns: number, rows: number): void {
    this.run('resize-window', '-t', this.target, '-x', String(columns), '-y', String(rows));
  }

  buffer(): string {
    return this.run('show-buffer');
  }

  /** Waits until the screen holds every text (or matches every pattern); fails showing the screen. */
  async waitFor(...wanted: Array<string | RegExp>): Promise<string> {
    let last = '';
    return waitFor(
      () => {
        last = this.screen();
        return wanted.every((w) => (typeof w === 'string' ? last.includes(w) : w.test(last))) ? last : undefined;
      },
      () => `${wanted.map(String).join(' & ')} on screen:\n${last}`,
      15_000,
    );
  }

  kill(): void {
    try {
      this.run('kill-server');
    } catch {
      // Already gone.
    }
  }
}
