import type { McpSessionStore } from '../mcp/transports.js';
import type { StdioPool } from '../toolkits/mcp-upstream/index.js';
import type { Metrics } from './registry.js';

/** Gauges read from this replica's parts at scrape time: the stdio process pool and the open MCP sessions. */
export function watchContext(metrics: Metrics, parts: { pool: StdioPool; sessions: McpSessionStore }): void {
  const { pool, sessions } = parts;
  metrics.gauge('patchbay_upstream_processes', 'Stdio upstream processes of this replica, by state.', ['state'], () => {
    const stats = pool.stats();
    return [
      [{ state: 'ready' }, stats.processes],
      [{ state: 'starting' }, stats.starting],
    ];
  });
  metrics.gauge('patchbay_upstream_processes_max', 'The most stdio upstream processes this replica runs.', [], () => [
    [{}, pool.maxProcesses],
  ]);
  metrics.counter(
    'patchbay_upstream_process_crashes_total',
    'Stdio upstream processes that exited by themselves.',
    () => pool.stats().crashes,
  );
  metrics.counter(
    'patchbay_upstream_process_restarts_total',
    'Stdio upstream processes started in place of a crashed one.',
    () => pool.stats().restarts,
  );
  metrics.gauge('patchbay_mcp_sessions_open', 'Open MCP sessions held by this replica.', ['transport'], () => [
    [{ transport: 'streamable_http' }, sessions.streams.size],
    [{ transport: 'sse' }, sessions.sse.size],
  ]);
}
