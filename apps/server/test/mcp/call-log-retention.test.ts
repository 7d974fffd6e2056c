import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeOldCalls, retentionDays } from '../../src/calls/call-log-retention.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';

const day = 86_400_000;

describe.each(databaseKinds)('tool-call log retention on %s', (kind) => {
  let t: TestServer;
  /** Rows straight into the log: `ages` in days. */
  const seed = async (ages: number[], prefix: string) => {
    for (const [i, age] of ages.entries()) {
      await t.running.database.query(
        `INSERT INTO tool_calls (id, project_id, user_id, tool_slug, toolkit_slug, source, started_at, duration_ms,
           outcome) VALUES ($1, $2, 'ana', 'NOTES_GET', 'notes', 'api', $3, 1, 'success')`,
        [`log_${prefix}${i}`, t.projectId, new Date(Date.now() - age * day)],
      );
    }
  };
  const listed = async () => unwrap(t.client.GET('/tool_calls', { params: { query: { limit: 50 } } }));

  beforeAll(async () => {
    t = await startTestServer(kind, { env: { PATCHBAY_CALL_LOG_RETENTION_DAYS: '30' } });
  });
  afterAll(async () => t.stop());

  it('reads the setting, refusing a bad one', () => {
    expect(retentionDays({})).toBeUndefined();
    expect(retentionDays({ PATCHBAY_CALL_LOG_RETENTION_DAYS: '7' })).toBe(7);
    expect(() => retentionDays({ PATCHBAY_CALL_LOG_RETENTION_DAYS: '0' })).toThrow(/positive number of days/);
    expect(() => retentionDays({ PATCHBAY_CALL_LOG_RETENTION_DAYS: 'week' })).toThrow(/positive number of days/);
  });

  it('deletes calls past the cutoff in batches, keeps the rest, and keeps the total right', async () => {
    await seed([40, 45, 50, 60, 70, 31, 1, 2, 29], 'a');
    expect((await listed()).total_items).toBe(9);
    const removed = await purgeOldCalls(t.running.database, new Date(Date.now() - 30 * day), 2);
    expect(removed).toBe(6);
    const after = await listed();
    expect(after.total_items).toBe(3);
    expect(after.items.map((item) => item.id).sort()).toEqual(['log_a6', 'log_a7', 'log_a8']);
    expect(await purgeOldCalls(t.running.database, new Date(Date.now() - 30 * day), 2)).toBe(0);
  });

  it('counts a filtered total exactly up to 10,000 matches, and estimates it beyond', async () => {
    await t.running.database.query(
      `INSERT INTO tool_calls (id, project_id, user_id, tool_slug, toolkit_slug, source, started_at, duration_ms,
         outcome) SELECT 'log_many' || g, $1, 'many', 'NOTES_GET', 'notes', 'api', now(), 1, 'success'
       FROM generate_series(1, 12000) AS g`,
      [t.projectId],
    );
    await t.running.database.query('ANALYZE tool_calls');
    const many = await unwrap(t.client.GET('/tool_calls', { params: { query: { limit: 5, user_id: 'many' } } }));
    expect(many.total_items).toBeGreaterThan(10_000);
    expect(many.total_items).toBeLessThan(24_000);
    const few = await unwrap(t.client.GET('/tool_calls', { params: { query: { limit: 5, user_id: 'ana' } } }));
    expect(few.total_items).toBe(3);
    // Unfiltered, the counter is exact: 3 kept earlier and the 12,000.
    expect((await listed()).total_items).toBe(12_003);
  });

  it('a retention job purges as it starts, and stops cleanly', async () => {
    const { startRetention } = await import('../../src/calls/call-log-retention.js');
    await seed([90, 91], 'b');
    const job = startRetention(t.running.database, 30, t.running.context.logger, 60_000);
    await job.stop();
    const ids = (await listed()).items.map((item) => item.id);
    expect(ids).not.toContain('log_b0');
    expect(ids).not.toContain('log_b1');
  });
});
