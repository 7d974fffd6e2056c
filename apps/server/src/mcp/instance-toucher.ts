import type { Database } from '../db/database.js';
import { insertInstance } from '../store/instances.js';
import type { Logger } from '../util/logger.js';

/**
 * Records that a user uses a server (their instance), so `server_instance_count` counts real users. Once per
 * (server, user) per replica: the insert is idempotent, and skipping repeats keeps it off the hot path of tool calls.
 */
export function instanceToucher(
  db: Database,
  logger: Logger,
): (projectId: string, serverId: string, userId: string) => void {
  const seen = new Set<string>();
  return (projectId, serverId, userId) => {
    const key = `${serverId}\u0000${userId}`;
    if (seen.has(key)) return;
    seen.add(key);
    insertInstance(db, projectId, serverId, userId).catch((error: unknown) => {
      seen.delete(key);
      logger.warn({ err: error }, 'could not record an instance');
    });
  };
}
