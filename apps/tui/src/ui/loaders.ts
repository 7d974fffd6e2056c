// Fetching what screens show. Long lists are walked lazily with the SDK's iterators (core's paginator): the first
// page on open, the next one as the cursor nears the end, never everything at once.
import type { ListState } from './list.js';
import { type Pages, tagged, usersAcrossServers } from './rows.js';
import type { Session } from './session.js';
import {
  type Action,
  type CallsScreen,
  type ListName,
  type RowTypes,
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
  /** Rows the terminal shows (the part of a long list the auto-refresh fetches again). */
  visibleRows(): number;
  maxAutoRefetch: number;
}

type Mode = 'append' | 'replace';

interface Feed {
  fetching: boolean;
  /** G came while a page was on its way: it runs when that page is in. */
  toEnd: boolean;
  /** Fetches pages until `want` more rows (or the end) and hands them to the list; true when the end was reached. */
  pull(want: number, mode: Mode): Promise<boolean>;
}

/**
 * The auto-refresh re-fetches every row fetched so far, while that is at most this many; past it, only the pages
 * around the cursor (the rows on screen) are fetched again in place, so a timer never walks thousands of rows.
 */
export const maxAutoRefetch = 500;

/** G appends the rows it fetches in batches of about this many. */
const batch = 500;

export class Loaders {
  private readonly feeds = new Map<string, Feed>();

  constructor(private readonly deps: LoaderDeps) {}

  /** Drops the page iterators of screens no longer on the stack. */
  retain(keys: ReadonlySet<number>): void {
    for (const id of this.feeds.keys()) if (!keys.has(Number(id.split(':')[0]))) this.feeds.delete(id);
  }

  /**
   * Loads every part of a screen. `keep` refreshes in place: as many rows as are fetched are fetched again (cursor and
   * filter kept); `auto` (the timer) fetches only the rows around the cursor of a list longer than maxAutoRefetch.
   */
  load(screen: Screen, keep: boolean, auto = false): void {
    if (screen.kind === 'server') {
      void this.server(screen);
      return;
    }
    const name = focusedList(screen);
    if (name === undefined) return;
    const list = getList(screen, name);
    // The timer leaves a list alone while its pages are on the way (G walking to the end, a page scrolled to).
    if (auto && this.feeds.get(`${screen.key}:${name}`)?.fetching) return;
    if (auto && list !== undefined && list.items.length > this.deps.maxAutoRefetch) {
      void this.refreshWindow(screen, name, list);
      return;
    }
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
        const query = this.serverQuery(screen, filter);
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
      case 'allUsers':
        void this.feed(screen.key, name, usersAcrossServers(patchbay, filter, limit), count);
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
    this.pull(screen, name, false);
  }

  /** G: every page not fetched yet, then the cursor on the last row (the spinner runs meanwhile). */
  toEnd(screen: Screen, name: ListName): void {
    this.pull(screen, name, true);
  }

  private pull(screen: Pick<Screen, 'key'>, name: ListName, toEnd: boolean): void {
    const id = `${screen.key}:${name}`;
    const feed = this.feeds.get(id);
    if (feed === undefined) return;
    if (feed.fetching) {
      feed.toEnd ||= toEnd;
      return;
    }
    feed.fetching = true;
    feed.toEnd = false;
    void this.guard(
      async () => {
        // To the end, pages arrive in batches of ~500 rows: the screen shows the count grow, without a frame a page.
        let done = await feed.pull(toEnd ? batch : 1, 'append');
        while (toEnd && !done && this.feeds.get(id) === feed) done = await feed.pull(batch, 'append');
        if (toEnd && this.feeds.get(id) === feed)
          this.deps.dispatch({ type: 'list/bottom', key: screen.key, list: name });
      },
      () => this.settled(screen, name, feed),
      screen.key,
      name,
    );
  }

  /** A feed's request is done: a G that came meanwhile goes now. */
  private settled(screen: Pick<Screen, 'key'>, name: ListName, feed: Feed): void {
    feed.fetching = false;
    if (feed.toEnd && this.feeds.get(`${screen.key}:${name}`) === feed) this.pull(screen, name, true);
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

  private serverQuery(screen: Screen, filter: string | undefined) {
    const order = serverOrders[screen.kind === 'servers' ? screen.order : 0] ?? serverOrders[0];
    return { ...serverFilter(filter ?? ''), orderBy: order.by, orderDirection: order.direction };
  }

  /**
   * The rows around the cursor of a long list, fetched again by page number and put back in place. Lists the server
   * pages by number (servers, a server's users) refresh wherever the cursor is; cursor-paged ones only near the top,
   * the one page reachable without walking.
   */
  private async refreshWindow(screen: Screen, name: ListName, list: ListState<unknown>): Promise<void> {
    const session = this.deps.session();
    if (session === undefined || list.loading) return;
    const limit = this.deps.pageSize;
    const around = this.deps.visibleRows();
    const first = Math.floor(Math.max(0, list.cursor - around) / limit) + 1;
    const last = Math.floor(Math.min(list.items.length - 1, list.cursor + around) / limit) + 1;
    const filter = list.filter.trim() || undefined;
    const { patchbay } = session;
    const put = <N extends ListName>(page: number, rows: readonly RowTypes[N][], rowsOf: N) =>
      this.deps.dispatch({ type: 'list/window', key: screen.key, offset: (page - 1) * limit, ...tagged[rowsOf](rows) });
    await this.guard(async () => {
      for (let page = first; page <= last; page++) {
        if (name === 'servers') {
          const query = this.serverQuery(screen, filter);
          put(page, (await patchbay.mcp.list({ ...query, limit, page })).items, 'servers');
        } else if (name === 'users' && screen.kind === 'server') {
          const users = await patchbay.mcp.instances.list(screen.serverId, { limit, page, search: filter });
          put(page, users.items, 'users');
        }
      }
    });
  }

  private pageOf(name: ListName): number {
    // The users walk yields one server's users a page, so only its end says it is done.
    if (name === 'allUsers') return 0;
    return name === 'toolkit' || name === 'calls' ? 100 : this.deps.pageSize;
  }

  private async feed<N extends ListName>(key: number, name: N, paged: Pages<RowTypes[N]>, keep: number) {
    const id = `${key}:${name}`;
    const pages = paged.pages()[Symbol.asyncIterator]();
    const pageSize = this.pageOf(name);
    // A walk's pages can be one row each: each pull takes at least a page's worth of rows, as a list page holds.
    const least = name === 'allUsers' ? this.deps.pageSize : 1;
    const feed: Feed = {
      fetching: true,
      toEnd: false,
      pull: async (want, mode) => {
        const rows: RowTypes[N][] = [];
        let done = false;
        while (rows.length < Math.max(want, least)) {
          const next = await pages.next();
          if (next.done) {
            done = true;
            break;
          }
          rows.push(...next.value);
          if (next.value.length < pageSize) {
            done = true;
            break;
          }
        }
        if (this.feeds.get(id) === feed) {
          this.deps.dispatch({ type: 'list/rows', key, done, mode, ...tagged[name](rows) });
        }
        return done;
      },
    };
    this.feeds.set(id, feed);
    if (keep === 0) this.deps.dispatch({ type: 'list/loading', key, list: name });
    await this.guard(
      () => feed.pull(keep, 'replace').then(() => undefined),
      () => {
        feed.fetching = false;
        if (feed.toEnd && this.feeds.get(id) === feed) this.pull({ key }, name, true);
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
