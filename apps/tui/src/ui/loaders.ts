// Fetching what screens show. Long lists are walked lazily with the SDK's iterators (core's paginator): the first
// page on open, the next one as the cursor nears the end, never everything at once.
import type { Paged } from '@patchbay/sdk';
import type { Session } from './session.js';
import {
  type Action,
  type CallsScreen,
  type ListName,
  type Rows,
  type Screen,
  type ServerScreen,
  serverOrders,
  type ToolRow,
} from './state.js';
import { focusedList, getList, serverFilter } from './views.js';

export interface LoaderDeps {
  dispatch(action: Action): void;
  session(): Session | undefined;
  failed(error: unknown): void;
  pageSize: number;
}

type RowOf<N extends ListName> = Extract<Rows, { list: N }>['rows'][number];

interface Feed {
  pages: AsyncIterator<readonly unknown[]>;
  fetching: boolean;
}

/**
 * The auto-refresh re-fetches every row fetched so far, while that is at most this many; a list scrolled further
 * waits for R, so a timer never walks thousands of rows every few seconds.
 */
export const maxAutoRefetch = 500;

export class Loaders {
  private readonly feeds = new Map<string, Feed>();

  constructor(private readonly deps: LoaderDeps) {}

  /** Drops the page iterators of screens no longer on the stack. */
  retain(keys: ReadonlySet<number>): void {
    for (const id of this.feeds.keys()) if (!keys.has(Number(id.split(':')[0]))) this.feeds.delete(id);
  }

  /**
   * Loads every part of a screen. `keep` refreshes in place: as many rows as are fetched are fetched again (cursor and
   * filter kept); `auto` (the timer) skips a list with more than maxAutoRefetch rows.
   */
  load(screen: Screen, keep: boolean, auto = false): void {
    if (screen.kind === 'server') {
      void this.server(screen);
      return;
    }
    const name = focusedList(screen);
    if (name === undefined) return;
    if (auto && (getList(screen, name)?.items.length ?? 0) > maxAutoRefetch) return;
    this.loadList(screen, name, keep);
  }

  loadList(screen: Screen, name: ListName, keep: boolean): void {
    const session = this.deps.session();
    if (session === undefined) return;
    const list = getList(screen, name);
    const count = keep ? (list?.items.length ?? 0) : 0;
    const filter = list?.filter.trim() || undefined;
    const limit = this.deps.pageSize;
    const { patchbay } = session;
    switch (name) {
      case 'servers': {
        const order = serverOrders[screen.kind === 'servers' ? screen.order : 0] ?? serverOrders[0];
        const query = { ...serverFilter(filter ?? ''), orderBy: order.by, orderDirection: order.direction };
        void this.feed(screen.key, name, patchbay.mcp.iterate({ ...query, limit }), count);
        void this.guard(async () => {
          // With one row per page, the page count is the number of matching servers.
          const { totalPages } = await patchbay.mcp.list({ ...query, limit: 1 });
          this.deps.dispatch({ type: 'list/total', key: screen.key, list: name, total: totalPages });
        });
        return;
      }
      case 'toolkits':
        void this.feed(screen.key, name, patchbay.toolkits.iterate({ limit, search: filter }), count);
        return;
      case 'toolkit':
        if (screen.kind === 'toolkit') {
          void this.feed(screen.key, name, patchbay.tools.iterate({ limit: 100, toolkit: screen.slug }), count);
        }
        return;
      case 'calls':
        if (screen.kind === 'calls') {
          const outcome = screen.outcome === 'all' ? undefined : screen.outcome;
          void this.feed(screen.key, name, patchbay.toolCalls.iterate({ limit: 100, outcome }), count);
        }
        return;
      case 'users':
        if (screen.kind === 'server') {
          const users = patchbay.mcp.instances.iterate(screen.serverId, { limit, search: filter });
          void this.feed(screen.key, name, users, count);
        }
        return;
      case 'tools':
        if (screen.kind === 'server') void this.serverTools(screen);
        return;
      case 'accounts':
        if (screen.kind === 'accounts') {
          void this.feed(screen.key, name, patchbay.connectedAccounts.iterate({ limit }), count);
          void this.guard(async () => {
            const configs = await patchbay.authConfigs.iterate({ limit: 100, maxItems: 500 }).toArray();
            this.deps.dispatch({ type: 'accounts/configs', key: screen.key, configs });
          });
        }
        return;
    }
  }

  /** The next page of a list, when there is one and none is on its way. */
  more(screen: Screen, name: ListName): void {
    const feed = this.feeds.get(`${screen.key}:${name}`);
    if (feed === undefined || feed.fetching) return;
    feed.fetching = true;
    void this.guard(
      async () => {
        const next = await feed.pages.next();
        if (this.feeds.get(`${screen.key}:${name}`) !== feed) return;
        const rows = next.done ? [] : next.value;
        const done = next.done === true || rows.length < this.pageOf(name);
        this.rows(screen.key, name, rows, done, 'append');
      },
      () => {
        feed.fetching = false;
      },
      screen.key,
      name,
    );
  }

  /** New calls since the newest one shown, for the live tail. */
  followCalls(screen: CallsScreen): void {
    const session = this.deps.session();
    const newest = screen.list.items[0];
    if (session === undefined || screen.list.loading) return;
    const outcome = screen.outcome === 'all' ? undefined : screen.outcome;
    void this.guard(async () => {
      const page = await session.patchbay.toolCalls.list({ limit: 100, outcome, since: newest?.startedAt });
      this.deps.dispatch({ type: 'calls/new', key: screen.key, rows: page.items });
    });
  }

  private pageOf(name: ListName): number {
    return name === 'toolkit' || name === 'calls' ? 100 : this.deps.pageSize;
  }

  private rows(key: number, name: ListName, rows: readonly unknown[], done: boolean, mode: 'append' | 'replace') {
    // The feed for `name` yields that list's row type; Rows ties the two for the reducer.
    this.deps.dispatch({ type: 'list/rows', key, list: name, rows, done, mode } as Action);
  }

  private async feed<N extends ListName>(key: number, name: N, paged: Paged<RowOf<N>>, keep: number): Promise<void> {
    const id = `${key}:${name}`;
    const feed: Feed = { pages: paged.pages()[Symbol.asyncIterator](), fetching: true };
    this.feeds.set(id, feed);
    if (keep === 0) this.deps.dispatch({ type: 'list/loading', key, list: name });
    await this.guard(
      async () => {
        const rows: unknown[] = [];
        let done = false;
        while (rows.length < Math.max(keep, 1)) {
          const next = await feed.pages.next();
          if (next.done) {
            done = true;
            break;
          }
          rows.push(...next.value);
          if (next.value.length < this.pageOf(name)) {
            done = true;
            break;
          }
        }
        if (this.feeds.get(id) === feed) this.rows(key, name, rows, done, 'replace');
      },
      () => {
        feed.fetching = false;
      },
      key,
      name,
    );
  }

  private async server(screen: ServerScreen): Promise<void> {
    const session = this.deps.session();
    if (session === undefined) return;
    this.loadList(screen, 'users', screen.users.items.length > 0);
    await this.guard(async () => {
      const server = await session.patchbay.mcp.get(screen.serverId);
      this.deps.dispatch({ type: 'server/loaded', key: screen.key, server });
      // The toolkits may have changed (an edit): the tools follow them.
      const toolkits = server.toolkits.join(',');
      if (screen.tools.items.length === 0 || toolkits !== screen.server?.toolkits.join(',')) {
        await this.serverTools({ ...screen, server });
      }
    });
  }

  private async serverTools(screen: ServerScreen): Promise<void> {
    const session = this.deps.session();
    const toolkits = screen.server?.toolkits ?? [];
    if (session === undefined) return;
    await this.guard(
      async () => {
        const rows: ToolRow[] = [];
        for (const toolkit of toolkits) {
          // A server's toolkits hold tens of tools, not thousands: all of them, for toggling.
          for await (const tool of session.patchbay.tools.iterate({ toolkit, limit: 100 })) {
            rows.push({ ...tool, toolkit });
          }
        }
        this.deps.dispatch({ type: 'list/rows', key: screen.key, list: 'tools', rows, done: true, mode: 'replace' });
      },
      undefined,
      screen.key,
      'tools',
    );
  }

  /** Runs a request with the spinner counted, and reports its failure (on the list, when it is for one). */
  async guard(work: () => Promise<void>, always?: () => void, key?: number, list?: ListName): Promise<void> {
    this.deps.dispatch({ type: 'busy', delta: 1 });
    try {
      await work();
    } catch (error) {
      if (key !== undefined && list !== undefined) {
        const message = error instanceof Error ? error.message : String(error);
        this.deps.dispatch({ type: 'list/error', key, list, message });
      }
      this.deps.failed(error);
    } finally {
      always?.();
      this.deps.dispatch({ type: 'busy', delta: -1 });
    }
  }
}
