import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

/** The CLI tarball the server serves, and the commands that name it (the pasted commands run in apps/tui's test). */
describe('served CLI and SDK tarballs', () => {
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'patchbay-downloads-'));
    t = await startTestServer('pglite', { context: { downloadDirs: [dir] } });
  });
  afterAll(async () => {
    await t.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the envelope with how to pack while nothing is packed, then serves the packed file without a key', async () => {
    const missing = await fetch(`${t.url}/cli/patchbay-cli.tgz`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { suggested_fix: expect.stringContaining('npm start') } });

    const bytes = Buffer.from([0x1f, 0x8b, 1, 2, 3]);
    await writeFile(join(dir, 'patchbay-cli-1.2.3.tgz'), bytes);
    const server = await unwrap(
      t.client.POST('/mcp/servers/custom', { body: { name: 'Tarball', toolkits: ['notes'] } }),
    );
    const listed = await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: server.id } } }));
    const url = `${t.url}/cli/patchbay-cli-1.2.3.tgz`;
    expect(listed.commands.cursor).toBe(`npx -y ${url} setup '${listed.mcp_url}' --client cursor --user-token`);
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/gzip');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
    expect((await fetch(`${t.url}/cli/patchbay-cli-0.0.1.tgz`)).status).toBe(404);
    expect((await fetch(`${t.url}/sdk/patchbay-sdk-1.2.3.tgz`)).status).toBe(404);
  });
});
