import type { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { accountCredentialProvider } from '../accounts/credential-provider.js';
import { newMasterKey, Vault } from '../accounts/crypto.js';
import type { CredentialProvider } from '../calls/credentials.js';
import { ToolRunner } from '../calls/tool-runner.js';
import type { ServerContext } from '../context.js';
import type { Database } from '../db/database.js';
import { AuthThrottle, type ThrottleOptions } from '../http/auth-throttle.js';
import { McpSessions, type SessionLimits } from '../mcp/sessions.js';
import type { WebSseServerTransport } from '../mcp/sse-transport.js';
import { watchContext } from '../metrics/context-gauges.js';
import { measuredDatabase } from '../metrics/db.js';
import { Metrics } from '../metrics/registry.js';
import type { OAuthOptions } from '../oauth/options.js';
import { OAuthServer } from '../oauth/server.js';
import { clientDownloads, defaultDownloadDirs } from '../pages/downloads.js';
import { presenter } from '../present/mcp-servers.js';
import { ToolSearch } from '../search/tool-search.js';
import { HotRows } from '../store/hot-rows.js';
import { type BuiltinToolkitOptions, builtinToolkits } from '../toolkits/builtin/index.js';
import { type CuratedToolkitsOptions, curatedToolkits } from '../toolkits/curated/index.js';
import { customToolkitFactory } from '../toolkits/custom-factory.js';
import { StdioPool, type StdioPoolOptions } from '../toolkits/mcp-upstream/index.js';
import { ToolkitRegistry } from '../toolkits/registry.js';
import { defaultStdioPolicy, type StdioPolicy } from '../toolkits/stdio-policy.js';
import { tracedDatabase } from '../tracing/db.js';
import type { Logger } from '../util/logger.js';

export interface ContextOptions {
  db: Database;
  publicUrl: string;
  logger: Logger;
  /** startServer passes the one under the real master key; else a key that lives only in memory (in-process tests). */
  vault?: Vault | undefined;
  fetch?: typeof fetch | undefined;
  builtins?: BuiltinToolkitOptions | undefined;
  pool?: Omit<StdioPoolOptions, 'logger'> | undefined;
  /** Who supplies tool calls' accounts; the connected accounts by default. */
  credentials?: CredentialProvider | undefined;
  /** Options of the curated toolkits (GitHub, Slack, …): tests point their base URLs at local stand-ins. */
  curated?: CuratedToolkitsOptions | undefined;
  /**
   * Open sessions (legacy SSE, and Streamable HTTP with `sessions=true`) this replica holds at most, of each kind: in
   * all (10,000), per caller (1% of that) and per project (a quarter).
   */
  sessionLimits?: Partial<SessionLimits> | undefined;
  /** How long a cached key, token or server row is trusted without an invalidation (default 2 s). */
  cacheTtlMs?: number | undefined;
  /** How many failed authentications a client address or key prefix may make per window before 429s. */
  throttle?: ThrottleOptions | undefined;
  /** Who may register stdio toolkits; the operator alone by default. */
  stdio?: StdioPolicy | undefined;
  /** Folders holding the packed CLI and SDK tarballs (default: the checkout's apps/tui/pack and apps/sdk/pack). */
  downloadDirs?: readonly string[] | undefined;
  /** This replica's name in the session ids it makes (PATCHBAY_REPLICA_ID), for load-balancer routing. */
  replicaId?: string | undefined;
  /** Where this context's metrics go (a fresh registry by default). */
  metrics?: Metrics | undefined;
  /** The authorization server of the MCP URLs: token lifetimes, pre-registered clients, sign-in mode. */
  oauth?: OAuthOptions | undefined;
}

/** The composition root: the registry first, then accounts over it, then the runner over the accounts. */
export function createContext(options: ContextOptions): ServerContext {
  const { publicUrl, logger } = options;
  const metrics = options.metrics ?? new Metrics();
  const db = tracedDatabase(measuredDatabase(options.db, metrics));
  const pool = new StdioPool({ logger, ...options.pool });
  const registry = new ToolkitRegistry(
    db,
    [...builtinToolkits(db, publicUrl, options.builtins ?? {}), ...curatedToolkits(options.curated)],
    customToolkitFactory(logger, pool),
  );
  registry.onCatalogError = (slug, error) => logger.warn({ err: error, toolkit: slug }, 'toolkit could not list tools');
  const vault = options.vault ?? new Vault(newMasterKey());
  const fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const downloads = clientDownloads(options.downloadDirs ?? defaultDownloadDirs());
  const accounts = { db, vault, publicUrl, logger, fetch: fetcher, registry, metrics };
  const runner = new ToolRunner(db, options.credentials ?? accountCredentialProvider(accounts), logger);
  const sessions = {
    sse: new McpSessions<WebSseServerTransport>(options.sessionLimits ?? {}, options.replicaId),
    streams: new McpSessions<WebStandardStreamableHTTPServerTransport>(options.sessionLimits ?? {}, options.replicaId),
  };
  watchContext(metrics, { pool, sessions });
  return {
    ...accounts,
    runner,
    rows: new HotRows(options.cacheTtlMs),
    throttle: new AuthThrottle(options.throttle),
    present: presenter(publicUrl, registry, downloads),
    search: new ToolSearch(db, registry),
    sessions,
    pool,
    stdio: options.stdio ?? defaultStdioPolicy,
    downloads,
    oauth: new OAuthServer({ db, vault, publicUrl, logger }, options.oauth ?? {}),
    async close() {
      await sessions.sse.closeAll();
      await sessions.streams.closeAll();
      await registry.close();
      await pool.close();
    },
  };
}
