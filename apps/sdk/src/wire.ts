// Small helpers every resource's mapper shares.

/** `['a', 'b']` → `'a,b'`; an absent or empty list stays absent so the server applies no filter. */
export function commaList(list: readonly string[] | undefined): string | undefined {
  return list === undefined || list.length === 0 ? undefined : list.join(',');
}

/** Query values as the text a URL carries, for checking with the server's own query schemas. */
export function queryText(query: Record<string, string | number | boolean | undefined>): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) text[key] = String(value);
  return text;
}

/** Cursor pages in the SDK's shape. */
export interface CursorPage<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
  totalPages: number;
  currentPage: number;
  totalItems: number;
}

export interface WireCursorPage<W> {
  items: W[];
  next_cursor: string | null;
  total_pages: number;
  current_page: number;
  total_items: number;
}

export function toCursorPage<W, T>(wire: WireCursorPage<W>, map: (item: W) => T): CursorPage<T> {
  return {
    items: wire.items.map(map),
    nextCursor: wire.next_cursor,
    totalPages: wire.total_pages,
    currentPage: wire.current_page,
    totalItems: wire.total_items,
  };
}
