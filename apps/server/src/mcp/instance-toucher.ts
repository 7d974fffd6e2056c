import type { Database } from '../db/database.js';
import { insertInstance } from '../store/instances.js';
import type { Logger } from '../util/logger.js';
import type { McpCaller } from './caller.js';

/**
 * Records that a user uses a server (their instance), so `server_instance_count` counts real users. Once per
 * (server, user) per replica: the insert is idempotent, and skipping repeats keeps it off the hot path of tool calls.
 */
export function instanceToucher(db: Database, logger: Logger): (caller: McpCaller) => void {
  const seen = new Set<string>();
  return (caller) => {
    const key = `${caller.server.id}\u0000${caller.userId}`;
    if (seen.has(key)) return;
    seen.add(key);
    insertInstance(db, caller.projectId, caller.server.id, caller.userId).catch((error: unknown) => {
      seen.delete(key);
      logger.warn({ err: error }, 'could not record an instance');
    });
  };
}
