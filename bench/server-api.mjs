// Benchmark of the Patchbay server's list and get endpoints with 100,000 MCP servers, on PostgreSQL and PGlite.
// For each database: seed with generate_series, measure the same store queries directly on the database (the
// baseline), then start the real server process (`node apps/server/dist/main.js`) and drive it with autocannon.
// Run: `npm run bench:server` (builds nothing: build core and server first). Loopback addresses only.
//
// Env: PATCHBAY_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test; a `pb_bench` database is
// created next to it and dropped afterwards), PATCHBAY_BENCH_SECONDS (default 5), PATCHBAY_BENCH_ROWS (default 100000),
// PATCHBAY_BENCH_ONLY=postgres|pglite, PATCHBAY_BENCH_CONNECTIONS (default 10).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../apps/server/', import.meta.url));
const require = createRequire(join(serverDir, 'package.json'));
const autocannon = require('autocannon');
const pg = require('pg');
const { startServer } = await import(join(serverDir, 'dist/index.js'));
const { listMcpServers, getMcpServer } = await import(join(serverDir, 'dist/store/mcp-servers.js'));

const seconds = Number(process.env.PATCHBAY_BENCH_SECONDS ?? 5);
const rows = Number(process.env.PATCHBAY_BENCH_ROWS ?? 100_000);
const connections = Number(process.env.PATCHBAY_BENCH_CONNECTIONS ?? 10);
const adminUrl = process.env.PATCHBAY_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const benchDbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = '/pb_bench';
  return url.toString();
})();

const scenarios = [
  { name: 'list default (updated_at desc)', query: {}, filters: {} },
  {
    name: 'list created_at asc',
    query: { order_by: 'created_at', order_direction: 'asc' },
    filters: { orderBy: 'created_at', direction: 'asc' },
  },
  { name: 'list created_at desc', query: { order_by: 'created_at' }, filters: { orderBy: 'created_at' } },
  { name: 'list updated_at asc', query: { order_direction: 'asc' }, filters: { direction: 'asc' } },
  { name: 'list page 500', query: { page_no: '500' }, filters: { pageNo: 500 } },
  { name: 'list name filter', query: { name: '04242' }, filters: { name: '04242' } },
  { name: 'list toolkits=http', query: { toolkits: 'http' }, filters: { toolkits: ['http'] } },
  {
    name: 'list auth_config_ids=1',
    query: { auth_config_ids: 'ac_bench7' },
    filters: { authConfigIds: ['ac_bench7'] },
  },
];
const defaults = { orderBy: 'updated_at', direction: 'desc', pageNo: 1, limit: 10 };

const seedSql = (projectId) => `
INSERT INTO auth_configs (id, project_id, toolkit_slug, name, auth_scheme)
  SELECT 'ac_bench' || g, '${projectId}', (ARRAY['notes','http','files'])[1 + g % 3], 'bench ' || g, 'API_KEY'
  FROM generate_series(0, 9) g;
INSERT INTO mcp_servers (id, project_id, name, toolkits, auth_config_ids, allowed_tools, created_at, updated_at)
  SELECT gen_random_uuid(), '${projectId}', 'Server ' || lpad(g::text, 6, '0'),
    CASE g % 3 WHEN 0 THEN ARRAY['notes'] WHEN 1 THEN ARRAY['http','files'] ELSE ARRAY['files'] END,
    ARRAY['ac_bench' || (g % 10)], '{}',
    now() - make_interval(secs => g), now() - make_interval(secs => (g * 7919) % ${rows})
  FROM generate_series(1, ${rows}) g;
INSERT INTO mcp_instances (id, project_id, server_id, user_id)
  SELECT gen_random_uuid(), project_id, id, 'user-' || n
  FROM (SELECT id, project_id FROM mcp_servers ORDER BY created_at DESC LIMIT 2000) s, generate_series(1, 3) n;`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The baseline: the server's own store query, called directly with the same concurrency, for `seconds`. */
async function direct(fn, forSeconds = seconds) {
  const latencies = [];
  const end = performance.now() + forSeconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await fn();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: latencies.length / forSeconds };
}

async function cannon(url, apiKey, paths, forSeconds = seconds) {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: forSeconds,
    headers: { 'x-api-key': apiKey },
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${paths[0]}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

function spawnServer(args, env) {
  const child = spawn(process.execPath, [join(serverDir, 'dist/main.js'), ...args], {
    env: { ...process.env, ...env, PATCHBAY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /listening on (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function benchDatabase(kind) {
  const dataDir = await mkdtemp(join(tmpdir(), `patchbay-bench-${kind}-`));
  const admin = new pg.Client({ connectionString: adminUrl });
  if (kind === 'postgres') {
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS pb_bench');
    await admin.query('CREATE DATABASE pb_bench');
  }
  const database = kind === 'postgres' ? { kind: 'postgres', url: benchDbUrl } : { kind: 'pglite' };
  const results = [];
  try {
    // Bootstrap (migrations, project, key) in this process, seed and measure the baseline, then hand the data
    // over to the real server process (PGlite's data dir admits one process at a time).
    const seeding = await startServer({ dataDir, port: 0, database, logLevel: 'silent' });
    const db = seeding.database;
    const [project] = await db.query('SELECT id FROM projects');
    const t0 = performance.now();
    await db.exec(seedSql(project.id));
    // The steady state autovacuum reaches on its own: statistics and a visibility map.
    await db.exec('VACUUM ANALYZE');
    const seedMs = performance.now() - t0;
    const ids = (await db.query('SELECT id FROM mcp_servers ORDER BY random() LIMIT 1000')).map((r) => r.id);
    console.error(
      `${kind}: seeded ${rows} servers in ${(seedMs / 1000).toFixed(1)} s; measuring the database directly…`,
    );
    await direct(() => listMcpServers(db, project.id, defaults), 2);
    for (const s of scenarios) {
      const filters = { ...defaults, ...s.filters };
      results.push({ kind, name: s.name, direct: await direct(() => listMcpServers(db, project.id, filters)) });
    }
    let n = 0;
    results.push({
      kind,
      name: 'get by id',
      direct: await direct(() => getMcpServer(db, project.id, ids[n++ % ids.length])),
    });
    // Is the trigram index worth having? The same name query without it.
    await db.exec('DROP INDEX mcp_servers_live_name_trgm');
    const noTrgm = await direct(() => listMcpServers(db, project.id, { ...defaults, name: '04242' }));
    await db.exec(
      'CREATE INDEX mcp_servers_live_name_trgm ON mcp_servers USING gin (lower(name) public.gin_trgm_ops) WHERE deleted_at IS NULL',
    );
    await seeding.close();

    const apiKey = (await readFile(join(dataDir, 'api-key'), 'utf8')).trim();
    const env = kind === 'postgres' ? { DATABASE_URL: benchDbUrl } : { DATABASE_URL: '' };
    const { child, url } = await spawnServer(['--port', '0', '--data-dir', dataDir, '--host', '127.0.0.1'], env);
    try {
      console.error(`${kind}: driving ${url} with autocannon…`);
      // Warm-up, not recorded: JIT, the connection pool and the database's caches.
      const warmPaths = scenarios.map((s) => `/api/v3/mcp/servers?${new URLSearchParams(s.query)}`);
      await cannon(url, apiKey, [...warmPaths, ...ids.slice(0, 50).map((id) => `/api/v3/mcp/${id}`)], 3);
      for (const [i, s] of scenarios.entries()) {
        const path = `/api/v3/mcp/servers?${new URLSearchParams(s.query)}`;
        results[i].server = await cannon(url, apiKey, [path]);
      }
      results[scenarios.length].server = await cannon(
        url,
        apiKey,
        ids.map((id) => `/api/v3/mcp/${id}`),
      );
    } finally {
      await stop(child);
    }
    results.push({ kind, name: 'list name filter, no trigram index', direct: noTrgm, server: undefined });
  } finally {
    if (kind === 'postgres') {
      await admin.query('DROP DATABASE IF EXISTS pb_bench WITH (FORCE)').catch(() => {});
      await admin.end();
    }
    await rm(dataDir, { recursive: true, force: true });
  }
  return results;
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

function table(results) {
  const header = [
    'database',
    'scenario',
    'server p50 ms',
    'p99 ms',
    'req/s',
    'direct p50 ms',
    'p99 ms',
    'ops/s',
    'p50 ratio',
  ];
  const lines = results.map((r) => [
    r.kind,
    r.name,
    fmt(r.server?.p50),
    fmt(r.server?.p99),
    fmt(r.server?.rps, 0),
    fmt(r.direct.p50),
    fmt(r.direct.p99),
    fmt(r.direct.rps, 0),
    r.server ? `${fmt(r.server.p50 / r.direct.p50, 1)}x` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const row = (cells) =>
    cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [row(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(row)].join('\n');
}

const kinds = process.env.PATCHBAY_BENCH_ONLY ? [process.env.PATCHBAY_BENCH_ONLY] : ['postgres', 'pglite'];
const all = [];
for (const kind of kinds) all.push(...(await benchDatabase(kind)));
console.log(
  `\nPatchbay server API, ${rows} MCP servers in one project, ${connections} connections, ${seconds} s per measurement` +
    `\n(server = HTTP through the real process incl. auth and JSON; direct = the same store query on the database)` +
    `\n${cpus().length} CPUs, load average at the end ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} (other work on the machine inflates every figure)\n`,
);
console.log(table(all));
const pgList = all.filter((r) => r.kind === 'postgres' && r.name.startsWith('list') && r.server);
if (pgList.length > 0) {
  const worst = Math.max(...pgList.map((r) => r.server.p50));
  console.log(
    `\nTarget: list p50 under 10 ms on PostgreSQL at ${rows} servers: worst list p50 ${fmt(worst)} ms → ${worst < 10 ? 'met' : 'NOT met'}`,
  );
}
