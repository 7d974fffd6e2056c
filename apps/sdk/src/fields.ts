import type { DeletedResponse, SuccessResponse } from '@patchbay/core';
import type { FieldMap } from './field-map.js';
import type { CursorPage, WireCursorPage } from './wire.js';

// The wire shapes every resource shares and what wire.ts (and the resources' delete/enable methods) make of them.

export const cursorPageFields = {
  items: { to: 'items', via: "the resource's mapper on each" },
  next_cursor: 'nextCursor',
  total_pages: 'totalPages',
  current_page: 'currentPage',
  total_items: 'totalItems',
} satisfies FieldMap<WireCursorPage<unknown>, CursorPage<unknown>>;

/** What delete() answers for servers and auth configs. */
export const deletedFields = { id: 'id', deleted: 'deleted' } satisfies FieldMap<
  DeletedResponse,
  { id: string; deleted: boolean }
>;

/** What enable(), disable() and the accounts' delete() answer. */
export const successFields = { success: 'success' } satisfies FieldMap<SuccessResponse, { success: boolean }>;
