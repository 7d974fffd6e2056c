import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type ApiClient, createApiClient, PatchbayError, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBubblewrap } from '../../src/toolkits/mcp-upstream/index.js';
import { defaultStdioPolicy, stdioRefusal } from '../../src/toolkits/stdio-policy.js';
import { connectMcp, resultText } from '../mcp/connect.js';
import { startTestServer, type TestServer } from '../support/server.js';

const reader = join(import.meta.dirname, 'fixtures/file-reader.mjs');
const stdio = (slug: string, args: string[]) => ({
  slug,
  name: slug,
  mcp: { transport: 'stdio' as const, command: process.execPath, args },
});

async function refusal(call: Promise<unknown>): Promise<PatchbayError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof PatchbayError) return error;
    throw error;
  }
  throw new Error('the request was not refused');
}

describe('who may register a stdio toolkit', () => {
  let t: TestServer;
  let tenant: ApiClient;
  let marker: string;
  const markerArgs = () => ['-e', `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`];

  beforeAll(async () => {
    t = await startTestServer('pglite');
    const second = await unwrap(t.client.POST('/projects', { body: { name: 'tenant' } }));
    tenant = createApiClient({ baseUrl: t.url, apiKey: second.api_key.key, retry: { retries: 0 } });
    marker = join(await mkdtemp(join(tmpdir(), 'pb-marker-')), 'ran');
  });
  afterAll(async () => {
    await t.stop();
  });

  it("refuses another project's admin key before anything runs or is stored", async () => {
    const refused = await refusal(unwrap(tenant.POST('/toolkits', { body: stdio('probe', markerArgs()) })));
    expect(refused).toMatchObject({ status: 403, slug: 'stdio_not_allowed' });
    expect(refused.suggestedFix).toMatch(/PATCHBAY_STDIO_TOOLKITS/);
    expect(existsSync(marker)).toBe(false);
    const missing = await refusal(unwrap(tenant.GET('/toolkits/{slug}', { params: { path: { slug: 'probe' } } })));
    expect(missing.status).toBe(404);
  });

  it("refuses a stdio source on PATCH, and a non-admin key of the operator's project", async () => {
    const openapi = {
      slug: 'docs',
      name: 'Docs',
      openapi: {
        spec: { openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} },
        base_url: 'https://api.example.com',
      },
    };
    await unwrap(tenant.POST('/toolkits', { body: openapi }));
    const patched = await refusal(
      unwrap(
        tenant.PATCH('/toolkits/{slug}', {
          params: { path: { slug: 'docs' } },
          body: { mcp: stdio('docs', markerArgs()).mcp },
        }),
      ),
    );
    expect(patched).toMatchObject({ status: 403, slug: 'stdio_not_allowed' });
    expect(await unwrap(tenant.GET('/toolkits/{slug}', { params: { path: { slug: 'docs' } } }))).toMatchObject({
      kind: 'openapi',
    });
    const member = await unwrap(t.client.POST('/api_keys', { body: { name: 'member' } }));
    const memberClient = createApiClient({ baseUrl: t.url, apiKey: member.key, retry: { retries: 0 } });
    expect(
      await refusal(unwrap(memberClient.POST('/toolkits', { body: stdio('probe2', markerArgs()) }))),
    ).toMatchObject({
      status: 403,
    });
    expect(existsSync(marker)).toBe(false);
  });

  it('follows the policy table: operator, allowlist, any, off', () => {
    const operator = { isAdmin: true, isOperator: true };
    const tenantAdmin = { isAdmin: true, isOperator: false };
    expect(stdioRefusal(defaultStdioPolicy, operator, 'npx')).toBeUndefined();
    expect(stdioRefusal(defaultStdioPolicy, tenantAdmin, 'npx')?.status).toBe(403);
    const allowlist = { register: 'allowlist' as const, commands: ['npx'] };
    expect(stdioRefusal(allowlist, tenantAdmin, 'npx')).toBeUndefined();
    expect(stdioRefusal(allowlist, tenantAdmin, '/bin/sh')?.message).toMatch(/not on this server's allowlist/);
    expect(stdioRefusal({ register: 'any', commands: [] }, tenantAdmin, '/bin/sh')).toBeUndefined();
    expect(stdioRefusal({ register: 'off', commands: [] }, operator, 'npx')?.message).toMatch(/does not run stdio/);
  });

  // CI installs bubblewrap (.ci/run); a developer machine without it still runs the checks that need none.
  const bwrap = findBubblewrap();
  it.runIf(bwrap !== undefined || process.env.CI === 'true')(
    "runs the operator's upstream where it cannot read the data dir, in a folder of its own, without Patchbay's env",
    async () => {
      expect(bwrap, 'bubblewrap must be installed where CI runs').toBeDefined();
      const dataDir = dirname(t.running.apiKeyFile);
      const masterKey = join(dataDir, 'master.key');
      expect(existsSync(masterKey) && existsSync(t.running.apiKeyFile)).toBe(true);
      process.env.PATCHBAY_PROBE = 'must-not-leak';
      await unwrap(t.client.POST('/toolkits', { body: stdio('reader', [reader]) }));
      const server = await unwrap(
        t.client.POST('/mcp/servers/custom', { body: { name: 'Reader', toolkits: ['reader'] } }),
      );
      const client = await connectMcp(`${t.url}/v3/mcp/${server.id}?user_id=ada`, { 'x-api-key': t.apiKey });
      const read = async (path: string) =>
        resultText(await client.callTool({ name: 'READER_READ', arguments: { path } }));
      try {
        for (const secret of [masterKey, t.running.apiKeyFile])
          expect(await read(secret)).toMatch(/^unreadable: ENOENT/);
        const visible = await read(reader);
        expect(visible).toMatch(/^read: \/\/ A stdio MCP server/);
        expect(visible).toMatch(new RegExp(`cwd: ${join(tmpdir(), 'patchbay-upstream-')}`));
        expect(visible).not.toMatch(/PATCHBAY_|DATABASE_URL/);
      } finally {
        delete process.env.PATCHBAY_PROBE;
        await client.close();
      }
    },
  );
});
