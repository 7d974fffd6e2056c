import type { Paged } from '@patchbay/core';

/**
 * One list of the tree, loaded a page at a time through core's pagination: `more()` pulls the next page only when
 * asked (a "Load more" item), never the whole list.
 */
export class Pager<T> {
  readonly items: T[] = [];
  private iterator: AsyncIterator<T[]> | undefined;
  private finished = false;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly pages: () => AsyncIterable<T[]>,
    private readonly pageSize: number,
  ) {}

  get started(): boolean {
    return this.iterator !== undefined;
  }

  /** False once a page came back short or the iterator ended: no "Load more" then. */
  get hasMore(): boolean {
    return !this.finished;
  }

  /** Fetches the next page (one request at most; concurrent calls share it). */
  more(): Promise<void> {
    this.pending ??= this.next().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async next(): Promise<void> {
    if (this.finished) return;
    this.iterator ??= this.pages()[Symbol.asyncIterator]();
    const page = await this.iterator.next();
    if (page.done) {
      this.finished = true;
      return;
    }
    this.items.push(...page.value);
    // A short page is the last one: no need to ask again to find out.
    if (page.value.length < this.pageSize) this.finished = true;
  }
}

/** The pages of a core list with each item mapped (a tree keeps nodes, whatever the list holds). */
export async function* mappedPages<T, U>(paged: Paged<T>, map: (item: T) => U): AsyncIterable<U[]> {
  for await (const page of paged.pages()) yield page.map(map);
}
