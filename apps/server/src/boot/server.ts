import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { localServerFiles } from '@patchbay/core';
import { checkMasterKey } from '../accounts/key-check.js';
import { loadMasterKeys } from '../accounts/master-key.js';
import { retentionDays, startRetention } from '../calls/call-log-retention.js';
import type { ServerContext } from '../context.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPgliteThread } from '../db/pglite-thread.js';
import { answerClientError } from '../http/client-errors.js';
import { isLoopback, loopbackHosts } from '../http/host-check.js';
import { findBubblewrap, type UpstreamSandbox } from '../toolkits/mcp-upstream/index.js';
import { createLogger, type Logger, type LogLevel } from '../util/logger.js';
import { createApp } from './app.js';
import { ensureDefaultProject, writeServerFile } from './bootstrap.js';
import { type ContextOptions, createContext } from './context.js';
import { privateDir } from './data-dir.js';
import { listenForInvalidations } from './invalidation-listener.js';
import { openEmbeddedDatabase, openPostgresDatabase } from './open-database.js';
import { Readiness } from './readiness.js';

export type DatabaseChoice =
  | { kind: 'pglite'; dataDir?: string | undefined }
  /** PGlite in memory: nothing survives close (tests). */
  | { kind: 'memory' }
  | { kind: 'postgres'; url: string; schema?: string | undefined }
  /** One the caller opened; it is migrated here and closed by close(). */
  | { kind: 'provided'; database: Database };

export interface StartOptions {
  /** Where the key file, server.json and (by default) the PGlite database live. */
  dataDir: string;
  host?: string | undefined;
  /** 0 picks a free port. */
  port?: number | undefined;
  /** Default: PGlite in `<dataDir>/db`. */
  database?: DatabaseChoice | undefined;
  publicUrl?: string | undefined;
  logLevel?: LogLevel | undefined;
  logger?: Logger | undefined;
  allowedOrigins?: readonly string[] | undefined;
  /** Options of the toolkits, the stdio process pool and the MCP sessions. */
  context?: Omit<ContextOptions, 'db' | 'publicUrl' | 'logger' | 'vault'> | undefined;
  /** How long a client may take to send a request's headers and body (default 30 s). */
  requestTimeoutMs?: number | undefined;
  /** Open connections at most (default 16,384; open SSE sessions each hold one). */
  maxConnections?: number | undefined;
  /**
   * How long close() keeps serving, with `/readyz` at 503, until a load balancer's health check has seen it (default
   * 5 s; no wait when nothing ever probed `/readyz`).
   */
  drainTimeoutMs?: number | undefined;
  /** How long close() lets in-flight requests finish before cutting connections. */
  shutdownTimeoutMs?: number | undefined;
  /**
   * `auto` (default): stdio upstreams run under bubblewrap when it works here, with the data dir hidden from them;
   * `off`: each runs directly, in a working directory of its own.
   */
  sandbox?: 'auto' | 'off' | undefined;
  /** Where PATCHBAY_MASTER_KEY is read from (default process.env); else the key file `<dataDir>/master.key`. */
  env?: Record<string, string | undefined> | undefined;
}

export interface RunningServer {
  /** The public base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  /** The admin key: the one created on this start, else the key file's content (undefined if neither). */
  apiKey: string | undefined;
  /** True when this start created the default project and its key. */
  createdApiKey: boolean;
  apiKeyFile: string;
  serverFile: string;
  database: Database;
  /** The registry, runner, process pool and sessions (for stats and tests). */
  context: ServerContext;
  close(): Promise<void>;
}

function openDatabase(choice: DatabaseChoice, dataDir: string): Promise<Database> {
  switch (choice.kind) {
    case 'memory':
      return openPgliteThread();
    case 'pglite':
      return openEmbeddedDatabase(choice.dataDir ?? join(dataDir, 'db'));
    case 'postgres':
      return openPostgresDatabase({ url: choice.url, schema: choice.schema });
    case 'provided':
      return Promise.resolve(choice.database);
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : port);
    });
  });
}

function upstreamSandbox(options: StartOptions, logger: Logger): UpstreamSandbox | undefined {
  if (options.sandbox === 'off') return undefined;
  const bwrap = findBubblewrap();
  if (bwrap === undefined) {
    logger.warn(
      'stdio upstreams run without a sandbox (bubblewrap is missing or cannot run here): they can read the data dir. ' +
        'Install it (Debian: apt-get install bubblewrap) or allow only trusted commands (PATCHBAY_STDIO_TOOLKITS).',
    );
    return undefined;
  }
  const hide = [options.dataDir];
  if (options.database?.kind === 'pglite' && options.database.dataDir !== undefined)
    hide.push(options.database.dataDir);
  return { bwrap, hide };
}

/** Opens and migrates the database, makes the first key if needed, listens, and writes server.json. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(options.logLevel ?? 'info');
  const host = options.host ?? '127.0.0.1';
  const files = localServerFiles({ PATCHBAY_DATA_DIR: options.dataDir }, '');
  const days = retentionDays(options.env ?? process.env);
  await privateDir(options.dataDir);
  const db = await openDatabase(options.database ?? { kind: 'pglite' }, options.dataDir);
  let server: Server | undefined;
  let context: ServerContext | undefined;
  try {
    const keys = await loadMasterKeys(options.dataDir, options.env ?? process.env);
    for (const warning of keys.warnings) logger.warn(warning);
    if (db.kind === 'postgres' && keys.source.kind === 'file') {
      logger.warn(
        `master.key is in ${options.dataDir} on this host while the database is PostgreSQL: a copy of this disk and ` +
          'the database together decrypt every stored secret. Keep the key apart: set PATCHBAY_MASTER_KEY from a ' +
          'secret store instead (see the README).',
      );
    }
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    await checkMasterKey(db, keys.vault);
    const created = await ensureDefaultProject(db, files.apiKeyFile);

    let handle: ((request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>) | undefined;
    const listener = getRequestListener((request, env) =>
      handle ? handle(request, env) : new Response('starting', { status: 503 }),
    );
    server = createServer(
      {
        // A client that sends headers or a body too slowly is cut off (408) instead of holding a connection.
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        headersTimeout: Math.min(options.requestTimeoutMs ?? 30_000, 20_000),
        connectionsCheckingInterval: Math.min(options.requestTimeoutMs ?? 30_000, 5_000),
      },
      listener,
    );
    server.maxConnections = options.maxConnections ?? 16_384;
    server.on('clientError', answerClientError);
    const port = await listen(server, options.port ?? 8787, host);
    const bracketed = host.includes(':') ? `[${host}]` : host;
    const url = (options.publicUrl ?? `http://${bracketed}:${port}`).replace(/\/+$/, '');
    context = createContext({
      ...options.context,
      pool: { ...options.context?.pool, sandbox: upstreamSandbox(options, logger) },
      db,
      publicUrl: url,
      logger,
      vault: keys.vault,
    });
    const stopListening = await listenForInvalidations(db, context.rows, logger);
    const retention = days === undefined ? undefined : startRetention(context.db, days, logger);
    const readiness = new Readiness();
    const app = createApp({
      readiness,
      context,
      allowedHosts: isLoopback(host) ? loopbackHosts(port, url) : undefined,
      allowedOrigins: options.allowedOrigins,
      metricsToken: (options.env ?? process.env).PATCHBAY_METRICS_TOKEN || undefined,
    });
    // Counted here, not from sockets: a client that hangs up mid-request closes its socket while the handler still
    // uses the database, and the database must outlive every handler.
    let inFlight = 0;
    let drained: (() => void) | undefined;
    handle = async (request, env) => {
      // While draining, no connection is kept for another request: the balancer opens its next one elsewhere.
      if (readiness.isDraining && 'outgoing' in env) env.outgoing.setHeader('connection', 'close');
      inFlight++;
      try {
        return await app.fetch(request, env);
      } finally {
        inFlight--;
        if (inFlight === 0) drained?.();
      }
    };
    await writeServerFile(files.serverFile, url);
    const apiKey = created?.key ?? (await readFile(files.apiKeyFile, 'utf8').catch(() => undefined))?.trim();
    logger.info({ url, database: db.kind }, 'listening');

    const running = server;
    const openContext = context;
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        await readiness.drain(options.drainTimeoutMs ?? 5_000);
        const finished = new Promise<void>((resolve) => running.close(() => resolve()));
        running.closeIdleConnections();
        const timer = setTimeout(() => running.closeAllConnections(), options.shutdownTimeoutMs ?? 10_000);
        // Open sessions' streams never end by themselves: close them so the server can finish.
        await openContext.sessions.sse.closeAll();
        await openContext.sessions.streams.closeAll();
        const handlersDone = new Promise<void>((resolve) => {
          drained = resolve;
          if (inFlight === 0) resolve();
        });
        let expire: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((resolve) => {
          expire = setTimeout(resolve, options.shutdownTimeoutMs ?? 10_000);
        });
        await Promise.race([Promise.all([finished, handlersDone]), deadline]);
        clearTimeout(timer);
        clearTimeout(expire);
        if (inFlight > 0)
          logger.warn({ in_flight: inFlight }, 'shutdown time limit reached; closing the database anyway');
        await retention?.stop();
        await openContext.close();
        await stopListening();
        await db.close();
        logger.info('stopped');
      })();
      return closing;
    };
    return {
      url,
      port,
      apiKey,
      createdApiKey: created !== undefined,
      apiKeyFile: files.apiKeyFile,
      serverFile: files.serverFile,
      database: db,
      context: openContext,
      close,
    };
  } catch (error) {
    server?.close();
    await context?.close();
    await db.close();
    throw error;
  }
}
