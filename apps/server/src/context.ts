import type { Vault } from './accounts/crypto.js';
import type { ToolRunner } from './calls/tool-runner.js';
import type { Database } from './db/database.js';
import type { AuthThrottle } from './http/auth-throttle.js';
import type { McpSessionStore } from './mcp/transports.js';
import type { Metrics } from './metrics/registry.js';
import type { OAuthServer } from './oauth/server.js';
import type { Downloads } from './pages/downloads.js';
import type { Presenter } from './present/mcp-servers.js';
import type { ToolSearch } from './search/tool-search.js';
import type { HotRows } from './store/hot-rows.js';
import type { StdioPool } from './toolkits/mcp-upstream/index.js';
import type { ToolkitRegistry } from './toolkits/registry.js';
import type { StdioPolicy } from './toolkits/stdio-policy.js';
import type { Logger } from './util/logger.js';

/**
 * Everything one running app shares, built once by `createContext` (boot/context.ts): the REST routes, the browser
 * pages and the MCP endpoint all take it, and the narrower ports of lower layers (e.g. `AccountsDeps`) are parts of
 * it. Two apps in one process have two contexts and share nothing.
 */
export interface ServerContext {
  db: Database;
  /** The URL clients reach the server at; every URL the API hands out starts with it. */
  publicUrl: string;
  logger: Logger;
  /** Seals and opens secrets at rest. */
  vault: Vault;
  /** For OAuth token endpoints (tests may swap it). */
  fetch: typeof fetch;
  /** Every toolkit of a project (built-in, curated and custom), with their runtimes; also the toolkit catalog. */
  registry: ToolkitRegistry;
  /** Runs and logs one tool call, for MCP and REST alike. */
  runner: ToolRunner;
  /** Failed authentications per client address and key prefix. */
  throttle: AuthThrottle;
  /** Cached hot rows (API keys, scoped tokens, servers) and their invalidators. */
  rows: HotRows;
  /** Server rows as the API answers them. */
  present: Presenter;
  /** Ranked full-text search over the catalog (tool sessions). */
  search: ToolSearch;
  /** This replica's open MCP sessions. */
  sessions: McpSessionStore;
  /** Upstream stdio processes. */
  pool: StdioPool;
  /** Who may register toolkits that run commands on the host. */
  stdio: StdioPolicy;
  /** The CLI and SDK tarballs this server serves (and its printed commands install). */
  downloads: Downloads;
  /** This replica's Prometheus metrics (`/metrics`). */
  metrics: Metrics;
  /** The OAuth 2.1 authorization server of the MCP URLs. */
  oauth: OAuthServer;
  /** Ends sessions, processes and connections; the database is the caller's to close. */
  close(): Promise<void>;
}
