import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../src/boot/server.js';
import type { Database, SqlValue } from '../src/db/database.js';
import { openPglite } from '../src/db/pglite.js';
import { createLogger } from '../src/util/logger.js';

/** A real PGlite whose list query waits at a gate the test opens, so a request can be held in flight. */
async function gatedDatabase() {
  const inner = await openPglite();
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let arrived: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const state = { armed: false, closed: false };
  const db: Database = {
    kind: inner.kind,
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction(fn),
    listen: (channel, onMessage, onGap) => inner.listen(channel, onMessage, onGap),
    async query<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
      if (state.armed && sql.includes('AS page')) {
        arrived();
        await gate;
      }
      return inner.query<Row>(sql, params);
    },
    async close() {
      state.closed = true;
      await inner.close();
    },
  };
  return { db, state, open: () => open(), reached };
}

/** Resolves once the port refuses new connections (a condition, polled; never a fixed sleep). */
async function refused(url: string): Promise<void> {
  for (;;) {
    try {
      await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
    } catch {
      return;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('graceful shutdown', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  const start = async (db: Database, shutdownTimeoutMs: number) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-shutdown-'));
    dirs.push(dataDir);
    return startServer({
      dataDir,
      port: 0,
      database: { kind: 'provided', database: db },
      logger: createLogger('silent'),
      shutdownTimeoutMs,
    });
  };

  it('stops accepting, lets the in-flight request finish, then closes the database', async () => {
    const gated = await gatedDatabase();
    const running = await start(gated.db, 30_000);
    gated.state.armed = true;
    const pending = fetch(`${running.url}/api/v3/mcp/servers`, { headers: { 'x-api-key': running.apiKey ?? '' } });
    await gated.reached;
    const closing = running.close();
    await refused(running.url);
    expect(gated.state.closed).toBe(false);
    gated.open();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ items: [], current_page: 1 });
    await closing;
    expect(gated.state.closed).toBe(true);
  });

  it('gives up on a stuck request after the time limit', async () => {
    const gated = await gatedDatabase();
    const running = await start(gated.db, 300);
    gated.state.armed = true;
    const pending = fetch(`${running.url}/api/v3/mcp/servers`, { headers: { 'x-api-key': running.apiKey ?? '' } }).then(
      (r) => r.status,
      () => 'cut' as const,
    );
    await gated.reached;
    await running.close();
    expect(gated.state.closed).toBe(true);
    expect(await pending).toBe('cut');
    gated.open();
  });
});
