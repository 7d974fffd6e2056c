import { z } from 'zod';

/**
 * The cursors this server issues, one codec each. All are opaque to clients (base64url) and each is recognisable, so
 * a cursor from another list is refused rather than misread: `decode` answers undefined for anything not its own.
 */
export interface CursorCodec<T> {
  encode(position: T): string;
  decode(cursor: string): T | undefined;
}

const text = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');
const opaque = (plain: string) => Buffer.from(plain, 'utf8').toString('base64url');

/**
 * Keyset: the last row's sort key and id. Keyset paging stays fast at any depth and does not skip or repeat rows when
 * new ones arrive between pages (the tool-call log, auth configs, connected accounts).
 */
export interface KeysetPosition {
  at: string;
  id: string;
}

export const keysetCursor: CursorCodec<KeysetPosition> = {
  encode: (position) => opaque(JSON.stringify([position.at, position.id])),
  decode(cursor) {
    try {
      const value: unknown = JSON.parse(text(cursor));
      if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
        if (Number.isNaN(Date.parse(value[0]))) return undefined;
        return { at: value[0], id: value[1] };
      }
    } catch {
      // Not base64 JSON: not ours.
    }
    return undefined;
  },
};

/** Offset: for lists built in memory (the catalog's toolkits and tools), which have no table to keyset on. */
const offsetText = z.string().regex(/^off:(0|[1-9]\d{0,8})$/);
export const offsetCursor: CursorCodec<number> = {
  encode: (offset) => opaque(`off:${offset}`),
  decode(cursor) {
    const parsed = offsetText.safeParse(text(cursor));
    return parsed.success ? Number(parsed.data.slice('off:'.length)) : undefined;
  },
};

/** Id: the last item's id, for lists ordered by id (API keys); `shape` is what such an id looks like. */
export function idCursor(shape: RegExp): CursorCodec<string> {
  const id = z.string().regex(shape);
  return {
    encode: opaque,
    decode(cursor) {
      const parsed = id.safeParse(text(cursor));
      return parsed.success ? parsed.data : undefined;
    },
  };
}
