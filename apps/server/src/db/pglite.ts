import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Queryable, SqlValue } from './database.js';
import { pgliteMemorySettings } from './pglite-settings.js';
import { preparedStatements } from './pglite-statements.mjs';

/** Embedded Postgres: `dataDir` persists to disk, none keeps everything in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    extensions: { pg_trgm },
    postgresqlconf: pgliteMemorySettings,
  });
  const statements = preparedStatements(db);
  let closed = false;
  return {
    kind: 'pglite',
    query: <Row>(sql: string, params: readonly SqlValue[] = []) => statements.query<Row>(sql, params),
    async exec(sql) {
      await db.exec(sql);
    },
    // PGlite has one connection; its transaction() queues every other query until it ends, so row locks are moot
    // but the SQL (SELECT … FOR UPDATE) stays the same as on PostgreSQL.
    transaction: (fn) =>
      db.transaction((tx) => {
        const inside: Queryable = {
          query<Row>(sql: string, params: readonly SqlValue[] = []) {
            if (tx.closed) return Promise.reject(new Error('the transaction has already ended'));
            return statements.inTransaction<Row>(sql, params);
          },
          async exec(sql) {
            await tx.exec(sql);
          },
        };
        return fn(inside);
      }),
    // One process holds a PGlite database, so its own notifications are all there are.
    async listen(channel, onMessage) {
      const stop = await db.listen(channel, onMessage);
      return async () => {
        if (!closed) await stop();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}
