/** Escapes LIKE's wildcards so user text matches literally (with `ESCAPE '\'`). */
export const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
