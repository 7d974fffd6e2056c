/**
 * Upstream MCP servers as Patchbay toolkits. Typical use, one pool for the whole server so the process cap is global:
 *
 *   const pool = new StdioPool({ logger, maxProcesses: 32, idleTimeoutMs: 300_000 });
 *   const toolkit = createMcpUpstreamToolkit(definition, { logger, pool });
 *   await toolkit.listTools(context); await toolkit.callTool(slug, args, context);
 *   // shutdown: await toolkit.close() for each toolkit, then await pool.close()
 */
export type {
  RemoteUpstreamDefinition,
  StdioUpstreamDefinition,
  UpstreamDefinition,
} from './definition.js';
export { defaultUpstreamTimeoutMs, validateDefinition } from './definition.js';
export { findBubblewrap, type UpstreamSandbox } from './sandbox.js';
export type { PoolStats, ProcessInfo, StdioPoolOptions } from './stdio-pool.js';
export { StdioPool } from './stdio-pool.js';
export type { McpUpstreamToolkitOptions, UpstreamStats } from './upstream-toolkit.js';
export { createMcpUpstreamToolkit, McpUpstreamToolkit } from './upstream-toolkit.js';
