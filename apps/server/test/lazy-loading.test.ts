import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createApiClient, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from './support/process.js';

const register = pathToFileURL(join(import.meta.dirname, 'support/module-log/register.mjs')).href;

/**
 * What the embedded default must not load until something asks for it: the OAuth server (first /oauth request or
 * OAuth-protected MCP server), the OpenTelemetry SDK (only when tracing is configured), the PostgreSQL driver
 * (only with DATABASE_URL) and undici (only with a remote upstream). Each was ~10-60 ms of start and some MB resident.
 */
const deferred = [
  ['the OAuth server', '/node_modules/oidc-provider/'],
  ['the OpenTelemetry SDK', '/node_modules/@opentelemetry/sdk-trace-'],
  ['the PostgreSQL driver', '/node_modules/pg/'],
  ['undici', '/node_modules/undici/'],
] as const;

describe('the embedded default loads what it uses, when it is used', () => {
  let dir: string;
  let server: ServerProcess;
  const modules = async () => (await readFile(join(dir, 'modules.log'), 'utf8')).split('\n');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'patchbay-lazy-'));
    server = await spawnServer(['--port', '0', '--data-dir', join(dir, 'data'), '--log-level', 'warn'], {
      DATABASE_URL: undefined,
      OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined,
      OTEL_TRACES_EXPORTER: undefined,
      PATCHBAY_DATA_DIR: undefined,
      NODE_OPTIONS: `--import=${register}`,
      PATCHBAY_TEST_MODULE_LOG: join(dir, 'modules.log'),
    });
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await rm(dir, { recursive: true, force: true });
  });

  it('serves REST and a built-in tool call over MCP without loading the deferred modules', async () => {
    const apiKey = (await readFile(join(dir, 'data', 'api-key'), 'utf8')).trim();
    const api = createApiClient({ baseUrl: server.url, apiKey, retry: { retries: 0 } });
    const created = await unwrap(
      api.POST('/mcp/servers/custom', { body: { name: 'Lazy check', toolkits: ['notes'] } }),
    );
    const client = new Client({ name: 'lazy-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${server.url}/v3/mcp/${created.id}?user_id=u1`), {
        requestInit: { headers: { 'x-api-key': apiKey } },
      }),
    );
    const result = await client.callTool({ name: 'NOTES_SET', arguments: { key: 'k', value: 'v' } });
    expect(result.isError).not.toBe(true);
    await client.close();

    const loaded = await modules();
    // The log works: what the server did use is in it.
    expect(loaded.some((url) => url.includes('/node_modules/hono/'))).toBe(true);
    expect(loaded.some((url) => url.includes('/node_modules/@modelcontextprotocol/sdk/'))).toBe(true);
    for (const [what, path] of deferred) {
      expect(
        loaded.filter((url) => url.includes(path)),
        `${what} was loaded`,
      ).toEqual([]);
    }
  });

  it('loads the OAuth server once an OAuth endpoint is asked for', async () => {
    const metadata = await fetch(`${server.url}/.well-known/oauth-authorization-server`);
    expect(metadata.status).toBe(200);
    expect((await modules()).some((url) => url.includes('/node_modules/oidc-provider/'))).toBe(true);
  });
});
