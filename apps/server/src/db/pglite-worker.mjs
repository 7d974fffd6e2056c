// The embedded database's thread (pglite-thread.ts starts it): PGlite runs its WebAssembly Postgres here, so SQL
// executes beside the HTTP and MCP work of the main thread instead of between it. Plain JavaScript, because a worker
// is started from a file and the tests run the TypeScript sources.
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { preparedStatements } from './pglite-statements.mjs';

// Postgres's WebAssembly compiled by V8's baseline compiler only: optimising its hot functions kept ~60 MB of
// compiled code and compiler memory resident for no measured gain in calls/s (bench:mcp, interleaved runs). The flag
// is process-wide, and nothing else in the server compiles WebAssembly of any size (undici's HTTP parser is small).
// Node 24's V8 ignores it set at run time, so the launchers (`npm start`, `patchbay serve`) also pass it to node.
setFlagsFromString('--liftoff-only');

const { dataDir, postgresqlconf } = workerData;
const db = await PGlite.create({
  ...(dataDir === undefined ? {} : { dataDir }),
  extensions: { pg_trgm },
  postgresqlconf,
});

const statements = preparedStatements(db);

function query(tx, sql, params) {
  if (tx === undefined) return statements.query(sql, params);
  target(tx);
  return statements.inTransaction(sql, params);
}

/** Open transactions by id: each holds PGlite's lock until the main thread says commit or rollback. */
const transactions = new Map();
let nextTransaction = 1;
const listeners = new Map();
const rolledBack = new Error('rolled back');

/** What the main thread needs of a failure to rebuild it (isDatabaseUnavailable reads `code`, callers `message`). */
function failure(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const out = { name: error.name, message: error.message };
  for (const key of ['code', 'detail', 'hint', 'constraint', 'table', 'column', 'schema', 'severity']) {
    const value = error[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

function target(tx) {
  if (tx === undefined) return db;
  const open = transactions.get(tx);
  if (open === undefined) throw new Error('the transaction has already ended');
  return open.tx;
}

/** Opens a transaction and answers its id; PGlite queues every other query until `end` settles it. */
function begin() {
  return new Promise((started, failed) => {
    const id = nextTransaction++;
    const entry = {};
    entry.settled = db.transaction(
      (tx) =>
        new Promise((resolve, reject) => {
          entry.tx = tx;
          entry.end = (commit) => (commit ? resolve() : reject(rolledBack));
          transactions.set(id, entry);
          started(id);
        }),
    );
    // Before the callback ran, a failure is BEGIN's; after it, `end` reports it.
    entry.settled.catch((error) => {
      if (entry.tx === undefined) failed(error);
    });
  });
}

/** Commits or rolls back, answering once PGlite has done so (a failed COMMIT is the caller's error). */
async function end(id, commit) {
  const entry = transactions.get(id);
  if (entry === undefined) return;
  transactions.delete(id);
  entry.end(commit);
  try {
    await entry.settled;
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
}

async function handle(message) {
  switch (message.op) {
    case 'query':
      return query(message.tx, message.sql, message.params);
    case 'exec':
      await target(message.tx).exec(message.sql);
      return undefined;
    case 'begin':
      return begin();
    case 'end':
      return end(message.tx, message.commit);
    case 'listen': {
      const stop = await db.listen(message.channel, (payload) =>
        parentPort.postMessage({ notify: message.channel, payload }),
      );
      listeners.set(message.channel, stop);
      return undefined;
    }
    case 'unlisten':
      await listeners.get(message.channel)?.();
      listeners.delete(message.channel);
      return undefined;
    case 'close':
      await db.close();
      return undefined;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on('message', (message) => {
  handle(message).then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: failure(error) }),
  );
});
parentPort.postMessage({ ready: true });
