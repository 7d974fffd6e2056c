import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Patchbay } from '@patchbay/sdk';
import { createLogger, type RunningServer, startServer } from '@patchbay/server';

export interface TestServer {
  running: RunningServer;
  url: string;
  apiKey: string;
  dataDir: string;
  /** The SDK on this server, for a test to arrange and check what the extension did. */
  sdk: Patchbay;
  stop(): Promise<void>;
}

/** A real Patchbay server in this process, on a real port, with in-memory PGlite and its files in a temp dir. */
export async function startTestServer(options: { publicUrl?: string } = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-vscode-test-'));
  const running = await startServer({
    dataDir,
    port: 0,
    database: { kind: 'memory' },
    publicUrl: options.publicUrl,
    logger: createLogger(process.env.PATCHBAY_TEST_LOG === '1' ? 'debug' : 'silent'),
  });
  const apiKey = running.apiKey;
  if (apiKey === undefined) throw new Error('a fresh server made no key');
  // running.url is the public URL (a proxy's, when one is given); the tests talk to the server itself.
  const url = `http://127.0.0.1:${running.port}`;
  return {
    running,
    url,
    apiKey,
    dataDir,
    sdk: new Patchbay({ apiKey, baseURL: url, retry: { retries: 0 } }),
    async stop() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
