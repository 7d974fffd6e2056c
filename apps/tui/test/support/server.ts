import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Patchbay } from '@patchbay/sdk';
import { createLogger, type RunningServer, type StartOptions, startServer } from '@patchbay/server';

export interface TestServer {
  running: RunningServer;
  url: string;
  apiKey: string;
  dataDir: string;
  sdk(): Patchbay;
  stop(): Promise<void>;
}

/** A real Patchbay server in this process, on a real port, with an in-memory PGlite and a temp data dir. */
export async function startTestServer(options: Pick<StartOptions, 'context'> = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-tui-test-'));
  const running = await startServer({
    ...options,
    dataDir,
    port: 0,
    database: { kind: 'memory' },
    logger: createLogger(process.env.PATCHBAY_TEST_LOG === '1' ? 'debug' : 'silent'),
  });
  const apiKey = running.apiKey;
  if (apiKey === undefined) throw new Error('a fresh server made no key');
  return {
    running,
    url: running.url,
    apiKey,
    dataDir,
    sdk: () => new Patchbay({ apiKey, baseURL: running.url, retry: { retries: 0 } }),
    async stop() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it answers true (or a value), failing with `describe()` after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  describe: () => string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
