import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiClient, createApiClient, unwrap } from '@patchbay/core';
import { type RunningServer, type StartOptions, startServer } from '../../src/boot/server.js';
import { insertAuthConfig } from '../../src/store/auth-configs.js';
import { insertConnectedAccount } from '../../src/store/connected-accounts.js';
import { createLogger } from '../../src/util/logger.js';
import { createSchema, type DatabaseKind, dropSchema } from './databases.js';

export interface TestServer {
  running: RunningServer;
  url: string;
  apiKey: string;
  projectId: string;
  client: ApiClient;
  /** A client with another key (or none) on the same server. */
  clientWith(apiKey: string | undefined): ApiClient;
  addAuthConfig(toolkitSlug: string, projectId?: string): Promise<string>;
  addAccount(authConfigId: string, userId: string, status?: 'ACTIVE' | 'EXPIRED', projectId?: string): Promise<string>;
  stop(): Promise<void>;
}

/** A real server on a real port (0), with a temp data dir and a fresh database of `kind`; `options` for the rest. */
export async function startTestServer(
  kind: DatabaseKind,
  options: Omit<StartOptions, 'dataDir' | 'port' | 'database'> = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-test-'));
  const choice = await createSchema(kind);
  const running = await startServer({
    ...options,
    dataDir,
    port: 0,
    database: choice,
    logger: options.logger ?? createLogger(process.env.PATCHBAY_TEST_LOG === '1' ? 'debug' : 'silent'),
  });
  const apiKey = running.apiKey;
  if (apiKey === undefined) throw new Error('a fresh server made no key');
  // No retries: a test must see the first answer.
  const clientWith = (key: string | undefined) =>
    createApiClient({ baseUrl: running.url, apiKey: key, retry: { retries: 0 } });
  const client = clientWith(apiKey);
  const project = await unwrap(client.GET('/projects/current'));
  return {
    running,
    url: running.url,
    apiKey,
    projectId: project.id,
    client,
    clientWith,
    addAuthConfig: async (toolkitSlug, projectId = project.id) =>
      (await insertAuthConfig(running.database, { projectId, toolkitSlug, authScheme: 'API_KEY' })).id,
    addAccount: async (authConfigId, userId, status = 'ACTIVE', projectId = project.id) =>
      (await insertConnectedAccount(running.database, { projectId, authConfigId, userId, status })).id,
    async stop() {
      await running.close();
      await dropSchema(choice);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
