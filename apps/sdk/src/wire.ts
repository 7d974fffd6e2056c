// Small helpers every resource's mapper shares.
import { type Paged, paginateCursor, type CursorPage as WirePageFields } from '@patchbay/core';

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

/** `created_at` → `createdAt`: how the SDK spells a snake_case wire value it renames. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** Each SDK spelling of a wire enum to its wire value: a table of this type can neither miss nor invent a value. */
export type WireValues<W extends string> = { readonly [K in W as CamelCase<K>]: K };

/** Cursor pages in the SDK's shape. */
export interface CursorPage<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
  totalPages: number;
  currentPage: number;
  totalItems: number;
}

export type WireCursorPage<W> = WirePageFields & { items: W[] };

export function toCursorPage<W, T>(wire: WireCursorPage<W>, map: (item: W) => T): CursorPage<T> {
  return {
    items: wire.items.map(map),
    nextCursor: wire.next_cursor,
    totalPages: wire.total_pages,
    currentPage: wire.current_page,
    totalItems: wire.total_items,
  };
}

/**
 * Walks a cursor list lazily with core's paginator: `fetchPage` answers one wire page for a query (the filters plus
 * the page's cursor and limit); items are mapped to the SDK's shape as pages arrive.
 */
export function iterateCursor<Q extends object, W, T>(
  filters: Q,
  options: { limit?: number | undefined; maxItems?: number | undefined; signal?: AbortSignal | undefined },
  fetchPage: (
    query: Q & { cursor?: string; limit?: number },
    signal: AbortSignal | undefined,
  ) => Promise<{ items: W[]; next_cursor: string | null }>,
  map: (item: W) => T,
): Paged<T> {
  return paginateCursor(
    async ({ cursor, limit }, signal) => {
      const query = {
        ...filters,
        ...(cursor === undefined ? {} : { cursor }),
        ...(limit === undefined ? {} : { limit }),
      };
      const page = await fetchPage(query, signal);
      return { items: page.items.map(map), next_cursor: page.next_cursor };
    },
    { limit: options.limit, maxItems: options.maxItems, signal: options.signal },
  );
}
