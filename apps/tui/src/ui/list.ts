// A list on screen: the rows fetched so far, the cursor, the filter, and whether more can be fetched. Pure functions
// over it; every list screen embeds one.

export interface ListState<T> {
  items: readonly T[];
  cursor: number;
  filter: string;
  /** A page (or a refresh) is on its way. */
  loading: boolean;
  /** Every row there is has been fetched. */
  done: boolean;
  /** The number of rows the server has, when it says. */
  total?: number | undefined;
  error?: string | undefined;
}

export function emptyList<T>(filter = ''): ListState<T> {
  return { items: [], cursor: 0, filter, loading: false, done: false };
}

const clamp = (value: number, length: number) => Math.max(0, Math.min(value, length - 1));

/** Moves the cursor within `length` rows (the filtered view's, when a list filters on this side). */
export function move<T>(list: ListState<T>, delta: number, length = list.items.length): ListState<T> {
  const cursor = clamp(list.cursor + delta, length);
  return cursor === list.cursor ? list : { ...list, cursor };
}

export function moveTo<T>(list: ListState<T>, index: number, length = list.items.length): ListState<T> {
  const cursor = clamp(index, length);
  return cursor === list.cursor ? list : { ...list, cursor };
}

/** The rows shown: all of them, or those whose text holds the filter (case-insensitive) for a list filtered here. */
export function view<T>(list: ListState<T>, text?: (row: T) => string): readonly T[] {
  const needle = list.filter.trim().toLowerCase();
  if (text === undefined || needle === '') return list.items;
  return list.items.filter((row) => text(row).toLowerCase().includes(needle));
}

/** Rows appended as the cursor nears the end (a lazily fetched page). */
export function appendPage<T>(list: ListState<T>, items: readonly T[], done: boolean): ListState<T> {
  return { ...list, items: [...list.items, ...items], done, loading: false, error: undefined };
}

/**
 * A refreshed set of rows replacing the old ones. The cursor stays on the row it was on (matched by `idOf`), or at
 * the same index when that row is gone; the filter is untouched.
 */
export function replaceRows<T>(
  list: ListState<T>,
  items: readonly T[],
  done: boolean,
  idOf: (item: T) => string,
): ListState<T> {
  const current = list.items[list.cursor];
  const index = current === undefined ? -1 : items.findIndex((item) => idOf(item) === idOf(current));
  const cursor = index >= 0 ? index : clamp(list.cursor, items.length);
  return { ...list, items, done, cursor, loading: false, error: undefined };
}

/**
 * Rows fetched again for positions `offset…` (the part on screen of a list too long to re-fetch whole): they replace
 * what was there, the rest and the cursor stay. Past the end they extend the list.
 */
export function replaceWindow<T>(list: ListState<T>, offset: number, rows: readonly T[]): ListState<T> {
  if (offset > list.items.length) return list;
  const items = [...list.items.slice(0, offset), ...rows, ...list.items.slice(offset + rows.length)];
  return { ...list, items, error: undefined };
}

export function failed<T>(list: ListState<T>, error: string): ListState<T> {
  return { ...list, loading: false, error };
}

/** Whether the cursor is close enough to the last fetched row that the next page should be asked for. */
export function wantsMore<T>(list: ListState<T>, lookahead: number): boolean {
  return !list.done && !list.loading && list.error === undefined && list.cursor >= list.items.length - lookahead;
}

/** The slice of rows that fits `height` lines with the cursor visible (kept near the middle once scrolled). */
export function visibleWindow(length: number, cursor: number, height: number): { start: number; end: number } {
  if (height <= 0) return { start: 0, end: 0 };
  if (length <= height) return { start: 0, end: length };
  const start = Math.max(0, Math.min(cursor - Math.floor(height / 2), length - height));
  return { start, end: start + height };
}
