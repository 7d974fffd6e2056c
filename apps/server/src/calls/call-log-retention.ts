import type { Database } from '../db/database.js';
import type { Logger } from '../util/logger.js';

export const retentionEnv = 'PATCHBAY_CALL_LOG_RETENTION_DAYS';

/** The retention in days from the environment, undefined when unset (keep everything); a bad value throws. */
export function retentionDays(env: Record<string, string | undefined>): number | undefined {
  const raw = env[retentionEnv];
  if (raw === undefined || raw === '') return undefined;
  const days = Number(raw);
  if (!Number.isFinite(days) || days <= 0) {
    throw new Error(`${retentionEnv} must be a positive number of days (got ${JSON.stringify(raw)}).`);
  }
  return days;
}

/**
 * Deletes calls older than `cutoff`, `batch` rows per statement, each its own short transaction: row locks on a
 * thousand rows at a time, never the table, so calls keep being logged meanwhile; SKIP LOCKED lets every replica run
 * it at once without waiting on each other. Answers how many rows went.
 */
export async function purgeOldCalls(db: Database, cutoff: Date, batch = 1000): Promise<number> {
  let removed = 0;
  for (;;) {
    const rows = await db.query<{ n: number }>(
      `WITH old AS (
         SELECT id FROM tool_calls WHERE started_at < $1 ORDER BY started_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ), gone AS (DELETE FROM tool_calls WHERE id IN (SELECT id FROM old) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [cutoff, batch],
    );
    const n = rows[0]?.n ?? 0;
    removed += n;
    if (n < batch) return removed;
    // Between batches, the event loop serves requests.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Runs the purge now and then every `everyMs` (default an hour) until stopped. */
export function startRetention(
  db: Database,
  days: number,
  logger: Logger,
  everyMs = 3_600_000,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = purgeOldCalls(db, new Date(Date.now() - days * 86_400_000)).then(
      (removed) => {
        if (removed > 0) logger.info({ removed, days }, 'old tool calls removed');
      },
      (error: unknown) => logger.warn({ err: error }, 'could not remove old tool calls; retrying at the next round'),
    );
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
