import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { openPgliteThread } from '../src/db/pglite-thread.js';
import { isDatabaseUnavailable } from '../src/db/unavailable.js';

// The embedded database on its own thread must behave as PGlite in the main thread did: the same rows and types,
// transactions that commit or roll back whole, SQLSTATE codes on errors, and notifications.
describe('PGlite on a worker thread', () => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('answers rows with their types, and keeps a transaction whole or not at all', async () => {
    db = await openPgliteThread();
    await db.exec('CREATE TABLE t (id text PRIMARY KEY, at timestamptz, bytes bytea, tags text[])');
    const at = new Date('2026-01-02T03:04:05.000Z');
    await db.query('INSERT INTO t VALUES ($1, $2, $3, $4)', ['a', at, new Uint8Array([1, 2]), ['x', 'y']]);
    const [row] = await db.query<{ at: Date; bytes: Uint8Array; tags: string[] }>('SELECT * FROM t');
    expect(row?.at).toEqual(at);
    expect([...(row?.bytes ?? [])]).toEqual([1, 2]);
    expect(row?.tags).toEqual(['x', 'y']);

    const inserted = db.transaction(async (tx) => {
      await tx.query("INSERT INTO t (id) VALUES ('b')");
      return 'done';
    });
    await expect(inserted).resolves.toBe('done');
    const failed = db.transaction(async (tx) => {
      await tx.query("INSERT INTO t (id) VALUES ('c')");
      throw new Error('changed my mind');
    });
    await expect(failed).rejects.toThrow('changed my mind');
    const ids = await db.query<{ id: string }>('SELECT id FROM t ORDER BY id');
    expect(ids.map((r) => r.id)).toEqual(['a', 'b']);

    const duplicate = await db.query("INSERT INTO t (id) VALUES ('a')").catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Error);
    expect(duplicate).toMatchObject({ code: '23505' });
  });

  it('delivers notifications, and fails calls as unavailable once closed', async () => {
    db = await openPgliteThread();
    const seen: string[] = [];
    const arrived = new Promise<void>((resolve) => {
      void db?.listen('news', (payload) => {
        seen.push(payload);
        resolve();
      });
    });
    await db.query("SELECT pg_notify('news', 'hello')");
    await arrived;
    expect(seen).toEqual(['hello']);
    await db.close();
    const error = await db.query('SELECT 1').catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    db = undefined;
  });
});
