import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type ApiClient, createApiClient, PatchbayError } from '@patchbay/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { createContext } from '../../src/boot/context.js';
import { noAccountsProvider } from '../../src/calls/credentials.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { apiKeyAuth } from '../../src/http/auth.js';
import type { AppEnv } from '../../src/http/env.js';
import { apiError, internalError, sendError } from '../../src/http/errors.js';
import { requestId } from '../../src/http/request-id.js';
import { toolCallRoutes } from '../../src/rest/tool-calls.js';
import { toolkitRoutes } from '../../src/rest/toolkits.js';
import { toolRoutes } from '../../src/rest/tools.js';
import { insertApiKey } from '../../src/store/api-keys.js';
import { insertProject } from '../../src/store/projects.js';
import type { ToolkitRegistry } from '../../src/toolkits/registry.js';
import { createLogger } from '../../src/util/logger.js';
import { type DatabaseKind, openTestDatabase } from '../support/databases.js';
import { send } from '../support/http.js';

export interface TestProject {
  id: string;
  key: string;
  client: ApiClient;
}

export interface CatalogTestApp {
  url: string;
  db: Database;
  registry: ToolkitRegistry;
  a: TestProject;
  b: TestProject;
  /** A client sending this key (or none). */
  clientWith(key: string | undefined): ApiClient;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address !== null) resolve((address satisfies AddressInfo).port);
      else reject(new Error('no port'));
    });
  });
}

/**
 * The catalog routes behind the real auth middleware and error handler, over a fresh database (in-memory PGlite, or
 * a new schema of the test PostgreSQL), on a real port,
 * with two projects (a and b) to check that neither sees the other's data.
 */
export async function startCatalogApp(kind: DatabaseKind = 'pglite'): Promise<CatalogTestApp> {
  const database = await openTestDatabase(kind);
  const db = database.db;
  await migrate(db);
  const logger = createLogger('silent');
  const server = createServer();
  const port = await listen(server);
  const url = `http://127.0.0.1:${port}`;

  // The server's own wiring: built-in toolkits, the custom-toolkit factory, and a runner with no accounts yet.
  const context = createContext({ db, publicUrl: url, logger, credentials: noAccountsProvider });
  const { registry } = context;

  const app = new Hono<AppEnv>();
  app.use('*', requestId);
  const v3 = new Hono<AppEnv>();
  v3.use('*', apiKeyAuth(context));
  v3.route('/', toolkitRoutes(context));
  v3.route('/', toolRoutes(context));
  v3.route('/', toolCallRoutes(context));
  app.route('/api/v3', v3);
  app.notFound((c) => sendError(c, apiError(404, `No route for ${c.req.method} ${c.req.path}.`, 'See /docs.')));
  app.onError((error, c) => sendError(c, error instanceof PatchbayError ? error : internalError()));
  server.on('request', getRequestListener(app.fetch));

  // No retries: a test must see the first answer.
  const clientWith = (key: string | undefined) => createApiClient({ baseUrl: url, apiKey: key, retry: { retries: 0 } });
  const project = async (name: string): Promise<TestProject> => {
    // A plays the operator's project (the one a real server makes at first start), which may register stdio toolkits.
    const row = await insertProject(db, name, name === 'A');
    const key = await insertApiKey(db, { projectId: row.id, name: 'admin', isAdmin: true });
    return { id: row.id, key: key.key, client: clientWith(key.key) };
  };
  const a = await project('A');
  const b = await project('B');

  return {
    url,
    db,
    registry,
    a,
    b,
    clientWith,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await context.close();
      await database.drop();
    },
  };
}

/**
 * A JSON request the typed client would refuse to build (a body that breaks the schema on purpose); answers the
 * status and the error envelope's `errors`.
 */
export async function sendRaw(
  url: string,
  key: string,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; errors: string[]; message: string }> {
  const answer = await send(
    url,
    method,
    `/api/v3${path}`,
    { 'x-api-key': key, 'content-type': 'application/json' },
    body === undefined ? undefined : JSON.stringify(body),
  );
  const parsed = envelope.safeParse(answer.json);
  if (!parsed.success) throw new Error(`not an error envelope: ${answer.text}`);
  return { status: answer.status, errors: parsed.data.error.errors ?? [], message: parsed.data.error.message };
}

const envelope = z.object({ error: z.object({ message: z.string(), errors: z.array(z.string()).optional() }) });

/** The body of a failed call, for asserting on status, message and named fields. */
export async function failure(pending: Promise<unknown>): Promise<PatchbayError> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof PatchbayError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** An OpenAPI document with two operations, inline, so the toolkit lists its tools without any network. */
export function weatherSpec(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Weather', version: '1.0.0' },
    servers: [{ url: 'http://127.0.0.1:9/api' }],
    paths: {
      '/forecast': {
        get: {
          operationId: 'getForecast',
          summary: 'Get the forecast',
          description: 'The forecast for a city.',
          parameters: [{ name: 'city', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The forecast.' } },
        },
      },
      '/alerts': {
        get: {
          operationId: 'listAlerts',
          summary: 'List weather alerts',
          responses: { '200': { description: 'The alerts.' } },
        },
      },
    },
  };
}
