import { z } from 'zod';
import type { Queryable } from '../db/database.js';

/** A change to a cached hot row (hot-rows.ts), announced to every replica. */
export const invalidation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('api_key'), id: z.string() }),
  z.object({ kind: z.literal('server'), projectId: z.string(), id: z.string() }),
  z.object({ kind: z.literal('tokens'), projectId: z.string(), serverId: z.string(), userId: z.string() }),
]);
export type Invalidation = z.infer<typeof invalidation>;

export const invalidationChannel = 'patchbay_invalidations';

/**
 * Tells every replica (each LISTENs on the channel) to drop the cached row. Run inside the transaction that changes
 * the row: PostgreSQL delivers the notification at its commit, and not at all if it rolls back.
 */
export async function announce(tx: Queryable, change: Invalidation): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [invalidationChannel, JSON.stringify(change)]);
}

/** The invalidation a notification carries; undefined for a payload that is not one (ignored). */
export function readInvalidation(payload: string): Invalidation | undefined {
  try {
    const parsed = invalidation.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
