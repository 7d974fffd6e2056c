/** Timestamps leave the database as Date (both drivers) and the API as ISO-8601 text. */
export const iso = (value: Date): string => value.toISOString();
export const isoOrNull = (value: Date | null): string | null => (value === null ? null : value.toISOString());
