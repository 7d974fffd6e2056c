import type { PGlite } from '@electric-sql/pglite';

export interface PreparedStatements {
  /** A statement on its own: it waits, as PGlite's query() does, for an open transaction to end. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A statement of the open transaction (whose callback holds the transaction lock): it takes its turn in it. */
  inTransaction<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** Parameterized statements on `db`, prepared once per SQL text (the `capacity` most recently used are kept). */
export function preparedStatements(db: PGlite, capacity?: number): PreparedStatements;
