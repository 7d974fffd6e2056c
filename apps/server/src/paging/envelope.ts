import type { components } from '@patchbay/core';
import { z } from 'zod';
import { apiError } from '../http/errors.js';
import { pageCount } from '../store/rows.js';

type CursorPage = components['schemas']['CursorPage'];

/**
 * Cursor paging over lists built in memory (the catalog: built-in toolkits plus the project's custom ones and their
 * tools, which have no table to keyset on). The cursor is an offset, wrapped so that clients treat it as opaque and
 * so that a cursor from another list (a keyset cursor of the tool-call log, say) is refused rather than misread.
 */
const prefix = 'off:';
const offsetText = z.string().regex(/^off:(0|[1-9]\d{0,8})$/);

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`${prefix}${offset}`, 'utf8').toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number {
  const parsed = offsetText.safeParse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (parsed.success) return Number(parsed.data.slice(prefix.length));
  throw badCursor();
}

export function badCursor() {
  return apiError(
    400,
    'Invalid query: cursor: not a cursor this server issued',
    'Pass the next_cursor of the previous page unchanged, or leave cursor out to start at the first page.',
    { slug: 'validation_error', errors: ['cursor: not a cursor this server issued'] },
  );
}

/** One page of `all` starting at the cursor's offset; `present` runs only for the items on the page. */
export async function offsetPage<T, U>(
  all: readonly T[],
  query: { cursor?: string | undefined; limit: number },
  present: (item: T) => Promise<U> | U,
): Promise<CursorPage & { items: U[] }> {
  const offset = query.cursor === undefined ? 0 : decodeOffsetCursor(query.cursor);
  const slice = all.slice(offset, offset + query.limit);
  const end = offset + slice.length;
  return {
    items: await Promise.all(slice.map(present)),
    next_cursor: end < all.length ? encodeOffsetCursor(end) : null,
    total_items: all.length,
    total_pages: pageCount(all.length, query.limit),
    current_page: Math.floor(offset / query.limit) + 1,
  };
}
