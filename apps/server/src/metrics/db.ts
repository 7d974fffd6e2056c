import type { Database, Queryable } from '../db/database.js';
import type { Metrics } from './registry.js';

const operations = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'WITH', 'BEGIN', 'COMMIT', 'ROLLBACK']);

/** The statement's first keyword, from a fixed set so the label stays bounded. */
export function operationName(sql: string): string {
  const word = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return operations.has(word) ? word : 'OTHER';
}

function timed(target: Queryable, metrics: Metrics, system: string): Queryable {
  const observe = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    const end = metrics.dbOperation.startTimer({ db_system_name: system, db_operation_name: operationName(sql) });
    try {
      const result = await run();
      end({ error_type: '' });
      return result;
    } catch (error) {
      end({ error_type: error instanceof Error ? error.name : 'error' });
      throw error;
    }
  };
  return {
    query: (sql, params) => observe(sql, () => target.query(sql, params)),
    exec: (sql) => observe(sql, () => target.exec(sql)),
  };
}

/** The same database with every statement timed, and its connection pool exposed as gauges. */
export function measuredDatabase(db: Database, metrics: Metrics): Database {
  const system = db.kind === 'postgres' ? 'postgresql' : 'pglite';
  const base = timed(db, metrics, system);
  metrics.gauge('db_client_connection_count', 'Open database connections, by state.', ['state'], () => {
    const pool = db.poolStats?.();
    if (pool === undefined) return [];
    return [
      [{ state: 'used' }, pool.total - pool.idle],
      [{ state: 'idle' }, pool.idle],
    ];
  });
  metrics.gauge('db_client_connection_pending_requests', 'Queries waiting for a free connection.', [], () => {
    const pool = db.poolStats?.();
    return pool === undefined ? [] : [[{}, pool.waiting]];
  });
  metrics.gauge('db_client_connection_max', 'The most connections the pool opens.', [], () => {
    const pool = db.poolStats?.();
    return pool === undefined ? [] : [[{}, pool.max]];
  });
  return {
    ...db,
    query: base.query,
    exec: base.exec,
    transaction: (fn) => db.transaction((tx) => fn(timed(tx, metrics, system))),
  };
}
