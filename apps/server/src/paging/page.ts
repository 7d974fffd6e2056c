import type { components } from '@patchbay/core';
import { apiError } from '../http/errors.js';
import { type CursorCodec, offsetCursor } from './cursors.js';

type CursorPage = components['schemas']['CursorPage'];

export const pageCount = (total: number, limit: number): number => Math.ceil(total / limit);

export function badCursor() {
  return apiError(
    400,
    'Invalid query: cursor: not a cursor this server issued',
    'Pass the next_cursor of the previous page unchanged, or leave cursor out to start at the first page.',
    { slug: 'validation_error', errors: ['cursor: not a cursor this server issued'] },
  );
}

/** The position a query's cursor names, undefined for the first page; a cursor that is not `codec`'s is a 400. */
export function cursorPosition<T>(cursor: string | undefined, codec: CursorCodec<T>): T | undefined {
  if (cursor === undefined) return undefined;
  const position = codec.decode(cursor);
  if (position === undefined) throw badCursor();
  return position;
}

/**
 * The envelope every cursor list answers. `before` is how many items the earlier pages held: keyset pages have no
 * position of their own, so the page number is counted from it.
 */
export function cursorPage<T>(
  items: T[],
  page: { nextCursor: string | null; total: number; before: number; limit: number },
): CursorPage & { items: T[] } {
  return {
    items,
    next_cursor: page.nextCursor,
    total_items: page.total,
    total_pages: pageCount(page.total, page.limit),
    current_page: Math.floor(page.before / page.limit) + 1,
  };
}

/** One page of a list built in memory, from the offset the cursor names; `present` runs only for the page's items. */
export async function offsetPage<T, U>(
  all: readonly T[],
  query: { cursor?: string | undefined; limit: number },
  present: (item: T) => Promise<U> | U,
): Promise<CursorPage & { items: U[] }> {
  const offset = cursorPosition(query.cursor, offsetCursor) ?? 0;
  const slice = all.slice(offset, offset + query.limit);
  const end = offset + slice.length;
  return cursorPage(await Promise.all(slice.map(present)), {
    nextCursor: end < all.length ? offsetCursor.encode(end) : null,
    total: all.length,
    before: offset,
    limit: query.limit,
  });
}
