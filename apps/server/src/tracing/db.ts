import type { Database, Queryable } from '../db/database.js';
import { operationName } from '../metrics/db.js';
import { childSpan, SpanKind } from './spans.js';

function traced(target: Queryable, system: string): Queryable {
  const span = <T>(sql: string, run: () => Promise<T>) => {
    const operation = operationName(sql);
    return childSpan(
      operation,
      { 'db.system.name': system, 'db.operation.name': operation, 'db.query.text': sql },
      run,
      SpanKind.CLIENT,
    );
  };
  return {
    query: (sql, params) => span(sql, () => target.query(sql, params)),
    exec: (sql) => span(sql, () => target.exec(sql)),
  };
}

/** The same database with a CLIENT span per statement (OTel's database conventions) inside traced requests. */
export function tracedDatabase(db: Database): Database {
  const base = traced(db, db.kind === 'postgres' ? 'postgresql' : 'pglite');
  return {
    ...db,
    query: base.query,
    exec: base.exec,
    transaction: (fn) => db.transaction((tx) => fn(traced(tx, db.kind === 'postgres' ? 'postgresql' : 'pglite'))),
  };
}
