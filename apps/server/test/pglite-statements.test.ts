import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { openPglite } from '../src/db/pglite.js';
import { preparedStatements } from '../src/db/pglite-statements.mjs';
import { openPgliteThread } from '../src/db/pglite-thread.js';

// Both homes of the embedded database run parameterized SQL as statements prepared once per text. They must answer
// what PGlite's own query() answers, and stay right as texts are reused, fail, are evicted or outlive a schema change.
describe.each([
  ['the main thread', openPglite],
  ['its own thread', openPgliteThread],
])('PGlite prepared statements, on %s', (_home, open) => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('serializes parameters by their inferred types and parses the rows back', async () => {
    db = await open();
    await db.exec(
      'CREATE TABLE t (id text PRIMARY KEY, n integer, x double precision, ok boolean, at timestamptz, doc jsonb, bytes bytea, tags text[])',
    );
    const at = new Date('2026-01-02T03:04:05.678Z');
    const insert = 'INSERT INTO t VALUES ($1, $2, $3, $4, $5, $6, $7, $8)';
    await db.query(insert, ['a', 7, 1.5, true, at, '{"k":[1,2]}', new Uint8Array([0, 255]), ['x', 'y,z']]);
    await db.query(insert, ['b', null, null, false, null, null, null, []]);
    const rows = await db.query('SELECT * FROM t ORDER BY id');
    expect(rows).toEqual([
      { id: 'a', n: 7, x: 1.5, ok: true, at, doc: { k: [1, 2] }, bytes: new Uint8Array([0, 255]), tags: ['x', 'y,z'] },
      { id: 'b', n: null, x: null, ok: false, at: null, doc: null, bytes: null, tags: [] },
    ]);
  });

  it('reuses one statement for many values, and a failed run leaves it usable', async () => {
    db = await open();
    await db.exec('CREATE TABLE t (id integer PRIMARY KEY)');
    const insert = 'INSERT INTO t VALUES ($1) RETURNING id';
    for (let i = 0; i < 20; i++) expect(await db.query(insert, [i])).toEqual([{ id: i }]);
    await expect(db.query(insert, [3])).rejects.toMatchObject({ code: '23505' });
    await expect(db.query('SELEC 1')).rejects.toMatchObject({ code: '42601' });
    expect(await db.query(insert, [20])).toEqual([{ id: 20 }]);
    expect(await db.query('SELECT count(*)::int AS n FROM t WHERE id >= $1', [0])).toEqual([{ n: 21 }]);
  });

  it('sees a table as it is after the table was altered', async () => {
    db = await open();
    await db.exec("CREATE TABLE t (id text); INSERT INTO t VALUES ('a')");
    const select = 'SELECT * FROM t WHERE id = $1';
    expect(await db.query(select, ['a'])).toEqual([{ id: 'a' }]);
    await db.exec("ALTER TABLE t ADD COLUMN note text NOT NULL DEFAULT 'new'");
    expect(await db.query(select, ['a'])).toEqual([{ id: 'a', note: 'new' }]);
  });

  it('runs a transaction alone: one statement inside sees its rows, one outside waits for it to end', async () => {
    const opened = await open();
    db = opened;
    await opened.exec('CREATE TABLE t (id integer)');
    const count = 'SELECT count(*)::int AS n FROM t';
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: (seen: unknown) => void = () => {};
    const seenInside = new Promise<unknown>((resolve) => {
      inserted = resolve;
    });
    const tx = opened.transaction(async (inside) => {
      await inside.query('INSERT INTO t VALUES ($1), ($2)', [1, 2]);
      inserted(await inside.query(count));
      await gate;
      throw new Error('rolled back on purpose');
    });
    expect(await seenInside).toEqual([{ n: 2 }]);
    // Asked while the transaction holds two uncommitted rows: run inside it, this would count them.
    const outside = opened.query(count);
    release();
    await expect(tx).rejects.toThrow('rolled back on purpose');
    expect(await outside).toEqual([{ n: 0 }]);
  });
});

describe('PGlite prepared statements, evicted', () => {
  it('keeps at most its capacity prepared, and answers evicted texts by preparing them again', async () => {
    const pg = await PGlite.create();
    try {
      const statements = preparedStatements(pg, 2);
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 5; i++) {
          expect(await statements.query(`SELECT $1::int + ${i} AS n`, [round])).toEqual([{ n: round + i }]);
        }
      }
      // PGlite's own query() prepares no named statement, so this counts only ours (one evicted name may still wait
      // for the next round trip to close it).
      const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements');
      expect(rows[0]?.n).toBeLessThanOrEqual(3);
      expect(rows[0]?.n).toBeGreaterThanOrEqual(2);
    } finally {
      await pg.close();
    }
  });
});
