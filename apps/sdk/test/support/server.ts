import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, unwrap } from '@patchbay/core';
import { createLogger, insertAuthConfig, type RunningServer, startServer } from '@patchbay/server';
import { Patchbay, type PatchbayOptions } from '../../src/index.js';

export interface TestServer {
  running: RunningServer;
  url: string;
  apiKey: string;
  dataDir: string;
  /** A Patchbay on this server with no retries, so a test sees the first answer. */
  sdk(options?: PatchbayOptions): Patchbay;
  /** An auth config of the default project, inserted with the server's own store helper (no REST route yet). */
  addAuthConfig(toolkitSlug: string): Promise<string>;
  stop(): Promise<void>;
}

/** A real Patchbay server in this process, on a real port, with an in-memory PGlite and a temp data dir. */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-sdk-test-'));
  const running = await startServer({
    dataDir,
    port: 0,
    database: { kind: 'memory' },
    logger: createLogger(process.env.PATCHBAY_TEST_LOG === '1' ? 'debug' : 'silent'),
  });
  const apiKey = running.apiKey;
  if (apiKey === undefined) throw new Error('a fresh server made no key');
  const project = await unwrap(
    createApiClient({ baseUrl: running.url, apiKey, retry: { retries: 0 } }).GET('/projects/current'),
  );
  return {
    running,
    url: running.url,
    apiKey,
    dataDir,
    sdk: (options = {}) => new Patchbay({ apiKey, baseURL: running.url, retry: { retries: 0 }, ...options }),
    addAuthConfig: async (toolkitSlug) =>
      (await insertAuthConfig(running.database, { projectId: project.id, toolkitSlug, authScheme: 'API_KEY' })).id,
    async stop() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
