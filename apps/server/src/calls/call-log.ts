import type { Queryable } from '../db/database.js';
import { insertToolCalls, type NewToolCall } from '../store/tool-calls.js';

interface Pending {
  id: string;
  call: NewToolCall;
  done: (error?: unknown) => void;
}

/**
 * Records tool calls with group commit: a call's record is written before its answer goes out, but records that
 * arrive while a write is under way go together in the next one. One caller pays one round trip as before; many
 * concurrent callers share them, with no timer and no window in which an answered call is not yet written.
 */
export class ToolCallLog {
  private queue: Pending[] = [];
  private writing = false;

  constructor(
    private readonly db: Queryable,
    private readonly maxBatch = 500,
  ) {}

  record(id: string, call: NewToolCall): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id, call, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await insertToolCalls(
            this.db,
            batch.map((p) => ({ id: p.id, call: p.call })),
          );
          for (const p of batch) p.done();
        } catch (error) {
          for (const p of batch) p.done(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
