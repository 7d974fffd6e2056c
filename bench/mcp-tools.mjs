#!/usr/bin/env node
// Tool calls through Patchbay's MCP endpoint beside the same calls made without Patchbay, in one run:
//   1. a built-in tool (NOTES_GET)        vs the raw MCP SDK serving the same notes toolkit code
//   2. tools/list of a notes-only server  vs the raw SDK listing the same tools
//   3. a client that reconnects for every call (initialize + initialized + NOTES_GET on a new connection)
//   4. a stdio upstream (server-everything ECHO) vs a raw SDK server forwarding to one stdio client
//   5. a remote HTTP upstream (server-everything over Streamable HTTP) vs a raw SDK server forwarding to it, and
//      vs calling the upstream with no proxy at all, and a bare HTTP relay (support/bare-relay.mjs) vs no proxy: the
//      floor of what any proxy keeps on this machine
// each with 1, 10 and 100 concurrent clients (and at one client, latencies timed to a fraction of a millisecond); then
// Patchbay's ready time on an existing data dir and its resident memory (with its database engine's processes) idle
// and after the built-in 100-client run, each at once and once settled. Session memory: sse-memory.mjs.
// Usage: npm run bench:mcp [-- --duration 5 --database pglite|postgres --only builtin,list,reconnect,stdio,remote
//        --connections 1,10,100 --quick]   (--quick: 1 s per point, for iterating; build first; loopback only)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { reconnecting, repeat, sequential } from './support/load.mjs';
import { report } from './support/mcp-report.mjs';
import { settledRssMb, treeCpuMs, treeRssMb } from './support/process-memory.mjs';
import { openSession } from './support/upstream-session.mjs';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    database: { type: 'string', default: 'pglite' },
    connections: { type: 'string', default: '1,10,100' },
    only: { type: 'string', default: 'builtin,list,reconnect,stdio,remote' },
    quick: { type: 'boolean', default: false },
  },
});
const duration = flags.quick ? 1 : Number(flags.duration);
const levels = flags.connections.split(',').map(Number);
const scenarios = new Set(flags.only.split(','));
const here = fileURLToPath(new URL('.', import.meta.url));
// PATCHBAY_BENCH_SERVER_MAIN: another build's main.js, to compare two builds against the same baselines.
const serverMain = process.env.PATCHBAY_BENCH_SERVER_MAIN ?? join(here, '../apps/server/dist/main.js');
const everything = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js');
const adminUrl = process.env.PATCHBAY_BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const children = [];

/** Starts a process and resolves with the first match of `ready` on its stdout or stderr. */
function start(command, args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let seen = '';
    let errors = '';
    const watch = (chunk) => {
      seen += chunk;
      const match = ready.exec(seen);
      if (match) resolve({ child, match });
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', (chunk) => {
      errors = (errors + chunk).slice(-4000);
      watch(chunk);
    });
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited (${code}):\n${errors}`)));
  });
}

const mcpHeaders = (extra = {}) => ({
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
  'mcp-protocol-version': '2025-06-18',
  ...extra,
});
const callBody = (name, args) =>
  JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });
const listBody = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });

async function post(url, headers, body) {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { response, text };
}

async function measure(label, patchbay, baseline, shape = repeat) {
  const rows = [];
  for (const connections of levels) {
    // Warm both sides (JIT, pools, upstream processes) before measuring.
    await post(patchbay.url, patchbay.headers, patchbay.body);
    await post(baseline.url, baseline.headers, baseline.body);
    const direct = await withCpu(baseline, () => shape(baseline, connections, duration));
    const through = await withCpu(patchbay, () => shape(patchbay, connections, duration));
    for (const [side, r] of [
      ['direct', direct],
      ['patchbay', through],
    ]) {
      if (r.failed > 0) process.stderr.write(`! ${label} ${side} c=${connections}: ${r.failed} failed\n`);
    }
    // At one client the added latency is the figure, and it is below autocannon's 1 ms resolution.
    const precise =
      connections === 1 && shape === repeat
        ? { direct: await sequential(baseline, duration), through: await sequential(patchbay, duration) }
        : undefined;
    rows.push({ label, connections, direct, through, precise });
    process.stderr.write(`  ${label} c=${connections} done\n`);
  }
  return rows;
}

/** The load's result plus the CPU ms per request (or sequence) that `target.pid`'s process tree spent on it. */
async function withCpu(target, run) {
  const before = target.pid === undefined ? undefined : await treeCpuMs(target.pid);
  const result = await run();
  const after = target.pid === undefined ? undefined : await treeCpuMs(target.pid);
  const requests = result.rps * duration;
  const cpu = before === undefined || after === undefined || requests === 0 ? undefined : (after - before) / requests;
  return { ...result, cpu };
}

/** A port the OS just handed out and released: free for the upstream to take. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Patchbay on `dataDir`, with the time from spawn to its "listening" line. */
async function startPatchbay(dataDir, env) {
  const t0 = performance.now();
  const started = await start(
    process.execPath,
    [serverMain, '--port', '0', '--data-dir', dataDir],
    env,
    /listening on (\S+)/,
  );
  return { ...started, base: started.match[1], readyMs: performance.now() - t0 };
}

async function stop(child) {
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-bench-'));
  const env = { PATCHBAY_LOG_LEVEL: 'warn' };
  if (flags.database === 'postgres') {
    const admin = new pg.Client(adminUrl);
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS patchbay_bench_mcp');
    await admin.query('CREATE DATABASE patchbay_bench_mcp');
    await admin.end();
    env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, '/patchbay_bench_mcp');
  }
  process.stderr.write(`starting Patchbay (${flags.database}), baselines and upstreams…\n`);
  const first = await startPatchbay(dataDir, env);
  const apiKey = (await readFile(join(dataDir, 'api-key'), 'utf8')).trim();
  const remotePort = await freePort();
  const upstream = await start(
    process.execPath,
    [everything, 'streamableHttp'],
    { PORT: String(remotePort) },
    /listening on port/i,
  );
  const remoteUrl = `http://127.0.0.1:${remotePort}/mcp`;

  const api = (base, path, body) =>
    post(
      `${base}/api/v3${path}`,
      { 'content-type': 'application/json', 'x-api-key': apiKey },
      JSON.stringify(body),
    ).then((r) => JSON.parse(r.text));
  await api(first.base, '/toolkits', {
    slug: 'everything',
    name: 'Everything',
    mcp: { transport: 'stdio', command: process.execPath, args: [everything] },
  });
  await api(first.base, '/toolkits', {
    slug: 'remote',
    name: 'Remote everything',
    mcp: { transport: 'streamable_http', url: remoteUrl },
  });
  const server = await api(first.base, '/mcp/servers/custom', {
    name: 'Bench',
    toolkits: ['notes', 'everything', 'remote'],
  });
  const notesOnly = await api(first.base, '/mcp/servers/custom', { name: 'Notes', toolkits: ['notes'] });
  // Ready time on an existing data dir: stop the first start (which created the database) and time a second one.
  await stop(first.child);
  const patchbay = await startPatchbay(dataDir, env);
  const base = patchbay.base;
  const authed = mcpHeaders({ 'x-api-key': apiKey });
  const mcpUrl = `${base}/v3/mcp/${server.id}?user_id=bench`;
  const notesUrl = `${base}/v3/mcp/${notesOnly.id}?user_id=bench`;
  await post(mcpUrl, authed, callBody('NOTES_SET', { key: 'k', value: 'v' }));
  const idleRss = await treeRssMb(patchbay.child.pid);
  const idleSettled = await settledRssMb(patchbay.child.pid);

  const rawNotes = await start(
    process.execPath,
    [join(here, 'support/raw-sdk-server.mjs'), 'notes'],
    env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {},
    /listening (\S+)/,
  );
  const baselineNotes = rawNotes.match[1];
  await post(baselineNotes, mcpHeaders(), callBody('NOTES_SET', { key: 'k', value: 'v' }));

  const rows = [];
  const memory = { idleRss, idleSettled, afterRss: undefined, afterSettled: undefined };
  const notesGet = callBody('NOTES_GET', { key: 'k' });
  if (scenarios.has('builtin')) {
    rows.push(
      ...(await measure(
        'built-in NOTES_GET',
        { url: mcpUrl, headers: authed, pid: patchbay.child.pid, body: notesGet },
        { url: baselineNotes, headers: mcpHeaders(), pid: rawNotes.child.pid, body: notesGet },
      )),
    );
    memory.afterRss = await treeRssMb(patchbay.child.pid);
    memory.afterSettled = await settledRssMb(patchbay.child.pid);
  }
  if (scenarios.has('list')) {
    rows.push(
      ...(await measure(
        'tools/list (notes)',
        { url: notesUrl, headers: authed, pid: patchbay.child.pid, body: listBody },
        { url: baselineNotes, headers: mcpHeaders(), pid: rawNotes.child.pid, body: listBody },
      )),
    );
  }
  if (scenarios.has('reconnect')) {
    rows.push(
      ...(await measure(
        'init+NOTES_GET, reconnecting',
        { url: notesUrl, headers: authed, pid: patchbay.child.pid, body: notesGet },
        { url: baselineNotes, headers: mcpHeaders(), pid: rawNotes.child.pid, body: notesGet },
        reconnecting,
      )),
    );
  }
  if (scenarios.has('stdio')) {
    const rawStdio = await start(
      process.execPath,
      [join(here, 'support/raw-sdk-server.mjs'), 'stdio', everything],
      {},
      /listening (\S+)/,
    );
    rows.push(
      ...(await measure(
        'stdio upstream ECHO',
        { url: mcpUrl, headers: authed, pid: patchbay.child.pid, body: callBody('EVERYTHING_ECHO', { message: 'hi' }) },
        {
          url: rawStdio.match[1],
          headers: mcpHeaders(),
          pid: rawStdio.child.pid,
          body: callBody('echo', { message: 'hi' }),
        },
      )),
    );
  }
  if (scenarios.has('remote')) {
    const rawRemote = await start(
      process.execPath,
      [join(here, 'support/raw-sdk-server.mjs'), 'remote', remoteUrl],
      {},
      /listening (\S+)/,
    );
    const remoteHeaders = await openSession(remoteUrl, 'bench');
    const echo = callBody('REMOTE_ECHO', { message: 'hi' });
    rows.push(
      ...(await measure(
        'remote HTTP upstream ECHO',
        { url: mcpUrl, headers: authed, pid: patchbay.child.pid, body: echo },
        {
          url: rawRemote.match[1],
          headers: mcpHeaders(),
          pid: rawRemote.child.pid,
          body: callBody('echo', { message: 'hi' }),
        },
      )),
      ...(await measure(
        'remote, no proxy at all',
        { url: mcpUrl, headers: authed, pid: patchbay.child.pid, body: echo },
        { url: remoteUrl, headers: remoteHeaders, pid: upstream.child.pid, body: callBody('echo', { message: 'hi' }) },
      )),
    );
    // The floor: what even a proxy that reads nothing of MCP keeps of the upstream on this machine.
    const relay = await start(
      process.execPath,
      [join(here, 'support/bare-relay.mjs'), remoteUrl],
      {},
      /listening (\S+)/,
    );
    rows.push(
      ...(await measure(
        'floor: bare relay / no proxy',
        { url: relay.match[1], headers: mcpHeaders(), pid: relay.child.pid, body: callBody('echo', { message: 'hi' }) },
        { url: remoteUrl, headers: remoteHeaders, pid: upstream.child.pid, body: callBody('echo', { message: 'hi' }) },
      )),
    );
  }
  process.stdout.write(report(rows, patchbay.readyMs, memory, { duration, database: flags.database }));
  await rm(dataDir, { recursive: true, force: true });
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
}
