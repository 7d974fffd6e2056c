import type { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { type CredentialProvider, noAccountsProvider } from '../calls/credentials.js';
import { ToolRunner } from '../calls/tool-runner.js';
import type { Database } from '../db/database.js';
import { McpSessions } from '../mcp/sessions.js';
import type { WebSseServerTransport } from '../mcp/sse-transport.js';
import { type BuiltinToolkitOptions, builtinRuntimes } from '../toolkits/builtin/index.js';
import { builtinToolkitInfos } from '../toolkits/builtin/infos.js';
import { type CatalogToolkitsOptions, catalogToolkits } from '../toolkits/curated/index.js';
import { customToolkitFactory } from '../toolkits/custom-factory.js';
import { StdioPool, type StdioPoolOptions } from '../toolkits/mcp-upstream/index.js';
import { type RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import type { Logger } from '../util/logger.js';

export interface ServiceOptions {
  builtins?: BuiltinToolkitOptions | undefined;
  pool?: Omit<StdioPoolOptions, 'logger'> | undefined;
  credentials?: CredentialProvider | undefined;
  /** Options of the curated catalog (GitHub, Slack, …): tests point its base URLs at local stand-ins. */
  catalog?: CatalogToolkitsOptions | undefined;
  /** Open sessions (legacy SSE, and Streamable HTTP with `sessions=true`) this replica holds at most, of each kind. */
  maxSessions?: number | undefined;
}

/** The long-lived parts behind the MCP endpoint and the catalog; `close` ends their processes and streams. */
export interface Services {
  registry: ToolkitRegistry;
  runner: ToolRunner;
  sse: McpSessions<WebSseServerTransport>;
  /** Streamable HTTP sessions of clients whose URL asks for them (`sessions=true`). */
  streams: McpSessions<WebStandardStreamableHTTPServerTransport>;
  pool: StdioPool;
  close(): Promise<void>;
}

const builtinDescriptions: Record<string, { description: string; categories: string[] }> = {
  notes: { description: 'A private notes and key-value store for each user.', categories: ['productivity'] },
  http: { description: 'Fetch public URLs, with size and time limits.', categories: ['developer-tools'] },
  files: {
    description: "A private file space for each user, kept in Patchbay's database.",
    categories: ['productivity'],
  },
};

function builtinToolkits(db: Database, publicUrl: string, options: BuiltinToolkitOptions): RegisteredToolkit[] {
  const infos = builtinToolkitInfos(publicUrl);
  const epoch = new Date(0);
  return builtinRuntimes(db, options).map((runtime) => {
    const info = infos.find((i) => i.slug === runtime.slug);
    const extra = builtinDescriptions[runtime.slug];
    return {
      runtime,
      meta: {
        slug: runtime.slug,
        name: info?.name ?? runtime.slug,
        description: extra?.description ?? '',
        logo: info?.logo ?? null,
        categories: extra?.categories ?? [],
        kind: 'builtin',
        authSchemes: [],
        noAuth: true,
        isCustom: false,
        createdAt: epoch,
        updatedAt: epoch,
        source: null,
        timeoutMs: 30_000,
      },
    };
  });
}

export function createServices(
  db: Database,
  publicUrl: string,
  logger: Logger,
  options: ServiceOptions = {},
): Services {
  const pool = new StdioPool({ logger, ...options.pool });
  const registry = new ToolkitRegistry(
    db,
    [...builtinToolkits(db, publicUrl, options.builtins ?? {}), ...catalogToolkits(options.catalog)],
    customToolkitFactory(logger, pool),
  );
  registry.onCatalogError = (slug, error) => logger.warn({ err: error, toolkit: slug }, 'toolkit could not list tools');
  const runner = new ToolRunner(db, options.credentials ?? noAccountsProvider, logger);
  const sse = new McpSessions<WebSseServerTransport>(options.maxSessions ?? 10_000);
  const streams = new McpSessions<WebStandardStreamableHTTPServerTransport>(options.maxSessions ?? 10_000);
  return {
    registry,
    runner,
    sse,
    streams,
    pool,
    async close() {
      await sse.closeAll();
      await streams.closeAll();
      await registry.close();
      await pool.close();
    },
  };
}
