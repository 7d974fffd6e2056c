import { getEventListeners } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMcpUpstreamToolkit, type McpUpstreamToolkit } from '../../src/toolkits/mcp-upstream/index.js';
import { alive, context, everythingEntry, logger, memoryEntry, textOf, waitFor } from './mcp-upstream-support.js';

// Real upstreams: the published server-everything and server-memory packages, spawned as stdio processes.

describe('stdio upstream: server-everything', () => {
  let toolkit: McpUpstreamToolkit;

  beforeAll(() => {
    toolkit = createMcpUpstreamToolkit(
      {
        slug: 'everything',
        transport: 'stdio',
        command: process.execPath,
        args: [everythingEntry, 'stdio'],
        env: { GREETING: 'hello' },
        perUserEnv: ['API_TOKEN'],
        credentialFields: { API_TOKEN: 'token' },
        timeoutMs: 20_000,
      },
      { logger },
    );
  });
  afterAll(async () => {
    await toolkit.close();
  });

  it('lists the tools with slugs, titles, object schemas and annotations', async () => {
    const started = performance.now();
    const tools = await toolkit.listTools(context('alice', { credentials: { token: 't-alice' } }));
    const firstListMs = performance.now() - started;
    const echo = tools.find((tool) => tool.originalName === 'echo');
    expect(echo).toMatchObject({
      slug: 'EVERYTHING_ECHO',
      name: 'Echo Tool',
      description: 'Echoes back the input string',
      inputSchema: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
      annotations: { readOnlyHint: true },
      noAuth: false,
    });
    expect(tools.find((tool) => tool.originalName === 'get-sum')?.slug).toBe('EVERYTHING_GET_SUM');
    expect(tools.find((tool) => tool.originalName === 'trigger-long-running-operation')).toBeDefined();
    for (const tool of tools) {
      expect(tool.slug).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(tool.inputSchema.type).toBe('object');
    }
    expect(new Set(tools.map((tool) => tool.slug)).size).toBe(tools.length);
    console.info(`[measure] stdio process start + initialize + tools/list: ${firstListMs.toFixed(0)} ms`);
  });

  it('calls echo and get-sum, passing results through', async () => {
    const ctx = context('alice', { credentials: { token: 't-alice' } });
    const echo = await toolkit.callTool('EVERYTHING_ECHO', { message: 'hi there' }, ctx);
    expect(echo.isError).toBeUndefined();
    expect(textOf(echo)).toBe('Echo: hi there');
    const sum = await toolkit.callTool('EVERYTHING_GET_SUM', { a: 2, b: 40 }, ctx);
    expect(textOf(sum)).toContain('is 42');

    const rounds = 50;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) await toolkit.callTool('EVERYTHING_ECHO', { message: `m${i}` }, ctx);
    const perCall = (performance.now() - started) / rounds;
    // One caller signal shared by many calls (as an MCP session's would be) must not collect listeners.
    expect(getEventListeners(ctx.signal, 'abort')).toHaveLength(0);
    console.info(`[measure] warm stdio call latency (echo, sequential): ${perCall.toFixed(2)} ms/call`);
    expect(toolkit.stats().calls).toBeGreaterThanOrEqual(rounds + 2);

    const parallel = 200;
    const began = performance.now();
    const results = await Promise.all(
      Array.from({ length: parallel }, (_, i) =>
        toolkit.callTool(
          'EVERYTHING_ECHO',
          { message: `p${i}` },
          context('alice', { credentials: { token: 't-alice' } }),
        ),
      ),
    );
    const totalMs = performance.now() - began;
    expect(results.every((result, i) => textOf(result) === `Echo: p${i}`)).toBe(true);
    console.info(`[measure] ${parallel} concurrent echo calls on one stdio process: ${totalMs.toFixed(0)} ms total`);
  });

  it('passes an upstream tool error through as isError', async () => {
    const result = await toolkit.callTool(
      'EVERYTHING_GET_SUM',
      { a: 'two' },
      context('alice', { credentials: { token: 't-alice' } }),
    );
    expect(result.isError).toBe(true);
  });

  it('fills per-user env from credentials and never leaks Patchbay env', async () => {
    process.env.PATCHBAY_TEST_SECRET = 'must-not-leak';
    try {
      const result = await toolkit.callTool(
        'EVERYTHING_GET_ENV',
        {},
        context('bob', { credentials: { token: 't-bob' } }),
      );
      const env: unknown = JSON.parse(textOf(result));
      expect(env).toMatchObject({ API_TOKEN: 't-bob', GREETING: 'hello' });
      expect(textOf(result)).not.toContain('must-not-leak');
    } finally {
      delete process.env.PATCHBAY_TEST_SECRET;
    }
  });

  it('answers an unknown slug and missing credentials with isError results naming them', async () => {
    const unknown = await toolkit.callTool(
      'EVERYTHING_NOPE',
      {},
      context('alice', { credentials: { token: 't-alice' } }),
    );
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toContain('EVERYTHING_NOPE');
    const missing = await toolkit.callTool('EVERYTHING_ECHO', { message: 'x' }, context('carol'));
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toContain('"token"');
    await expect(toolkit.listTools(context('carol'))).rejects.toThrow(/"token"/);
  });

  it('starts ONE process for concurrent first calls of the same user', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        toolkit.callTool(
          'EVERYTHING_ECHO',
          { message: `c${i}` },
          context('dave', { credentials: { token: 't-dave' } }),
        ),
      ),
    );
    expect(results.map(textOf)).toEqual(Array.from({ length: 8 }, (_, i) => `Echo: c${i}`));
    const dave = toolkit.processes().filter((info) => info.userId === 'dave');
    expect(dave).toHaveLength(1);
    const pid = dave[0]?.pid;
    expect(pid !== undefined && alive(pid)).toBe(true);
  });

  it('gives a user a fresh process when their secret changes', async () => {
    await toolkit.callTool('EVERYTHING_ECHO', { message: 'x' }, context('erin', { credentials: { token: 'one' } }));
    const result = await toolkit.callTool('EVERYTHING_GET_ENV', {}, context('erin', { credentials: { token: 'two' } }));
    expect(textOf(result)).toContain('"API_TOKEN": "two"');
    await waitFor(
      'the process with the old secret to close',
      () => toolkit.processes().filter((info) => info.userId === 'erin').length === 1,
    );
  });
});

describe('stdio upstream: server-memory, per-user isolation', () => {
  let toolkit: McpUpstreamToolkit;
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'patchbay-memory-'));
    toolkit = createMcpUpstreamToolkit(
      {
        slug: 'memory',
        transport: 'stdio',
        command: process.execPath,
        args: [memoryEntry],
        perUserEnv: ['MEMORY_FILE_PATH'],
        credentialFields: { MEMORY_FILE_PATH: 'memory_file' },
      },
      { logger },
    );
  });
  afterAll(async () => {
    await toolkit.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const as = (user: string) => context(user, { credentials: { memory_file: join(dir, `${user}.jsonl`) } });

  it('lists memory tools with output schemas', async () => {
    const tools = await toolkit.listTools(as('alice'));
    const names = tools.map((tool) => tool.slug);
    expect(names).toEqual(
      expect.arrayContaining(['MEMORY_CREATE_ENTITIES', 'MEMORY_READ_GRAPH', 'MEMORY_SEARCH_NODES']),
    );
    const read = tools.find((tool) => tool.slug === 'MEMORY_READ_GRAPH');
    expect(read?.outputSchema).toMatchObject({ type: 'object', properties: { entities: {}, relations: {} } });
    expect(read?.name).toBe('Read Graph');
  });

  it("keeps two users in two processes that cannot see each other's graph", async () => {
    const created = await toolkit.callTool(
      'MEMORY_CREATE_ENTITIES',
      { entities: [{ name: 'Ada', entityType: 'person', observations: ['wrote the first program'] }] },
      as('alice'),
    );
    expect(created.isError).toBeUndefined();
    await toolkit.callTool(
      'MEMORY_CREATE_ENTITIES',
      { entities: [{ name: 'Grace', entityType: 'person', observations: ['found a moth'] }] },
      as('bob'),
    );

    const alice = await toolkit.callTool('MEMORY_READ_GRAPH', {}, as('alice'));
    const bob = await toolkit.callTool('MEMORY_READ_GRAPH', {}, as('bob'));
    expect(alice.structuredContent).toMatchObject({ entities: [{ name: 'Ada', entityType: 'person' }] });
    expect(bob.structuredContent).toMatchObject({ entities: [{ name: 'Grace' }] });
    expect(textOf(alice)).not.toContain('Grace');
    expect(textOf(bob)).not.toContain('Ada');

    const processes = toolkit.processes();
    const pids = new Set(processes.map((info) => info.pid));
    expect(processes.map((info) => info.userId).sort()).toEqual(['alice', 'bob']);
    expect(pids.size).toBe(2);
    expect(toolkit.stats()).toMatchObject({ processes: 2, starting: 0, crashes: 0 });
  });
});
