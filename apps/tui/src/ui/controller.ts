// The store: the state, dispatch through the pure reducer, and the effects that actions start (requests through
// the SDK, timers for auto-refresh and the live log). Components only read the state and send key presses.

import { keyActions } from './input.js';
import { runIntent } from './intents.js';
import { type KeyPress, splitKeys } from './keys.js';
import { wantsMore } from './list.js';
import { Loaders, maxAutoRefetch } from './loaders.js';
import { initialState, reduce } from './reducer.js';
import { type Connect, describeError, explain, isUnreachable, type Session } from './session.js';
import type { Action, AppState, Screen, ScreenKind, Size } from './state.js';
import type { Terminal } from './terminal.js';
import { focusedList, getList, isLocalFilter, top } from './views.js';

export interface ControllerOptions {
  connect: Connect;
  terminal: Terminal;
  url: string;
  /** Lists refresh this often (ms); 0 turns it off. */
  refreshMs?: number;
  /** The live log polls this often while following (ms). */
  followMs?: number;
  /** Rows per page fetched. */
  pageSize?: number;
  /** Past this many fetched rows, the timer refreshes only the rows around the cursor (default 500). */
  maxAutoRefetch?: number;
}

/** The screens the timer refreshes; the live log has its own, faster timer, and forms are never refreshed. */
const refreshed: ReadonlySet<ScreenKind> = new Set(['servers', 'toolkits', 'server', 'accounts', 'users']);

/** How many rows before the end of what is fetched the next page is asked for. */
const lookahead = 20;

export class Controller {
  private state: AppState;
  private readonly listeners = new Set<() => void>();
  private session: Session | undefined;
  private readonly timers: NodeJS.Timeout[] = [];
  private filterTimer: NodeJS.Timeout | undefined;
  private pendingFilter: (() => void) | undefined;
  private readonly loaded = new Set<number>();
  private connecting = false;
  readonly loaders: Loaders;

  constructor(private readonly options: ControllerOptions) {
    this.state = initialState(options.url, options.terminal.size());
    this.loaders = new Loaders({
      dispatch: (action) => this.dispatch(action),
      session: () => this.session,
      failed: (error) => this.failed(error),
      pageSize: options.pageSize ?? 50,
      visibleRows: () => this.state.size.rows,
      maxAutoRefetch: options.maxAutoRefetch ?? maxAutoRefetch,
    });
  }

  getState = (): AppState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    void this.connect();
    const refreshMs = this.options.refreshMs ?? 3000;
    if (refreshMs > 0) this.timers.push(setInterval(() => this.tick(), refreshMs));
    this.timers.push(setInterval(() => this.follow(), this.options.followMs ?? 1000));
  }

  stop(): void {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    clearTimeout(this.filterTimer);
  }

  press(key: KeyPress): void {
    for (const one of splitKeys(key)) for (const action of keyActions(this.state, one)) this.dispatch(action);
  }

  resize(size: Size): void {
    this.dispatch({ type: 'resize', size });
  }

  dispatch(action: Action): void {
    const before = this.state;
    this.state = reduce(before, action);
    if (this.state !== before) for (const listener of this.listeners) listener();
    this.effects(action, before);
  }

  /** Reports a failed request: the unreachable screen when the server is gone, else the status line. */
  failed(error: unknown): void {
    if (isUnreachable(error)) {
      this.session = undefined;
      this.dispatch({ type: 'connection', connection: { status: 'unreachable', ...explain(error, this.state.url) } });
      return;
    }
    this.dispatch({ type: 'status', status: { tone: 'error', text: describeError(error) } });
  }

  private async connect(): Promise<void> {
    if (this.connecting) return;
    this.connecting = true;
    try {
      // While unreachable, the screen stays as it is until an attempt succeeds (no flicker every retry).
      const session = await this.options.connect();
      const project = await session.project();
      this.session = session;
      this.dispatch({ type: 'connection', connection: { status: 'connected', project }, url: session.baseUrl });
      this.loaded.clear();
      this.loadTop(false);
    } catch (error) {
      this.session = undefined;
      const url = this.state.url;
      this.dispatch({ type: 'connection', connection: { status: 'unreachable', ...explain(error, url) } });
    } finally {
      this.connecting = false;
    }
  }

  private tick(): void {
    if (this.state.connection.status === 'unreachable') {
      void this.connect();
      return;
    }
    const screen = top(this.state.stack);
    if (screen === undefined || this.state.overlay !== undefined || this.session === undefined) return;
    if (refreshed.has(screen.kind)) this.loaders.load(screen, true, true);
  }

  private follow(): void {
    const screen = top(this.state.stack);
    if (screen?.kind !== 'calls' || !screen.follow || this.session === undefined) return;
    this.loaders.followCalls(screen);
  }

  private loadTop(keep: boolean): void {
    const screen = top(this.state.stack);
    if (screen === undefined || this.session === undefined) return;
    this.loaded.add(screen.key);
    this.loaders.load(screen, keep);
  }

  private effects(action: Action, before: AppState): void {
    const screen = top(this.state.stack);
    if (screen === undefined) return;
    // A screen shown for the first time loads; one come back to refreshes; the feeds of screens gone are dropped.
    if (top(before.stack)?.key !== screen.key) {
      const keys = new Set(this.state.stack.map((s) => s.key));
      this.loaders.retain(keys);
      for (const key of this.loaded) if (!keys.has(key)) this.loaded.delete(key);
      this.loadTop(this.loaded.has(screen.key));
      return;
    }
    switch (action.type) {
      case 'refresh':
        if (this.state.connection.status === 'unreachable' || this.session === undefined) void this.connect();
        else this.loadTop(true);
        return;
      case 'text':
      case 'backspace':
      case 'filter/cancel':
        if (before.overlay?.kind === 'filter') this.filterChanged(screen);
        return;
      case 'overlay':
        // Enter on the filter: the pending reload goes now rather than after the pause.
        if (before.overlay?.kind === 'filter' && action.overlay === undefined) this.flushFilter();
        return;
      case 'cursor':
        if ('to' in action && action.to === 'bottom') this.toBottom(screen);
        else this.maybeMore(screen);
        return;
      case 'outcome':
      case 'order':
        this.loaders.load(screen, false);
        return;
      case 'open':
        return;
      default: {
        const session = this.session;
        if (session === undefined) return;
        void runIntent(action, {
          state: this.state,
          screen,
          session,
          terminal: this.options.terminal,
          dispatch: (next) => this.dispatch(next),
          failed: (error) => this.failed(error),
          loaders: this.loaders,
        });
      }
    }
  }

  /** A filter the server applies reloads the list, once typing pauses; the list says it is loading meanwhile. */
  private filterChanged(screen: Screen): void {
    const name = focusedList(screen);
    if (name === undefined || isLocalFilter(name)) return;
    clearTimeout(this.filterTimer);
    this.dispatch({ type: 'list/loading', key: screen.key, list: name });
    this.pendingFilter = () => {
      this.pendingFilter = undefined;
      const current = this.state.stack.find((s) => s.key === screen.key);
      if (current !== undefined) this.loaders.loadList(current, name, false);
    };
    this.filterTimer = setTimeout(this.pendingFilter, 200);
  }

  private flushFilter(): void {
    clearTimeout(this.filterTimer);
    this.pendingFilter?.();
  }

  /** G on a list not fetched to its end: the rest is fetched, then the cursor goes to the real last row. */
  private toBottom(screen: Screen): void {
    const name = focusedList(screen);
    const list = name === undefined ? undefined : getList(screen, name);
    if (name !== undefined && list !== undefined && !list.done && list.error === undefined) {
      this.loaders.toEnd(screen, name);
    }
  }

  private maybeMore(screen: Screen): void {
    const name = focusedList(screen);
    if (name === undefined) return;
    const list = getList(screen, name);
    if (list !== undefined && wantsMore<unknown>(list, lookahead)) this.loaders.more(screen, name);
  }
}
