/** Timestamps leave the database as Date (both drivers) and the API as ISO-8601 text. */
export const iso = (value: Date): string => value.toISOString();
export const isoOrNull = (value: Date | null): string | null => (value === null ? null : value.toISOString());

/** Escapes LIKE's wildcards so user text matches literally (with `ESCAPE '\'`). */
export const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const pageCount = (total: number, limit: number): number => Math.ceil(total / limit);
