// Parameterized statements on PGlite, prepared once per SQL text and then only bound and executed. PGlite's own
// query() sends Parse, Describe, Bind, Describe, Execute and Sync as six passes through its WebAssembly and has
// Postgres parse and plan the text every time: for the short statements Patchbay runs that was 2-3x the work of
// executing a prepared one (bench:pglite-statements). Plain JavaScript: the database thread (pglite-worker.mjs) uses
// it, and a worker is started from a file.
import { Buffer } from 'node:buffer';
import { parse, protocol } from '@electric-sql/pglite';

const { serialize } = protocol;

// Postgres keeps a plan per prepared statement; texts beyond this many (dynamic SQL, such as searches with optional
// filters) replace the least recently used.
const defaultCapacity = 200;

/**
 * Statements on `db` answering rows as PGlite's query() does: parameters serialized by the types Postgres inferred for
 * them, rows parsed by PGlite's parsers, a failure thrown as its DatabaseError (SQLSTATE `code`, `detail`, …). Used by
 * both of PGlite's homes: its thread (pglite-worker.mjs) and the main thread (pglite.ts).
 */
export function preparedStatements(db, capacity = defaultCapacity) {
  /** SQL text → { name, types }, in least-recently-used order. */
  const statements = new Map();
  let counter = 0;
  /** Names of evicted statements, closed on the next round trip. */
  const closing = [];

  /** One pass through PGlite: the closes due, then `messages`. */
  async function exchange(...messages) {
    const closes = closing.splice(0).map((name) => serialize.close({ type: 'S', name }));
    return (await db.execProtocol(Buffer.concat([...closes, ...messages]), { syncToFs: false })).messages;
  }

  async function prepare(sql) {
    const name = `pb_${++counter}`;
    const messages = await exchange(
      serialize.parse({ name, text: sql }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    );
    const statement = { name, types: parse.parseDescribeStatementResults(messages) };
    statements.set(sql, statement);
    if (statements.size > capacity) {
      const [oldest, { name: evicted }] = statements.entries().next().value;
      statements.delete(oldest);
      closing.push(evicted);
    }
    return statement;
  }

  async function run(sql, params) {
    let statement = statements.get(sql);
    if (statement === undefined) statement = await prepare(sql);
    else {
      statements.delete(sql);
      statements.set(sql, statement);
    }
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = db.serializers[statement.types[i]];
      return serializer === undefined ? value.toString() : serializer(value);
    });
    const messages = await exchange(
      serialize.bind({ statement: statement.name, values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    );
    return parse.parseResults(messages, db.parsers)[0].rows;
  }

  async function prepared(sql, params) {
    try {
      return await run(sql, params);
    } catch (error) {
      // A table altered since the statement was prepared (a migration) can leave its cached plan unusable; prepared
      // again, it runs against the table as it is now.
      if (error?.code !== '0A000' || !statements.has(sql)) throw error;
      closing.push(statements.get(sql).name);
      statements.delete(sql);
      return run(sql, params);
    }
  }

  return {
    /** A statement on its own: it waits, as PGlite's query() does, for an open transaction to end. */
    query: (sql, params = []) => db._runExclusiveTransaction(() => db._runExclusiveQuery(() => prepared(sql, params))),
    /** A statement of the open transaction (whose callback holds the transaction lock): it takes its turn in it. */
    inTransaction: (sql, params = []) => db._runExclusiveQuery(() => prepared(sql, params)),
  };
}
