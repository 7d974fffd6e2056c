// The tables bench:mcp prints: rates, latencies and CPU per call for each scenario, one client's latencies to a
// fraction of a millisecond, then start-up time and memory.

const f = (n, d = 0) => n.toFixed(d);
const cpu = (n) => (n === undefined ? 'n/a' : `${f(n, 2)} ms`);
const mb = (n) => (n === undefined ? 'n/a' : `${f(n)} MB`);
const kept = (direct, through) => `${f((100 * through.rps) / direct.rps)}%`.padStart(6);
const settled = (s) => (s === undefined ? 'n/a' : `${mb(s.mb)} (${f(s.afterMs / 1000, 1)} s later)`);

function rateRow({ label, connections, direct, through }) {
  return [
    label.padEnd(29),
    String(connections).padStart(4),
    f(direct.rps).padStart(9),
    f(through.rps).padStart(11),
    kept(direct, through),
    `${f(direct.p50, 1)} ms`.padStart(11),
    `${f(through.p50, 1)} ms`.padStart(7),
    `${f(through.p50 - direct.p50, 1)} ms`.padStart(7),
    `${f(direct.p99, 1)} ms`.padStart(11),
    `${f(through.p99, 1)} ms`.padStart(7),
    cpu(direct.cpu).padStart(15),
    cpu(through.cpu).padStart(7),
  ].join(' ');
}

function preciseRow({ label, precise: { direct, through } }) {
  return [
    label.padEnd(29),
    `${f(direct.p50, 2)} ms`.padStart(10),
    `${f(through.p50, 2)} ms`.padStart(9),
    `${f(through.p50 - direct.p50, 2)} ms`.padStart(9),
    `${f(direct.p99, 2)} ms`.padStart(11),
    `${f(through.p99, 2)} ms`.padStart(9),
    kept(direct, through),
  ].join(' ');
}

export function report(rows, readyMs, memory, { duration, database }) {
  const out = [
    '',
    `MCP tool calls: Patchbay vs direct, ${duration} s per run, database ${database}, ${new Date().toISOString()}`,
    '',
    'scenario                      conc  direct/s  patchbay/s  kept   p50 direct  p50 pb  added  p99 direct  p99 pb  cpu/call direct  pb',
    ...rows.map(rateRow),
  ];
  const precise = rows.filter((row) => row.precise !== undefined);
  if (precise.length > 0) {
    out.push(
      '',
      'One client, requests back to back, timed with performance.now() (autocannon rounds to whole milliseconds):',
      'scenario                      p50 direct    p50 pb     added  p99 direct    p99 pb   kept',
      ...precise.map(preciseRow),
    );
  }
  out.push(
    '',
    `Patchbay ready after start on an existing data dir: ${f(readyMs)} ms (spawn to "listening")`,
    `Patchbay RSS (with its database processes): idle ${mb(memory.idleRss)}, settled ${settled(memory.idleSettled)}`,
    `  after the built-in run ${mb(memory.afterRss)}, settled ${settled(memory.afterSettled)}`,
    '  (settled: the lowest RSS once it has not fallen for 12 s, at most 60 s after the first reading)',
    'cpu/call: CPU time of the serving process (Patchbay with its database processes; upstreams not counted; the no-proxy',
    "row's direct side is the upstream itself) per call, which a shared machine disturbs far less than rates.",
    "Floor row: its 'patchbay' columns are the bare relay (bytes forwarded, nothing of MCP read), its direct the upstream.",
    'Reconnecting rows: one initialize + initialized + call sequence per new connection; /s counts sequences.',
    'Memory of open sessions: npm run bench:sse-memory (server heap after a full GC).',
    '',
  );
  return `${out.join('\n')}\n`;
}
