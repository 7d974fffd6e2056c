#!/usr/bin/env node
// The embedded engine's statements, PGlite's own query() beside Patchbay's prepared statements (db/pglite-statements),
// on one on-disk PGlite with Patchbay's schema, in interleaved rounds: the statements a built-in tool call runs (the
// note it reads, the call-log row it writes) and the API-key lookup every request without a cached key makes.
// Usage: npm run bench:pglite-statements [-- --rounds 3 --iterations 2000]   (build first: it uses apps/server/dist)
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, iterations: { type: 'string', default: '2000' } },
});
const server = new URL('../apps/server/', import.meta.url);
const fromServer = createRequire(new URL('package.json', server));
// The ES module builds, as the server loads them (require.resolve answers the CommonJS ones).
const esm = (specifier) => pathToFileURL(fromServer.resolve(specifier).replace(/\.cjs$/, '.js')).href;
const { PGlite } = await import(esm('@electric-sql/pglite'));
const { pg_trgm } = await import(esm('@electric-sql/pglite/contrib/pg_trgm'));
const { preparedStatements } = await import(new URL('dist/db/pglite-statements.mjs', server).href);
const { migrate } = await import(new URL('dist/db/migrate.js', server).href);
const { pgliteMemorySettings } = await import(new URL('dist/db/pglite-settings.js', server).href);

const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-bench-pglite-'));
const pg = await PGlite.create({ dataDir, extensions: { pg_trgm }, postgresqlconf: pgliteMemorySettings });
const stock = {
  query: async (sql, params) => (await pg.query(sql, params)).rows,
  exec: async (sql) => void (await pg.exec(sql)),
};
const inTransaction = (tx) => ({
  query: async (sql, params) => (await tx.query(sql, params)).rows,
  exec: async (sql) => void (await tx.exec(sql)),
});
await migrate({ ...stock, kind: 'pglite', transaction: (fn) => pg.transaction((tx) => fn(inTransaction(tx))) });
await pg.query("INSERT INTO projects (id, name) VALUES ('pr_bench', 'bench')");
await pg.query("INSERT INTO user_notes (project_id, user_id, key, value) VALUES ('pr_bench', 'bench', 'k', 'v')");
const prepared = preparedStatements(pg);

let row = 0;
const cases = [
  {
    label: 'NOTES_GET SELECT',
    sql: 'SELECT key, value, updated_at FROM user_notes WHERE project_id = $1 AND user_id = $2 AND key = $3',
    params: () => ['pr_bench', 'bench', 'k'],
  },
  {
    label: 'call-log INSERT',
    sql: `INSERT INTO tool_calls (id, project_id, server_id, user_id, connected_account_id, tool_slug, toolkit_slug,
       source, started_at, duration_ms, outcome, error, session_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    params: () => [
      `tc_${row++}`,
      'pr_bench',
      null,
      'bench',
      null,
      'NOTES_GET',
      'notes',
      'mcp',
      new Date(),
      0.5,
      'success',
      null,
      null,
    ],
  },
  { label: 'API-key lookup', sql: 'SELECT * FROM api_keys WHERE key_hash = $1', params: () => [new Uint8Array(32)] },
];

async function perOp(run, sql, params) {
  const iterations = Number(flags.iterations);
  for (let i = 0; i < 100; i++) await run(sql, params());
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) await run(sql, params());
  const cpu = process.cpuUsage(cpu0);
  return { wall: (1000 * (performance.now() - t0)) / iterations, cpu: (cpu.user + cpu.system) / iterations };
}

const lines = [
  '',
  `PGlite statements: query() vs prepared, ${flags.iterations} per point, on disk, ${new Date().toISOString()}`,
  '',
  'statement             round  query() µs  prepared µs  prepared/query()   cpu µs query()  prepared',
];
for (let round = 1; round <= Number(flags.rounds); round++) {
  for (const { label, sql, params } of cases) {
    const a = await perOp(stock.query, sql, params);
    const b = await perOp(prepared.query, sql, params);
    lines.push(
      [
        label.padEnd(21),
        String(round).padStart(5),
        a.wall.toFixed(0).padStart(11),
        b.wall.toFixed(0).padStart(12),
        `${((100 * b.wall) / a.wall).toFixed(0)}%`.padStart(17),
        a.cpu.toFixed(0).padStart(16),
        b.cpu.toFixed(0).padStart(9),
      ].join(' '),
    );
  }
  process.stderr.write(`  round ${round} done\n`);
}
process.stdout.write(`${lines.join('\n')}\n\n`);
await pg.close();
await rm(dataDir, { recursive: true, force: true });
