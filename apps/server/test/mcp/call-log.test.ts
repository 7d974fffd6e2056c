import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolCallLog } from '../../src/calls/call-log.js';
import type { Database } from '../../src/db/database.js';
import type { NewToolCall } from '../../src/store/tool-calls.js';
import { builtinTestDb } from '../toolkits/builtin-db.js';

const call = (user: string): NewToolCall => ({
  project_id: 'pr_a',
  server_id: null,
  user_id: user,
  connected_account_id: null,
  tool_slug: 'NOTES_GET',
  toolkit_slug: 'notes',
  source: 'api',
  started_at: new Date(),
  duration_ms: 1.5,
  outcome: 'success',
  error: null,
});

describe('ToolCallLog (group commit)', () => {
  let db: Database;
  let statements = 0;
  beforeAll(async () => {
    const real = await builtinTestDb();
    // Counts INSERT statements reaching the real database, to see records share them.
    db = {
      ...real,
      query: (sql, params) => {
        if (sql.includes('INSERT INTO tool_calls')) statements++;
        return real.query(sql, params);
      },
    };
  });
  afterAll(async () => db.close());

  it('writes every record before resolving, sharing statements between concurrent callers', async () => {
    const log = new ToolCallLog(db);
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.record(`log_${i}`, call(`u${i}`))));
    const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM tool_calls WHERE id LIKE 'log_%'");
    expect(row?.n).toBe(200);
    expect(statements).toBeLessThan(200);
    expect(statements).toBeGreaterThanOrEqual(1);
  });

  it('rejects the records of a failed write, and keeps writing afterwards', async () => {
    const log = new ToolCallLog(db);
    await expect(log.record('log_0', call('again'))).rejects.toThrow();
    await log.record('log_after', call('after'));
    const rows = await db.query<{ user_id: string }>("SELECT user_id FROM tool_calls WHERE id = 'log_after'");
    expect(rows).toEqual([{ user_id: 'after' }]);
  });
});
