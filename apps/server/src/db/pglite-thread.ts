import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database, Queryable, SqlValue } from './database.js';
import { pgliteMemorySettings } from './pglite-settings.js';

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string; name?: string } & Record<string, string | undefined>;
  notify?: string;
  payload?: string;
  ready?: true;
}

/** A failure from the worker as an Error again, with the fields (SQLSTATE `code`, …) callers read. */
function rebuilt(error: NonNullable<Reply['error']>): Error {
  const out = new Error(error.message);
  for (const [key, value] of Object.entries(error)) if (key !== 'message') Reflect.set(out, key, value);
  return out;
}

async function holdsDatabase(dataDir: string): Promise<boolean> {
  return access(join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}

/**
 * Embedded Postgres (PGlite) on a thread of its own (pglite-worker.mjs). In the main thread each statement ran its
 * WebAssembly between HTTP requests, so on two cores the database and the server took turns; here they overlap.
 * Same SQL, same data dir, same single-connection semantics (a transaction queues every other statement).
 */
export async function openPgliteThread(dataDir?: string): Promise<Database> {
  if (dataDir !== undefined) {
    await mkdir(dataDir, { recursive: true });
    // A new data dir is created (initdb) by a thread that then ends: what initdb grows stays resident with the thread
    // that ran it, and a first start served ~330 MB instead of ~260 (a restart, ~200).
    if (!(await holdsDatabase(dataDir))) await (await startThread(dataDir)).close();
  }
  return startThread(dataDir);
}

async function startThread(dataDir: string | undefined): Promise<Database> {
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir, postgresqlconf: pgliteMemorySettings },
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const subscribers = new Map<string, Set<(payload: string) => void>>();
  let nextId = 1;
  let closed = false;
  let failed: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: Reply) => {
      if (reply.ready) return resolve();
      if (reply.notify !== undefined) {
        for (const listener of subscribers.get(reply.notify) ?? []) listener(reply.payload ?? '');
        return;
      }
      const call = reply.id === undefined ? undefined : pending.get(reply.id);
      if (call === undefined || reply.id === undefined) return;
      pending.delete(reply.id);
      if (reply.error !== undefined) call.reject(rebuilt(reply.error));
      else call.resolve(reply.result);
    });
    // The thread dying (out of memory, a WebAssembly abort) fails what waits on it and everything after, as a closed
    // PGlite would: callers answer 503 rather than hang.
    const fail = (error: Error) => {
      failed ??= new Error(`PGlite is closed: its thread ended (${error.message})`);
      for (const call of pending.values()) call.reject(failed);
      pending.clear();
      reject(failed);
    };
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`exit code ${code}`)));
  });
  await ready;

  const send = <T>(message: Record<string, unknown>): Promise<T> => {
    if (failed !== undefined) return Promise.reject(failed);
    if (closed) return Promise.reject(new Error('PGlite is closed'));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      // The worker answers what the operation produces (rows for a query); typed by the caller as with any driver.
      pending.set(id, { resolve: (value) => resolve(value as T), reject });
      worker.postMessage({ ...message, id });
    });
  };
  const on = (tx?: number): Queryable => ({
    query: <Row>(sql: string, params: readonly SqlValue[] = []) => send<Row[]>({ op: 'query', sql, params, tx }),
    exec: (sql: string) => send<void>({ op: 'exec', sql, tx }),
  });
  const base = on();

  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const tx = await send<number>({ op: 'begin' });
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(on(tx));
      } catch (error) {
        await send({ op: 'end', tx, commit: false }).catch(() => {});
        throw error;
      }
      await send({ op: 'end', tx, commit: true });
      return result;
    },
    async listen(channel, onMessage) {
      let listeners = subscribers.get(channel);
      if (listeners === undefined) {
        listeners = new Set();
        subscribers.set(channel, listeners);
        await send({ op: 'listen', channel });
      }
      listeners.add(onMessage);
      return async () => {
        const current = subscribers.get(channel);
        if (current === undefined || !current.delete(onMessage) || current.size > 0) return;
        subscribers.delete(channel);
        if (!closed && failed === undefined) await send({ op: 'unlisten', channel });
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      if (failed === undefined) {
        const id = nextId++;
        await new Promise<void>((resolve) => {
          pending.set(id, { resolve: () => resolve(), reject: () => resolve() });
          worker.postMessage({ op: 'close', id });
        });
      }
      await worker.terminate();
    },
  };
}
