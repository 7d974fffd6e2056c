import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { everythingEntry, waitFor } from '../toolkits/mcp-upstream-support.js';

/** A client that goes away mid-call: the upstream call is cancelled at once, not left running to its time limit. */
describe('a client hanging up during a tool call', () => {
  let t: TestServer;
  let serverId: string;
  beforeAll(async () => {
    t = await startTestServer('pglite');
    await insertCustomToolkit(t.running.database, t.projectId, 'everything', {
      name: 'Everything',
      description: '',
      logo: null,
      categories: [],
      kind: 'mcp_stdio',
      source: { transport: 'stdio', command: process.execPath, args: [everythingEntry] },
      timeoutMs: 120_000,
    });
    serverId = (
      await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Slow', toolkits: ['everything'] } }))
    ).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  it('cancels the upstream call and logs it, on the stateless endpoint', async () => {
    const hangUp = new AbortController();
    const call = fetch(`${t.url}/v3/mcp/${serverId}?user_id=ada`, {
      method: 'POST',
      signal: hangUp.signal,
      headers: {
        'x-api-key': t.apiKey,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'EVERYTHING_TRIGGER_LONG_RUNNING_OPERATION', arguments: { duration: 60, steps: 60 } },
      }),
    }).catch((error: unknown) => error);
    const pool = t.running.context.pool;
    await waitFor('the call to reach the upstream', () => pool.processes().some((info) => info.inFlight === 1));
    const started = Date.now();
    hangUp.abort();
    await call;
    await waitFor('the upstream call to end', () => pool.processes().every((info) => info.inFlight === 0), 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    await waitFor('the call to be logged', async () => {
      const rows = await t.running.database.query<{ outcome: string; error: string | null }>(
        "SELECT outcome, error FROM tool_calls WHERE tool_slug = 'EVERYTHING_TRIGGER_LONG_RUNNING_OPERATION'",
      );
      return rows.length === 1 && rows[0]?.outcome === 'error';
    });
  });
});
