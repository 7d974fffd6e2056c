/**
 * Pagination in one place. Every frontend walks lists through these iterators, lazily: a page is fetched only when
 * the consumer asks for an item beyond the ones it already has, so a UI can stop after the first screenful.
 */

/** One page of a page-number list (`page_no`/`limit` → `total_pages`/`current_page`). */
export interface NumberedPage<T> {
  items: T[];
  total_pages: number;
  current_page?: number | undefined;
}

/** One page of a cursor list (`cursor` → `next_cursor`). */
export interface CursorPageOf<T> {
  items: T[];
  next_cursor?: string | null | undefined;
}

export interface PaginateOptions {
  /** Items per request. */
  limit?: number | undefined;
  /** Stop after this many items in all. */
  maxItems?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface PageNumberOptions extends PaginateOptions {
  /** The first page to fetch (1-based). */
  startPage?: number | undefined;
}

export interface CursorOptions extends PaginateOptions {
  /** Resume from this cursor. */
  cursor?: string | undefined;
}

/** An async iterable of items that can also be walked page by page or collected. */
export interface Paged<T> extends AsyncIterable<T> {
  pages(): AsyncIterable<T[]>;
  toArray(): Promise<T[]>;
}

export type PageNumberFetcher<T> = (
  request: { page_no: number; limit: number | undefined },
  signal: AbortSignal | undefined,
) => Promise<NumberedPage<T>>;

export type CursorFetcher<T> = (
  request: { cursor: string | undefined; limit: number | undefined },
  signal: AbortSignal | undefined,
) => Promise<CursorPageOf<T>>;

// Guards against a server that never says it is done (a bug, or a hostile peer): no list here has more pages.
const maxPages = 1_000_000;

export function paginatePages<T>(fetchPage: PageNumberFetcher<T>, options: PageNumberOptions = {}): Paged<T> {
  async function* pages(): AsyncGenerator<T[]> {
    let pageNo = options.startPage ?? 1;
    for (let fetched = 0; fetched < maxPages; fetched++) {
      options.signal?.throwIfAborted();
      const page = await fetchPage({ page_no: pageNo, limit: options.limit }, options.signal);
      // A server that clamps a page past the end to the last page would repeat items: treat it as the end.
      if (page.current_page !== undefined && page.current_page !== pageNo) return;
      if (page.items.length === 0) return;
      yield page.items;
      if (pageNo >= page.total_pages) return;
      pageNo++;
    }
  }
  return capped(pages, options.maxItems);
}

export function paginateCursor<T>(fetchPage: CursorFetcher<T>, options: CursorOptions = {}): Paged<T> {
  async function* pages(): AsyncGenerator<T[]> {
    let cursor = options.cursor;
    const seen = new Set<string>();
    for (let fetched = 0; fetched < maxPages; fetched++) {
      options.signal?.throwIfAborted();
      const page = await fetchPage({ cursor, limit: options.limit }, options.signal);
      if (page.items.length > 0) yield page.items;
      const next = page.next_cursor ?? undefined;
      // A cursor seen before would loop forever.
      if (next === undefined || next === '' || seen.has(next)) return;
      seen.add(next);
      cursor = next;
    }
  }
  return capped(pages, options.maxItems);
}

function capped<T>(source: () => AsyncGenerator<T[]>, maxItems: number | undefined): Paged<T> {
  const limit = maxItems ?? Number.POSITIVE_INFINITY;
  async function* pages(): AsyncGenerator<T[]> {
    if (limit <= 0) return;
    let count = 0;
    for await (const items of source()) {
      const room = limit - count;
      const slice = items.length > room ? items.slice(0, room) : items;
      count += slice.length;
      yield slice;
      if (count >= limit) return;
    }
  }
  async function* items(): AsyncGenerator<T> {
    for await (const page of pages()) yield* page;
  }
  return {
    [Symbol.asyncIterator]: items,
    pages,
    async toArray() {
      const all: T[] = [];
      for await (const page of pages()) all.push(...page);
      return all;
    },
  };
}
