import pg from 'pg';
import type { Database, Queryable, SqlValue } from './database.js';
import { listenWithRetry } from './postgres-listen.js';

export interface PostgresOptions {
  url: string;
  /** Puts the tables in this schema (tests isolate each file in its own); `public` stays on the path for pg_trgm. */
  schema?: string | undefined;
  maxConnections?: number | undefined;
}

type PgQueryable = Pick<pg.PoolClient, 'query'>;

function wrap(target: PgQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly SqlValue[] = []) {
      const result = await target.query<Row & pg.QueryResultRow>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  const clientConfig = {
    connectionString: options.url,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema},public` }),
  };
  const max = options.maxConnections ?? 10;
  const pool = new pg.Pool({ ...clientConfig, max });
  // An idle client's error (e.g. the server restarting) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('select 1');
  const base = wrap(pool);
  let closed = false;
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    listen: (channel, onMessage, onGap) => listenWithRetry(clientConfig, channel, onMessage, onGap),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
