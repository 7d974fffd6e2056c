import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { everythingEntry, memoryEntry, waitFor } from '../toolkits/mcp-upstream-support.js';
import { connectMcp, resultText } from './connect.js';

/** The pids of this test process's children running `entry` (the pool's upstream processes). */
function upstreamPids(entry: string): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(process.pid), '-f', entry], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(Number);
  } catch {
    return [];
  }
}

// Upstream behaviour does not depend on the database, so one kind suffices here.
describe('stdio MCP servers as toolkits behind a Patchbay server', () => {
  let t: TestServer;
  let serverId: string;
  const url = (user: string) => `${t.url}/v3/mcp/${serverId}?user_id=${user}`;
  const headers = () => ({ 'x-api-key': t.apiKey });

  beforeAll(async () => {
    t = await startTestServer('pglite');
    const memoryDir = await mkdtemp(join(tmpdir(), 'pb-memory-'));
    const stdio = (entry: string, env: Record<string, string> = {}) => ({
      name: entry,
      description: '',
      logo: null,
      categories: [],
      kind: 'mcp_stdio' as const,
      source: { transport: 'stdio', command: process.execPath, args: [entry], env },
      timeoutMs: 20_000,
    });
    await insertCustomToolkit(t.running.database, t.projectId, 'memory', {
      ...stdio(memoryEntry, { MEMORY_FILE_PATH: join(memoryDir, 'memory.jsonl') }),
      name: 'Memory',
    });
    await insertCustomToolkit(t.running.database, t.projectId, 'everything', {
      ...stdio(everythingEntry),
      name: 'Everything',
    });
    serverId = (
      await unwrap(
        t.client.POST('/mcp/servers/custom', {
          body: { name: 'Upstreams', toolkits: ['memory', 'everything', 'notes'] },
        }),
      )
    ).id;
  });
  afterAll(async () => {
    await t.stop();
    // Shutting the server down ends its upstream processes: no orphans.
    await waitFor(
      'upstream processes to exit',
      () => upstreamPids(everythingEntry).length === 0 && upstreamPids(memoryEntry).length === 0,
    );
  });

  it("re-exposes the upstreams' tools under their toolkit slugs, beside built-in ones", async () => {
    const client = await connectMcp(url('ana'), headers());
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining(['MEMORY_CREATE_ENTITIES', 'MEMORY_READ_GRAPH', 'EVERYTHING_ECHO', 'NOTES_SET']),
    );
    expect(new Set(names).size).toBe(names.length);
    await client.close();
  });

  it('calls server-memory through Patchbay', async () => {
    const client = await connectMcp(url('ana'), headers());
    const created = await client.callTool({
      name: 'MEMORY_CREATE_ENTITIES',
      arguments: { entities: [{ name: 'Patchbay', entityType: 'project', observations: ['self-hosted'] }] },
    });
    expect(created.isError).toBeFalsy();
    const graph = await client.callTool({ name: 'MEMORY_READ_GRAPH', arguments: {} });
    expect(resultText(graph)).toContain('self-hosted');
    await client.close();
  });

  it('survives an upstream killed mid-call: the call errors helpfully, the next one runs on a fresh process', async () => {
    const client = await connectMcp(url('ana'), headers());
    expect(resultText(await client.callTool({ name: 'EVERYTHING_ECHO', arguments: { message: 'warm' } }))).toBe(
      'Echo: warm',
    );
    const [pid] = upstreamPids(everythingEntry);
    if (pid === undefined) throw new Error('no server-everything process');
    const call = client.callTool({
      name: 'EVERYTHING_TRIGGER_LONG_RUNNING_OPERATION',
      arguments: { duration: 30, steps: 30 },
    });
    // Kill only once the upstream holds the call; killing it must not take Patchbay down.
    const pool = t.running.context.pool;
    await waitFor('the long call to reach the upstream', () =>
      pool.processes().some((info) => info.pid === pid && info.inFlight === 1),
    );
    process.kill(pid, 'SIGKILL');
    const result = await call;
    expect(result.isError).toBe(true);
    expect(resultText(result)).toMatch(/exited during the call/);
    const again = await client.callTool({ name: 'EVERYTHING_ECHO', arguments: { message: 'back' } });
    expect(resultText(again)).toBe('Echo: back');
    expect(upstreamPids(everythingEntry)).not.toContain(pid);
    // Patchbay itself kept serving throughout.
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    const logged = await t.running.database.query<{ outcome: string }>(
      "SELECT outcome FROM tool_calls WHERE tool_slug = 'EVERYTHING_TRIGGER_LONG_RUNNING_OPERATION'",
    );
    expect(logged).toEqual([{ outcome: 'error' }]);
    await client.close();
  });
});
