/**
 * Opaque keyset cursors: the last row's sort key and id, base64url-encoded. Keyset paging stays fast at any depth
 * and does not skip or repeat rows when new ones arrive between pages.
 */
export interface KeysetPosition {
  at: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url');
}

/** Undefined when the text is not a cursor this server made. */
export function decodeCursor(cursor: string): KeysetPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      if (Number.isNaN(Date.parse(value[0]))) return undefined;
      return { at: value[0], id: value[1] };
    }
  } catch {
    // Not base64 JSON: not ours.
  }
  return undefined;
}
