import type { Database } from '../db/database.js';
import type { HotRows } from '../store/hot-rows.js';
import { invalidationChannel, readInvalidation } from '../store/invalidations.js';
import type { Logger } from '../util/logger.js';

/**
 * Applies every replica's invalidations to this replica's hot rows as they are announced. When the channel cannot be
 * had, the rows' TTL is the fallback: stale for at most that long, never forever.
 */
export async function listenForInvalidations(
  db: Database,
  rows: HotRows,
  logger: Logger,
): Promise<() => Promise<void>> {
  try {
    return await db.listen(
      invalidationChannel,
      (payload) => {
        const change = readInvalidation(payload);
        if (change !== undefined) rows.apply(change);
      },
      () => {
        logger.warn('invalidation channel reconnected; dropping cached keys, tokens and servers');
        rows.forgetAll();
      },
    );
  } catch (error) {
    logger.warn({ err: error }, 'cannot LISTEN for invalidations: cached rows are trusted until their TTL ends');
    return async () => {};
  }
}
