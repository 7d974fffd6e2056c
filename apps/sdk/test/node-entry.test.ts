import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLocalPatchbay, Patchbay } from '../src/node.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let emptyHome: string;

beforeAll(async () => {
  server = await startTestServer();
  emptyHome = await mkdtemp(join(tmpdir(), 'patchbay-sdk-home-'));
});
afterAll(async () => {
  await server?.stop();
  await rm(emptyHome, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('@patchbay/sdk/node', () => {
  it('with no options reads the real environment: HOME and PATCHBAY_DATA_DIR', async () => {
    vi.stubEnv('HOME', emptyHome);
    vi.stubEnv('PATCHBAY_DATA_DIR', server.dataDir);
    vi.stubEnv('PATCHBAY_API_KEY', undefined);
    vi.stubEnv('PATCHBAY_BASE_URL', undefined);
    const patchbay = await Patchbay.fromLocal();
    expect(patchbay).toBeInstanceOf(Patchbay);
    expect(patchbay.baseURL).toBe(server.url);
    expect((await patchbay.mcp.list()).currentPage).toBe(1);

    vi.stubEnv('PATCHBAY_DATA_DIR', undefined);
    await expect(createLocalPatchbay()).rejects.toMatchObject({ slug: 'no_api_key' });
  });

  it('fromLocal() finds the key file and server.json in PATCHBAY_DATA_DIR', async () => {
    const patchbay = await Patchbay.fromLocal({ env: { PATCHBAY_DATA_DIR: server.dataDir }, home: emptyHome });
    expect(patchbay.baseURL).toBe(server.url);
    const created = await patchbay.mcp.create('Found locally', { toolkits: ['notes'] });
    expect((await patchbay.mcp.get(created.id)).name).toBe('Found locally');
  });

  it('createLocalPatchbay() prefers PATCHBAY_API_KEY / PATCHBAY_BASE_URL', async () => {
    const patchbay = await createLocalPatchbay({
      env: { PATCHBAY_API_KEY: server.apiKey, PATCHBAY_BASE_URL: server.url },
      home: emptyHome,
    });
    expect((await patchbay.mcp.list()).currentPage).toBe(1);
  });

  it('says what to do when no local server has written a key', async () => {
    const error = await Patchbay.fromLocal({ env: {}, home: emptyHome }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'PatchbayError', status: 0, slug: 'no_api_key' });
    expect(String(error)).toContain(join(emptyHome, '.patchbay', 'api-key'));
  });
});
