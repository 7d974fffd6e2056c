import type { ToolRunner } from '../calls/tool-runner.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import type { ApiDeps } from './deps.js';

/** What the catalog, execute and tool-call routes need beside the common API dependencies. */
export type CatalogDeps = ApiDeps & {
  /** Every toolkit of a project (built-in and custom), with their runtimes. */
  registry: ToolkitRegistry;
  /** Runs and logs one tool call, the same way the MCP endpoint does. */
  runner: ToolRunner;
};
