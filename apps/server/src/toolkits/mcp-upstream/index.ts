export type {
  RemoteUpstreamDefinition,
  StdioUpstreamDefinition,
  UpstreamDefinition,
} from './definition.js';
export { defaultUpstreamTimeoutMs, validateDefinition } from './definition.js';
export type { PoolStats, ProcessInfo, StdioPoolOptions } from './stdio-pool.js';
export { StdioPool } from './stdio-pool.js';
export type { McpUpstreamToolkitOptions, UpstreamStats } from './upstream-toolkit.js';
export { createMcpUpstreamToolkit, McpUpstreamToolkit } from './upstream-toolkit.js';
