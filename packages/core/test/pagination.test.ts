import { describe, expect, it } from 'vitest';
import { type NumberedPage, paginateCursor, paginatePages } from '../src/pagination.js';

/** A page-number list over `items`, as the server pages it, recording which pages were asked for. */
function numbered(items: number[], pageSize: number) {
  const asked: number[] = [];
  const fetchPage = async ({ page_no }: { page_no: number }): Promise<NumberedPage<number>> => {
    asked.push(page_no);
    const start = (page_no - 1) * pageSize;
    return {
      items: items.slice(start, start + pageSize),
      total_pages: Math.ceil(items.length / pageSize),
      current_page: page_no,
    };
  };
  return { fetchPage, asked };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginatePages', () => {
  it('yields nothing for an empty list and asks once', async () => {
    const list = numbered([], 10);
    expect(await paginatePages(list.fetchPage).toArray()).toEqual([]);
    expect(list.asked).toEqual([1]);
  });

  it('reads a single page once', async () => {
    const list = numbered(range(7), 10);
    expect(await paginatePages(list.fetchPage).toArray()).toEqual(range(7));
    expect(list.asked).toEqual([1]);
  });

  it('walks every page in order, including a short last page', async () => {
    const list = numbered(range(25), 10);
    expect(await paginatePages(list.fetchPage).toArray()).toEqual(range(25));
    expect(list.asked).toEqual([1, 2, 3]);
  });

  it('passes the limit through to each request', async () => {
    const limits: (number | undefined)[] = [];
    await paginatePages(
      async ({ limit }) => {
        limits.push(limit);
        return { items: [1], total_pages: 2 };
      },
      { limit: 50 },
    ).toArray();
    expect(limits).toEqual([50, 50]);
  });

  it('handles a limit above the total', async () => {
    const list = numbered(range(3), 1000);
    expect(await paginatePages(list.fetchPage, { limit: 1000 }).toArray()).toEqual(range(3));
  });

  it('stops at maxItems without fetching further pages', async () => {
    const list = numbered(range(100), 10);
    expect(await paginatePages(list.fetchPage, { maxItems: 15 }).toArray()).toEqual(range(15));
    expect(list.asked).toEqual([1, 2]);
  });

  it('maxItems 0 fetches nothing', async () => {
    const list = numbered(range(5), 10);
    expect(await paginatePages(list.fetchPage, { maxItems: 0 }).toArray()).toEqual([]);
    expect(list.asked).toEqual([]);
  });

  it('is lazy: breaking out after the first item fetches one page', async () => {
    const list = numbered(range(50), 10);
    for await (const item of paginatePages(list.fetchPage)) {
      expect(item).toBe(1);
      break;
    }
    expect(list.asked).toEqual([1]);
  });

  it('yields the items fetched before a page fails, then throws that failure', async () => {
    const seen: number[] = [];
    const failing = paginatePages(async ({ page_no }) => {
      if (page_no === 2) throw new Error('page 2 failed');
      return { items: [page_no * 10], total_pages: 3, current_page: page_no };
    });
    await expect(
      (async () => {
        for await (const item of failing) seen.push(item);
      })(),
    ).rejects.toThrow('page 2 failed');
    expect(seen).toEqual([10]);
  });

  it('stops when the server answers a page past the end with the last page again', async () => {
    // Some servers clamp page_no to the last page; without the current_page check this would repeat items.
    const asked: number[] = [];
    const all = await paginatePages(
      async ({ page_no }) => {
        asked.push(page_no);
        const current = Math.min(page_no, 2);
        return { items: [current], total_pages: 5, current_page: current };
      },
      { startPage: 1 },
    ).toArray();
    expect(all).toEqual([1, 2]);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('stops when a page past the end comes back empty although total_pages promised more', async () => {
    const all = await paginatePages(async ({ page_no }) => ({
      items: page_no === 1 ? [1] : [],
      total_pages: 9,
    })).toArray();
    expect(all).toEqual([1]);
  });

  it('starts from startPage', async () => {
    const list = numbered(range(30), 10);
    expect(await paginatePages(list.fetchPage, { startPage: 3 }).toArray()).toEqual(range(30).slice(20));
  });

  it('walks page by page with pages()', async () => {
    const list = numbered(range(5), 2);
    const pages: number[][] = [];
    for await (const page of paginatePages(list.fetchPage).pages()) pages.push(page);
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('honours an aborted signal before fetching', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const list = numbered(range(5), 2);
    await expect(paginatePages(list.fetchPage, { signal: controller.signal }).toArray()).rejects.toThrow('stop');
    expect(list.asked).toEqual([]);
  });
});

/** A cursor list over `items`; the cursor is the next index as text. */
function cursored(items: number[], pageSize: number) {
  const asked: (string | undefined)[] = [];
  const fetchPage = async ({ cursor }: { cursor: string | undefined }) => {
    asked.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor);
    const end = start + pageSize;
    return { items: items.slice(start, end), next_cursor: end < items.length ? String(end) : null };
  };
  return { fetchPage, asked };
}

describe('paginateCursor', () => {
  it('yields nothing for an empty list', async () => {
    const list = cursored([], 10);
    expect(await paginateCursor(list.fetchPage).toArray()).toEqual([]);
    expect(list.asked).toEqual([undefined]);
  });

  it('reads one page when there is no next cursor', async () => {
    const list = cursored(range(4), 10);
    expect(await paginateCursor(list.fetchPage).toArray()).toEqual(range(4));
  });

  it('follows next_cursor to the end', async () => {
    const list = cursored(range(23), 5);
    expect(await paginateCursor(list.fetchPage).toArray()).toEqual(range(23));
    expect(list.asked).toEqual([undefined, '5', '10', '15', '20']);
  });

  it('stops at maxItems mid-page and fetches no further', async () => {
    const list = cursored(range(23), 5);
    expect(await paginateCursor(list.fetchPage, { maxItems: 7 }).toArray()).toEqual(range(7));
    expect(list.asked).toEqual([undefined, '5']);
  });

  it('resumes from a cursor', async () => {
    const list = cursored(range(10), 5);
    expect(await paginateCursor(list.fetchPage, { cursor: '5' }).toArray()).toEqual(range(10).slice(5));
  });

  it('stops on a cursor it has seen before instead of looping', async () => {
    let calls = 0;
    const all = await paginateCursor(async () => {
      calls++;
      return { items: [calls], next_cursor: 'same' };
    }).toArray();
    expect(all).toEqual([1, 2]);
    expect(calls).toBe(2);
  });

  it('treats an empty-string cursor as the end', async () => {
    const all = await paginateCursor(async () => ({ items: [1], next_cursor: '' })).toArray();
    expect(all).toEqual([1]);
  });

  it('propagates a failure mid-way after yielding earlier pages', async () => {
    const seen: number[] = [];
    const failing = paginateCursor(async ({ cursor }) => {
      if (cursor === 'b') throw new Error('boom');
      return { items: [cursor === undefined ? 1 : 2], next_cursor: cursor === undefined ? 'a' : 'b' };
    });
    await expect(
      (async () => {
        for await (const item of failing) seen.push(item);
      })(),
    ).rejects.toThrow('boom');
    expect(seen).toEqual([1, 2]);
  });
});
