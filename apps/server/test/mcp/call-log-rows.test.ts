import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { insertToolCalls, type NewToolCall } from '../../src/store/tool-calls.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/databases.js';

const started = new Date('2026-01-02T03:04:05.678Z');
const call = (overrides: Partial<NewToolCall>): NewToolCall => ({
  project_id: 'pr_rows',
  server_id: null,
  user_id: 'ana',
  connected_account_id: null,
  tool_slug: 'NOTES_GET',
  toolkit_slug: 'notes',
  source: 'mcp',
  started_at: started,
  duration_ms: 1.25,
  outcome: 'success',
  error: null,
  ...overrides,
});

// The group commit writes any number of calls as one statement of column arrays (unnest): every value must come back
// as it went in, whatever it holds of the array syntax (commas, quotes, braces, backslashes, NULL as a word).
describe.each(databaseKinds)('call-log rows written together, on %s', (kind) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it('writes every row of a batch exactly, and counts them', async () => {
    t = await openTestDatabase(kind);
    const { db } = t;
    await migrate(db);
    await db.query("INSERT INTO projects (id, name) VALUES ('pr_rows', 'rows')");
    const awkward = {
      server_id: '3f1c1d2e-1111-4222-8333-444455556666',
      user_id: 'u, "x" {y} \\z',
      connected_account_id: 'NULL',
      source: 'api',
      duration_ms: 2,
      outcome: 'error',
      session_id: 'ts_1',
    } as const;
    await insertToolCalls(db, [
      { id: 'log_a', call: call({}) },
      { id: 'log_b', call: call({ ...awkward, error: 'x'.repeat(2500) }) },
    ]);
    await insertToolCalls(db, [{ id: 'log_c', call: call({ user_id: 'bo' }) }]);
    const rows = await db.query<Record<string, unknown>>('SELECT * FROM tool_calls ORDER BY id');
    expect(rows).toEqual([
      { id: 'log_a', ...call({}), session_id: null },
      // Error texts are kept to their first 2,000 characters.
      { id: 'log_b', ...call({ ...awkward, error: 'x'.repeat(2000) }) },
      { id: 'log_c', ...call({ user_id: 'bo' }), session_id: null },
    ]);
    const [count] = await db.query<{ total: string | number }>(
      "SELECT total FROM tool_call_counts WHERE project_id = 'pr_rows'",
    );
    expect(Number(count?.total)).toBe(3);
  });
});
