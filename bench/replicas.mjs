#!/usr/bin/env node
// Patchbay past one machine, measured side by side in one run on one PostgreSQL:
//   1. stateless tool calls/s (NOTES_GET) with 1, 2 and 3 replicas behind HAProxy, and one replica without it
//   2. the p50 the load-balancer hop adds (one client, one replica, direct vs through HAProxy)
//   3. sessions: a sessions=true call routed by its session id vs a stateless call, both through HAProxy, and the
//      PostgreSQL NOTIFY round trip a relay to the owning replica would add twice per request (the rejected design)
//   4. the tool-call log at 10M rows (one INSERT … SELECT generate_series): list p50 unfiltered, filtered and deep,
//      against the count(*) an unfiltered total used to cost, with the plan of the list query
// Usage: npm run bench:replicas [-- --duration 6 --connections 32 --rows 10000000]   (builds first; needs haproxy)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureHaproxy, freePort, haproxyConfig, startReplicas } from '../apps/server/scripts/replicas.mjs';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '6' },
    connections: { type: 'string', default: '32' },
    rows: { type: 'string', default: '10000000' },
    // `log` runs only part 4 (the call log at 10M rows).
    only: { type: 'string', default: '' },
  },
});
const duration = Number(flags.duration);
const connections = Number(flags.connections);
const rows = Number(flags.rows);
const adminUrl = process.env.PATCHBAY_BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const haproxy = ensureHaproxy();
if (haproxy === undefined) {
  process.stderr.write('haproxy is not installed (Debian: apt-get install haproxy)\n');
  process.exit(2);
}

const cleanups = [];
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
cleanups.push(() => admin.end());

async function freshSchema() {
  const schema = `pb_bench_${randomBytes(5).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  cleanups.push(() => admin.query(`DROP SCHEMA ${schema} CASCADE`));
  const url = new URL(adminUrl);
  url.searchParams.set('options', `-c search_path=${schema},public`);
  return { schema, url: url.toString() };
}

async function deploy(count) {
  const { schema, url } = await freshSchema();
  const dir = await mkdtemp(join(tmpdir(), 'pb-bench-replicas-'));
  const deployment = await startReplicas({
    dir,
    databaseUrl: url,
    count,
    haproxy,
    logs: process.env.PATCHBAY_BENCH_LOGS === '1' ? 'inherit' : 'ignore',
  });
  cleanups.push(async () => {
    await deployment.stop();
    await rm(dir, { recursive: true, force: true });
  });
  return { deployment, schema, dir };
}

/** Another HAProxy in front of the first `n` replicas: same config, smaller pool. */
async function balancerFor(deployment, n, dir) {
  const port = await freePort();
  const file = join(dir, `haproxy-${n}.cfg`);
  await writeFile(
    file,
    haproxyConfig({ port, replicas: deployment.replicas.slice(0, n), publicHost: new URL(deployment.url).host }),
  );
  const child = spawn(haproxy, ['-f', file, '-db'], { stdio: 'ignore' });
  cleanups.push(() => child.kill('SIGTERM'));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy for ${n} replica(s) exited (${child.exitCode})`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return url;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const mcpHeaders = (apiKey, extra = {}) => ({
  'x-api-key': apiKey,
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
  ...extra,
});
const callBody = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'tools/call',
  params: { name: 'NOTES_GET', arguments: { key: 'bench' } },
});

function load(url, headers, conns, seconds = duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: 'POST', headers, body: callBody, connections: conns, duration: seconds }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
  });
}

const fmt = (n, digits = 0) => n.toFixed(digits);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Sequential calls to each target in turn (a, b, a, b, …), so both see the same machine load; answers each one's
 * p50 in ms. On a busy shared machine this pairing is what makes a small difference visible.
 */
async function interleaved(targets, rounds = 400) {
  const samples = targets.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (const [k, target] of targets.entries()) {
      const t0 = performance.now();
      const r = await fetch(target.url, { method: 'POST', headers: target.headers, body: callBody });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${target.url}: ${r.status}`);
      samples[k].push(performance.now() - t0);
    }
  }
  return samples.map(median);
}
const out = (line) => process.stdout.write(`${line}\n`);

try {
  out(`bench:replicas — ${cpus().length} cores, ${connections} connections, ${duration} s per run`);
  if (flags.only !== 'log') await replicaFigures();
  await callLogFigures();
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
}

async function replicaFigures() {
  const { deployment, dir } = await deploy(3);
  const apiKey = deployment.apiKey;
  const created = await fetch(`${deployment.url}/api/v3/mcp/servers/custom`, {
    method: 'POST',
    headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench replicas', toolkits: ['notes'] }),
  }).then((r) => r.json());
  const mcpPath = `/v3/mcp/${created.id}?user_id=bench`;
  await fetch(`${deployment.url}${mcpPath}`, {
    method: 'POST',
    headers: mcpHeaders(apiKey),
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'NOTES_SET', arguments: { key: 'bench', value: 'a note to read' } },
    }),
  });
  const urls = {
    1: await balancerFor(deployment, 1, dir),
    2: await balancerFor(deployment, 2, dir),
    3: deployment.url,
  };
  const direct = deployment.replicas[0].url;

  out('\n1. stateless tool calls (NOTES_GET: auth, server row, notes SELECT, call-log INSERT)');
  await load(`${direct}${mcpPath}`, mcpHeaders(apiKey), connections, 2); // warm-up
  const rates = {};
  const alone = await load(`${direct}${mcpPath}`, mcpHeaders(apiKey), connections);
  out(`   1 replica, no balancer : ${fmt(alone.requests.average)} calls/s  p50 ${alone.latency.p50} ms`);
  for (const n of [1, 2, 3]) {
    const r = await load(`${urls[n]}${mcpPath}`, mcpHeaders(apiKey), connections);
    rates[n] = r.requests.average;
    const bad = r.non2xx + r.errors;
    out(
      `   ${n} replica(s) + HAProxy: ${fmt(r.requests.average)} calls/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms` +
        (bad > 0 ? `  (${bad} failed)` : ''),
    );
  }
  out(
    `   scaling: 2/1 = ${fmt(rates[2] / rates[1], 2)}x, 3/1 = ${fmt(rates[3] / rates[1], 2)}x ` +
      `(${cpus().length} cores shared by the replicas, HAProxy, PostgreSQL and the load generator)`,
  );

  out('\n2. the load-balancer hop (1 client, sequential calls, replica 1)');
  const [viaDirect, viaLb] = await interleaved([
    { url: `${direct}${mcpPath}`, headers: mcpHeaders(apiKey) },
    { url: `${urls[1]}${mcpPath}`, headers: mcpHeaders(apiKey) },
  ]);
  out(`   direct p50 ${fmt(viaDirect, 2)} ms, through HAProxy p50 ${fmt(viaLb, 2)} ms (interleaved, 400 each)`);
  out(`   added by the hop: ${fmt(viaLb - viaDirect, 2)} ms at p50`);

  out('\n3. stateful sessions across replicas');
  const transport = new StreamableHTTPClientTransport(new URL(`${deployment.url}${mcpPath}&sessions=true`), {
    requestInit: { headers: { 'x-api-key': apiKey } },
  });
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(transport);
  const sessionHeaders = mcpHeaders(apiKey, {
    'mcp-session-id': transport.sessionId ?? '',
    'mcp-protocol-version': transport.protocolVersion ?? '2025-06-18',
  });
  const [routed, stateless] = await interleaved(
    [
      { url: `${deployment.url}${mcpPath}&sessions=true`, headers: sessionHeaders },
      { url: `${deployment.url}${mcpPath}`, headers: mcpHeaders(apiKey) },
    ],
    200,
  );
  await client.close();
  out(
    `   session call routed to ${transport.sessionId?.split('.')[0]} by its id: p50 ${fmt(routed, 2)} ms; ` +
      `stateless call: p50 ${fmt(stateless, 2)} ms (interleaved)`,
  );
  const listener = new pg.Client({ connectionString: adminUrl });
  await listener.connect();
  await listener.query('LISTEN pb_bench_relay');
  const trips = [];
  for (let i = 0; i < 300; i++) {
    const got = new Promise((resolve) => listener.once('notification', resolve));
    const t0 = performance.now();
    await admin.query("SELECT pg_notify('pb_bench_relay', $1)", [callBody]);
    await got;
    trips.push(performance.now() - t0);
  }
  await listener.end();
  trips.sort((a, b) => a - b);
  const trip = trips[Math.floor(trips.length / 2)];
  out(
    `   a relay through PostgreSQL NOTIFY would add ~2 x ${fmt(trip, 2)} ms (request there, answer back) at p50, ` +
      'plus 8 kB payload limits and a stream per GET; routing adds nothing',
  );
}

async function callLogFigures() {
  out(`\n4. the tool-call log at ${rows.toLocaleString('en')} rows`);
  const log = await deploy(1);
  const logKey = log.deployment.apiKey;
  const [project] = (await admin.query(`SELECT id FROM ${log.schema}.projects ORDER BY created_at LIMIT 1`)).rows;
  const t0 = performance.now();
  // A bulk load: the secondary indexes are built once afterwards (faster than maintaining them row by row), and the
  // per-project counter is set once; both end as the migrations define them.
  const table = `${log.schema}.tool_calls`;
  const indexes = (
    await admin.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'tool_calls'
         AND indexname <> 'tool_calls_pkey'`,
      [log.schema],
    )
  ).rows;
  for (const index of indexes) await admin.query(`DROP INDEX ${log.schema}.${index.indexname}`);
  await admin.query(`ALTER TABLE ${table} DISABLE TRIGGER tool_call_counts_on_insert`);
  await admin.query("SET maintenance_work_mem = '256MB'");
  await admin.query(
    `INSERT INTO ${log.schema}.tool_calls (id, project_id, server_id, user_id, connected_account_id, tool_slug,
       toolkit_slug, source, started_at, duration_ms, outcome, error)
     SELECT 'log_' || lpad(g::text, 20, '0'), $1, NULL, 'user' || (g % 1000), NULL, 'TOOL_' || (g % 50),
       'kit' || (g % 10), CASE WHEN g % 2 = 0 THEN 'mcp' ELSE 'api' END,
       now() - make_interval(secs => g * 0.3), 1.5,
       CASE WHEN g % 25 = 0 THEN 'error' ELSE 'success' END, NULL
     FROM generate_series(1, $2::int) AS g`,
    [project.id, rows],
  );
  const inserted = performance.now();
  for (const index of indexes) await admin.query(index.indexdef);
  await admin.query(`ALTER TABLE ${table} ENABLE TRIGGER tool_call_counts_on_insert`);
  await admin.query(
    `INSERT INTO ${log.schema}.tool_call_counts (project_id, total) SELECT project_id, count(*) FROM ${table}
       GROUP BY project_id ON CONFLICT (project_id) DO UPDATE SET total = EXCLUDED.total`,
  );
  await admin.query(`ANALYZE ${table}`);
  out(
    `   generated in ${fmt((inserted - t0) / 1000, 1)} s (one INSERT … SELECT generate_series), ` +
      `${indexes.length} indexes built in ${fmt((performance.now() - inserted) / 1000, 1)} s`,
  );
  const p50Of = async (path, times = 30) => {
    const samples = [];
    for (let i = 0; i < times; i++) {
      const s = performance.now();
      const r = await fetch(`${log.deployment.url}${path}`, { headers: { 'x-api-key': logKey } });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
      samples.push(performance.now() - s);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)];
  };
  const first = await fetch(`${log.deployment.url}/api/v3/tool_calls?limit=20`, { headers: { 'x-api-key': logKey } })
    .then((r) => r.json())
    .catch(() => ({}));
  let cursor = first.next_cursor;
  for (let page = 2; page < 50 && cursor; page++) {
    const next = await fetch(`${log.deployment.url}/api/v3/tool_calls?limit=20&cursor=${encodeURIComponent(cursor)}`, {
      headers: { 'x-api-key': logKey },
    }).then((r) => r.json());
    cursor = next.next_cursor;
  }
  out(`   total_items answered: ${first.total_items}`);
  out(`   GET /tool_calls?limit=20                p50 ${fmt(await p50Of('/api/v3/tool_calls?limit=20'), 1)} ms`);
  out(
    `   … &user_id=user7 (10k rows match)     p50 ${fmt(await p50Of('/api/v3/tool_calls?limit=20&user_id=user7'), 1)} ms`,
  );
  out(
    `   … &tool_slug=TOOL_3 (200k rows match) p50 ${fmt(await p50Of('/api/v3/tool_calls?limit=20&tool_slug=TOOL_3'), 1)} ms`,
  );
  out(
    `   … &outcome=error (400k rows match)   p50 ${fmt(await p50Of('/api/v3/tool_calls?limit=20&outcome=error'), 1)} ms`,
  );
  if (cursor)
    out(
      `   page 50 by cursor                       p50 ${fmt(await p50Of(`/api/v3/tool_calls?limit=20&cursor=${encodeURIComponent(cursor)}`), 1)} ms`,
    );
  const c0 = performance.now();
  await admin.query(`SELECT count(*) FROM ${log.schema}.tool_calls WHERE project_id = $1`, [project.id]);
  out(`   baseline, the count(*) an unfiltered total used to run: ${fmt(performance.now() - c0, 1)} ms`);
  const plan = await admin.query(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM ${log.schema}.tool_calls WHERE project_id = $1
       AND user_id = 'user7' ORDER BY started_at DESC, id DESC LIMIT 21`,
    [project.id],
  );
  out('   plan of the filtered page:');
  for (const row of plan.rows) out(`     ${row['QUERY PLAN']}`);
}
