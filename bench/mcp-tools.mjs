#!/usr/bin/env node
// Tool calls through Patchbay's MCP endpoint beside the same calls made without Patchbay, in one run:
//   1. a built-in tool (NOTES_GET)        vs the raw MCP SDK serving the same notes toolkit code
//   2. a stdio upstream (server-everything ECHO) vs a raw SDK server forwarding to one stdio client
//   3. a remote HTTP upstream (server-everything over Streamable HTTP) vs a raw SDK server forwarding to it, and
//      vs calling the upstream with no proxy at all (what any proxy costs on a 2-core machine)
// each with 1, 10 and 100 concurrent clients (autocannon). Session memory: sse-memory.mjs.
// Usage: npm run bench:mcp [-- --duration 5 --database pglite|postgres]   (builds first; loopback only)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    database: { type: 'string', default: 'pglite' },
    connections: { type: 'string', default: '1,10,100' },
  },
});
const duration = Number(flags.duration);
const levels = flags.connections.split(',').map(Number);
const here = fileURLToPath(new URL('.', import.meta.url));
const serverMain = join(here, '../apps/server/dist/main.js');
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

async function post(url, headers, body) {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return { response, text };
}

function load(url, headers, body, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: 'POST', headers, body, connections, duration }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function measure(label, patchbay, baseline) {
  const rows = [];
  for (const connections of levels) {
    // Warm both sides (JIT, pools, upstream processes) before measuring.
    await post(patchbay.url, patchbay.headers, patchbay.body);
    await post(baseline.url, baseline.headers, baseline.body);
    const direct = await load(baseline.url, baseline.headers, baseline.body, connections);
    const through = await load(patchbay.url, patchbay.headers, patchbay.body, connections);
    for (const [side, r] of [
      ['direct', direct],
      ['patchbay', through],
    ]) {
      if (r.non2xx > 0 || r.errors > 0)
        process.stderr.write(`! ${label} ${side} c=${connections}: ${r.non2xx} non-2xx, ${r.errors} errors\n`);
    }
    rows.push({
      label,
      connections,
      directRps: direct.requests.average,
      patchbayRps: through.requests.average,
      directP50: direct.latency.p50,
      patchbayP50: through.latency.p50,
      directP99: direct.latency.p99,
      patchbayP99: through.latency.p99,
    });
    process.stderr.write(`  ${label} c=${connections} done\n`);
  }
  return rows;
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
  const patchbay = await start(
    process.execPath,
    [serverMain, '--port', '0', '--data-dir', dataDir],
    env,
    /listening on (\S+)/,
  );
  const base = patchbay.match[1];
  const apiKey = (await readFile(join(dataDir, 'api-key'), 'utf8')).trim();
  const rawNotes = await start(
    process.execPath,
    [join(here, 'support/raw-sdk-server.mjs'), 'notes'],
    env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {},
    /listening (\S+)/,
  );
  const rawStdio = await start(
    process.execPath,
    [join(here, 'support/raw-sdk-server.mjs'), 'stdio', everything],
    {},
    /listening (\S+)/,
  );
  const remotePort = await freePort();
  await start(process.execPath, [everything, 'streamableHttp'], { PORT: String(remotePort) }, /listening on port/i);
  const remoteUrl = `http://127.0.0.1:${remotePort}/mcp`;
  const rawRemote = await start(
    process.execPath,
    [join(here, 'support/raw-sdk-server.mjs'), 'remote', remoteUrl],
    {},
    /listening (\S+)/,
  );

  const api = (path, body) =>
    post(
      `${base}/api/v3${path}`,
      { 'content-type': 'application/json', 'x-api-key': apiKey },
      JSON.stringify(body),
    ).then((r) => JSON.parse(r.text));
  await api('/toolkits', {
    slug: 'everything',
    name: 'Everything',
    mcp: { transport: 'stdio', command: process.execPath, args: [everything] },
  });
  await api('/toolkits', {
    slug: 'remote',
    name: 'Remote everything',
    mcp: { transport: 'streamable_http', url: remoteUrl },
  });
  const server = await api('/mcp/servers/custom', { name: 'Bench', toolkits: ['notes', 'everything', 'remote'] });
  const mcpUrl = `${base}/v3/mcp/${server.id}?user_id=bench`;
  const authed = mcpHeaders({ 'x-api-key': apiKey });
  await post(mcpUrl, authed, callBody('NOTES_SET', { key: 'k', value: 'v' }));
  const baselineNotes = rawNotes.match[1];
  await post(baselineNotes, mcpHeaders(), callBody('NOTES_SET', { key: 'k', value: 'v' }));

  // server-everything's HTTP mode keeps sessions: open one for the direct baseline.
  const init = await fetch(remoteUrl, {
    method: 'POST',
    headers: mcpHeaders(),
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 0,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
    }),
  });
  const session = init.headers.get('mcp-session-id');
  await init.text();
  const remoteHeaders = mcpHeaders(session ? { 'mcp-session-id': session } : {});
  await post(remoteUrl, remoteHeaders, JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })).catch(
    () => {},
  );

  const rows = [
    ...(await measure(
      'built-in NOTES_GET',
      { url: mcpUrl, headers: authed, body: callBody('NOTES_GET', { key: 'k' }) },
      { url: baselineNotes, headers: mcpHeaders(), body: callBody('NOTES_GET', { key: 'k' }) },
    )),
    ...(await measure(
      'stdio upstream ECHO',
      { url: mcpUrl, headers: authed, body: callBody('EVERYTHING_ECHO', { message: 'hi' }) },
      { url: rawStdio.match[1], headers: mcpHeaders(), body: callBody('echo', { message: 'hi' }) },
    )),
    ...(await measure(
      'remote HTTP upstream ECHO',
      { url: mcpUrl, headers: authed, body: callBody('REMOTE_ECHO', { message: 'hi' }) },
      { url: rawRemote.match[1], headers: mcpHeaders(), body: callBody('echo', { message: 'hi' }) },
    )),
    ...(await measure(
      'remote, no proxy at all',
      { url: mcpUrl, headers: authed, body: callBody('REMOTE_ECHO', { message: 'hi' }) },
      { url: remoteUrl, headers: remoteHeaders, body: callBody('echo', { message: 'hi' }) },
    )),
  ];

  const f = (n, d = 0) => n.toFixed(d);
  const out = [
    '',
    `MCP tool calls: Patchbay vs direct, ${duration} s per run, database ${flags.database}, ${new Date().toISOString()}`,
    '',
    'scenario                   conc  direct/s  patchbay/s  kept   p50 direct  p50 pb  added  p99 direct  p99 pb',
  ];
  for (const r of rows) {
    out.push(
      [
        r.label.padEnd(26),
        String(r.connections).padStart(4),
        f(r.directRps).padStart(9),
        f(r.patchbayRps).padStart(11),
        `${f((100 * r.patchbayRps) / r.directRps)}%`.padStart(6),
        `${f(r.directP50, 1)} ms`.padStart(11),
        `${f(r.patchbayP50, 1)} ms`.padStart(7),
        `${f(r.patchbayP50 - r.directP50, 1)} ms`.padStart(7),
        `${f(r.directP99, 1)} ms`.padStart(11),
        `${f(r.patchbayP99, 1)} ms`.padStart(7),
      ].join(' '),
    );
  }
  out.push('', 'Memory of open sessions: npm run bench:sse-memory (server heap after a full GC).', '');
  process.stdout.write(`${out.join('\n')}\n`);
  await rm(dataDir, { recursive: true, force: true });
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
}
