import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

// The examples are TypeScript a reader can copy as is; tsx runs them unchanged (tsconfig maps `@patchbay/sdk` to src).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function example(file: string, args: string[] = []): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join('examples', file), ...args], {
    cwd: root,
    env: { ...process.env, PATCHBAY_BASE_URL: server.url, PATCHBAY_API_KEY: server.apiKey },
    timeout: 60_000,
  });
  return stdout;
}

describe('examples/', () => {
  let serverId = '';

  it('create-server.ts creates a server and prints its id and next step', async () => {
    const out = await example('create-server.ts', ['Example notes']);
    expect(out).toContain('Created MCP server "Example notes"');
    const id = /id:\s+([0-9a-f-]{36})/.exec(out)?.[1];
    expect(id).toBeDefined();
    serverId = id ?? '';
    expect(out).toContain('NOTES_SET, NOTES_GET, NOTES_LIST');
    expect(out).toContain(`generate-user-url.ts ${serverId}`);
    expect((await server.sdk().mcp.get(serverId)).name).toBe('Example notes');
  });

  it('generate-user-url.ts prints the user URL and its scoped header', async () => {
    const out = await example('generate-user-url.ts', [serverId, 'ana']);
    expect(out).toContain(`${server.url}/v3/mcp/${serverId}?user_id=ana`);
    expect(out).toMatch(/Authorization: Bearer pbt_/);
    expect(out).toContain('"mcpServers"');
  });

  it('call-tool-via-mcp.ts lists the tools and round-trips a note', async () => {
    const out = await example('call-tool-via-mcp.ts', [serverId, 'ana']);
    expect(out).toContain('3 tools on "Example notes" for user "ana"');
    expect(out).toContain('NOTES_SET → ok');
    expect(out).toContain('NOTES_GET → ');
    expect(out).toContain('Hello from the SDK');
  });
});
