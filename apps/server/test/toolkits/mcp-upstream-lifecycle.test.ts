import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { StdioUpstreamDefinition } from '../../src/toolkits/mcp-upstream/index.js';
import { createMcpUpstreamToolkit, type McpUpstreamToolkit, StdioPool } from '../../src/toolkits/mcp-upstream/index.js';
import { alive, context, everythingEntry, logger, memoryEntry, textOf, waitFor } from './mcp-upstream-support.js';

const everything: StdioUpstreamDefinition = {
  slug: 'everything',
  transport: 'stdio',
  command: process.execPath,
  args: [everythingEntry, 'stdio'],
};
const LONG = 'EVERYTHING_TRIGGER_LONG_RUNNING_OPERATION';

const open: McpUpstreamToolkit[] = [];
function make(
  definition: StdioUpstreamDefinition = everything,
  poolOptions: { maxProcesses?: number; idleTimeoutMs?: number } = {},
): McpUpstreamToolkit {
  const toolkit = createMcpUpstreamToolkit(definition, { logger, poolOptions });
  open.push(toolkit);
  return toolkit;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((toolkit) => toolkit.close()));
});

function pidOf(toolkit: McpUpstreamToolkit, userId: string): number {
  const pid = toolkit.processes().find((info) => info.userId === userId)?.pid;
  if (pid === undefined) throw new Error(`no process for ${userId}`);
  return pid;
}

describe('stdio pool lifecycle (server-everything)', () => {
  it('turns an upstream killed mid-call into an isError result, then restarts it on the next call', async () => {
    const toolkit = make();
    await toolkit.listTools(context('alice'));
    const pid = pidOf(toolkit, 'alice');
    const call = toolkit.callTool(LONG, { duration: 30, steps: 30 }, context('alice'));
    await waitFor('the call to be in flight', () => toolkit.processes()[0]?.inFlight === 1);
    process.kill(pid, 'SIGKILL');
    const result = await call;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain(`upstream process (pid ${pid}) exited during the call`);
    expect(textOf(result)).toContain('Starting default (STDIO) server'); // its stderr tail
    expect(toolkit.stats()).toMatchObject({ crashes: 1, processes: 0 });

    const again = await toolkit.callTool('EVERYTHING_ECHO', { message: 'back' }, context('alice'));
    expect(textOf(again)).toBe('Echo: back');
    expect(pidOf(toolkit, 'alice')).not.toBe(pid);
  });

  it('ends a hanging call with a timeout isError within the limit, and keeps the process usable', async () => {
    const toolkit = make();
    await toolkit.listTools(context('alice'));
    const started = Date.now();
    const result = await toolkit.callTool(LONG, { duration: 30, steps: 1 }, context('alice', { timeoutMs: 800 }));
    const elapsed = Date.now() - started;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe(
      "everything did not answer within 800 ms; raise the toolkit's timeout_ms or check the upstream",
    );
    expect(elapsed).toBeGreaterThanOrEqual(750);
    expect(elapsed).toBeLessThan(1_800);
    expect(textOf(await toolkit.callTool('EVERYTHING_ECHO', { message: 'ok' }, context('alice')))).toBe('Echo: ok');
  });

  it("caps a call by the toolkit's timeoutMs", async () => {
    const toolkit = make({ ...everything, timeoutMs: 500 });
    // The start may outlast 500 ms on a loaded machine; it carries on for the next caller either way.
    await toolkit.listTools(context('alice')).catch(() => []);
    await waitFor('the process to be ready', () => toolkit.stats().processes === 1);
    const result = await toolkit.callTool(LONG, { duration: 30, steps: 1 }, context('alice', { timeoutMs: 30_000 }));
    expect(textOf(result)).toBe(
      "everything did not answer within 500 ms; raise the toolkit's timeout_ms or check the upstream",
    );
  });

  it('ends a call whose signal aborts with a cancelled result', async () => {
    const toolkit = make();
    await toolkit.listTools(context('alice'));
    const controller = new AbortController();
    const cancelled = toolkit.callTool(
      LONG,
      { duration: 30, steps: 1 },
      context('alice', { signal: controller.signal }),
    );
    await waitFor('the call to be in flight', () => toolkit.processes()[0]?.inFlight === 1);
    controller.abort();
    expect(textOf(await cancelled)).toBe('the call to everything was cancelled');
    const already = await toolkit.callTool(
      'EVERYTHING_ECHO',
      { message: 'x' },
      context('alice', { signal: controller.signal }),
    );
    expect(textOf(already)).toBe('the call to everything was cancelled');
  });

  it('reaps a process left idle, but not one busy with a call', async () => {
    const toolkit = make(everything, { idleTimeoutMs: 300 });
    const busy = await toolkit.callTool(LONG, { duration: 1, steps: 2 }, context('alice'));
    expect(textOf(busy)).toContain('Long running operation completed');
    const pid = pidOf(toolkit, 'alice');
    expect(alive(pid)).toBe(true);
    await waitFor('the idle process to be reaped', () => toolkit.stats().processes === 0 && !alive(pid), 10_000);
  });

  it('enforces the process cap: evicts the least recently used idle process, refuses when all are busy', async () => {
    const toolkit = make(everything, { maxProcesses: 2, idleTimeoutMs: 60_000 });
    await toolkit.callTool('EVERYTHING_ECHO', { message: 'a' }, context('a'));
    await toolkit.callTool('EVERYTHING_ECHO', { message: 'b' }, context('b'));
    const pidA = pidOf(toolkit, 'a');
    const pidB = pidOf(toolkit, 'b');
    await toolkit.callTool('EVERYTHING_ECHO', { message: 'b again' }, context('b'));

    expect(textOf(await toolkit.callTool('EVERYTHING_ECHO', { message: 'c' }, context('c')))).toBe('Echo: c');
    expect(
      toolkit
        .processes()
        .map((info) => info.userId)
        .sort(),
    ).toEqual(['b', 'c']);
    expect(alive(pidA)).toBe(false);
    expect(alive(pidB)).toBe(true);

    const slowB = toolkit.callTool(LONG, { duration: 2, steps: 1 }, context('b'));
    const slowC = toolkit.callTool(LONG, { duration: 2, steps: 1 }, context('c'));
    await waitFor('both processes to be busy', () => toolkit.processes().every((info) => info.inFlight === 1));
    const refused = await toolkit.callTool('EVERYTHING_ECHO', { message: 'd' }, context('d'));
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toContain('maximum of 2 upstream processes');
    expect(toolkit.stats().processes).toBe(2);
    expect((await slowB).isError).toBeUndefined();
    expect((await slowC).isError).toBeUndefined();
  });

  it('counts a process still exiting against the cap: its successor waits for the exit', async () => {
    const toolkit = make(everything, { maxProcesses: 1, idleTimeoutMs: 200 });
    // The timed-out operation keeps a timer running upstream, so this process ignores stdin EOF and exits only at
    // the SIGTERM that follows the SDK's 2 s grace period: a long exit to observe.
    await toolkit.listTools(context('a'));
    const timedOut = await toolkit.callTool(LONG, { duration: 30, steps: 1 }, context('a', { timeoutMs: 300 }));
    expect(timedOut.isError).toBe(true);
    const pidA = pidOf(toolkit, 'a');
    await waitFor('the idle process to start closing', () => toolkit.processes().length === 0);
    expect(alive(pidA)).toBe(true);
    expect(textOf(await toolkit.callTool('EVERYTHING_ECHO', { message: 'b' }, context('b')))).toBe('Echo: b');
    expect(alive(pidA)).toBe(false);
  });

  it('shares one cap between toolkits given the same pool, and closes only its own processes', async () => {
    const pool = new StdioPool({ logger, maxProcesses: 1, idleTimeoutMs: 60_000 });
    try {
      const one = createMcpUpstreamToolkit({ ...everything, slug: 'one' }, { logger, pool });
      const two = createMcpUpstreamToolkit({ ...everything, slug: 'two' }, { logger, pool });
      await one.callTool('ONE_ECHO', { message: '1' }, context('a'));
      const pidOne = pidOf(one, 'a');
      expect(textOf(await two.callTool('TWO_ECHO', { message: '2' }, context('a')))).toBe('Echo: 2');
      expect(alive(pidOne)).toBe(false);
      expect(pool.stats()).toMatchObject({ processes: 1, starting: 0 });
      await one.close();
      expect(two.stats().processes).toBe(1);
      expect(textOf(await two.callTool('TWO_ECHO', { message: '3' }, context('a')))).toBe('Echo: 3');
    } finally {
      await pool.close();
    }
    expect(pool.stats().processes).toBe(0);
  });

  it('close() ends every process (no pid left), answers an in-flight call, and is safe twice', async () => {
    const toolkit = make();
    await Promise.all(['a', 'b', 'c'].map((user) => toolkit.listTools(context(user))));
    const pids = toolkit.processes().map((info) => info.pid);
    expect(pids).toHaveLength(3);
    const inFlight = toolkit.callTool(LONG, { duration: 30, steps: 1 }, context('a'));
    await waitFor('the call to be in flight', () => toolkit.processes().some((info) => info.inFlight === 1));

    const started = Date.now();
    await toolkit.close();
    const closeMs = Date.now() - started;
    for (const pid of pids) expect(pid !== undefined && alive(pid)).toBe(false);
    const answer = await inFlight;
    expect(answer.isError).toBe(true);
    expect(textOf(answer)).toContain('shut down by Patchbay');
    await toolkit.close();
    expect(textOf(await toolkit.callTool('EVERYTHING_ECHO', { message: 'x' }, context('a')))).toContain('shut down');
    console.info(`[measure] close() of 3 processes (one busy): ${closeMs} ms`);
  });

  it('reports a command that cannot start, and one that exits at once with its stderr', async () => {
    const missing = make({ slug: 'missing', transport: 'stdio', command: '/nonexistent/mcp-server' });
    const result = await missing.callTool('MISSING_X', {}, context('a'));
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('could not start `/nonexistent/mcp-server`');

    const dying = make({
      slug: 'dying',
      transport: 'stdio',
      command: process.execPath,
      args: ['-e', 'process.stderr.write("config file missing\\n"); process.exit(3)'],
    });
    const died = await dying.callTool('DYING_X', {}, context('a'));
    expect(died.isError).toBe(true);
    expect(textOf(died)).toContain('could not start');
    expect(textOf(died)).toContain('config file missing');
    expect(dying.stats()).toMatchObject({ processes: 0, starting: 0 });
  });
});

describe('no orphans when Patchbay itself dies', () => {
  it('a SIGKILLed parent leaves no upstream child alive (they exit on stdin EOF)', async () => {
    const definitions = [
      everything,
      { slug: 'memory', transport: 'stdio', command: process.execPath, args: [memoryEntry] },
    ];
    const parent = spawn(
      process.execPath,
      [new URL('./mcp-upstream-fixtures/orphan-parent.mjs', import.meta.url).pathname, JSON.stringify(definitions)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    parent.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    await waitFor('the parent to report its children', () => output.includes('\n'), 30_000);
    const report: unknown = JSON.parse(output.trim());
    const pids =
      typeof report === 'object' && report !== null && 'pids' in report && Array.isArray(report.pids)
        ? report.pids.filter((pid): pid is number => typeof pid === 'number')
        : [];
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(alive(pid)).toBe(true);

    const exited = once(parent, 'exit');
    parent.kill('SIGKILL');
    await exited;
    await waitFor('the orphaned upstreams to exit', () => pids.every((pid) => !alive(pid)), 10_000);
  });
});
