/**
 * The one storage seam. Patchbay writes plain parameterized SQL in one dialect (PostgreSQL) and runs it on two
 * drivers: PGlite (Postgres compiled to WASM, embedded, the default) and `pg` (a real PostgreSQL server). No ORM:
 * the queries are few, the indexes are designed around them, and the same text runs unchanged on both drivers, so
 * one test suite proves both.
 */
export type SqlValue =
  | string
  | number
  | boolean
  | null
  | Date
  | Uint8Array
  // Arrays: a text[] column's value, or a column's values for `unnest($1::timestamptz[], …)`.
  | readonly (string | number | Date | null)[];

export interface Queryable {
  /** Runs one statement with `$1…` parameters and answers its rows. */
  query<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
  max: number;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onMessage` with the payload of every `NOTIFY channel` (from any connection, so from every replica), until
   * the answered stop function is called. A lost connection is re-made with backoff; `onGap` is told when one was
   * lost, since notifications sent meanwhile are gone.
   */
  /** The connection pool's state now (PostgreSQL); for metrics. */
  poolStats?(): PoolStats;
  listen(channel: string, onMessage: (payload: string) => void, onGap?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
