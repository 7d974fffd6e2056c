import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type RunningServer, startServer } from '../../src/boot/server.js';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { createLogger } from '../../src/util/logger.js';
import { createSchema, type DatabaseKind, dropSchema } from '../support/databases.js';

/** A real Patchbay on a loopback port whose whole log (debug level) is kept in memory for inspection. */

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`not an object: ${JSON.stringify(value)}`);
  return { ...value };
}

export function str(value: unknown): string {
  if (typeof value !== 'string') throw new Error(`not a string: ${JSON.stringify(value)}`);
  return value;
}

export function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`not an array: ${JSON.stringify(value)}`);
  return value;
}

export interface AccountsServer {
  running: RunningServer;
  url: string;
  apiKey: string;
  projectId: string;
  dataDir: string;
  logs: string[];
  api(method: string, path: string, body?: unknown, key?: string): Promise<{ status: number; body: Json }>;
  /** A second project with its own key, on the same server. */
  newProject(): Promise<{ projectId: string; apiKey: string }>;
  addOpenApiToolkit(slug: string, source: Json, projectId?: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startAccountsServer(
  kind: DatabaseKind,
  env: Record<string, string | undefined> = {},
): Promise<AccountsServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-accounts-'));
  const choice = await createSchema(kind);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const running = await startServer({ dataDir, port: 0, database: choice, logger: createLogger('debug', sink), env });
  const apiKey = running.apiKey;
  if (apiKey === undefined) throw new Error('a fresh server made no key');
  const api: AccountsServer['api'] = async (method, path, body, key = apiKey) => {
    const res = await fetch(`${running.url}/api/v3${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? {} : obj(JSON.parse(text)) };
  };
  const project = await api('GET', '/projects/current');
  const projectId = str(project.body.id);
  return {
    running,
    url: running.url,
    apiKey,
    projectId,
    dataDir,
    logs,
    api,
    async newProject() {
      const made = await api('POST', '/projects', { name: `other ${Date.now()}` });
      if (made.status !== 201) throw new Error(`project create answered ${made.status}: ${JSON.stringify(made.body)}`);
      return { projectId: str(obj(made.body.project).id), apiKey: str(obj(made.body.api_key).key) };
    },
    async addOpenApiToolkit(slug, source, forProject = projectId) {
      await insertCustomToolkit(running.database, forProject, slug, {
        name: slug.toUpperCase(),
        description: 'test API',
        logo: null,
        categories: [],
        kind: 'openapi',
        source,
        timeoutMs: 10_000,
      });
    },
    async stop() {
      await running.close();
      await dropSchema(choice);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
