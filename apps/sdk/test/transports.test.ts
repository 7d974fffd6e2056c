import { createApp } from '@patchbay/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Patchbay } from '../src/index.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/**
 * The same lifecycle two ways: over the server's real port, and in-process through `new Patchbay({ fetch })` into
 * the server's app on the same database with no socket at all (how a worker with a service binding would call it).
 */
const transports: Array<[string, () => Patchbay]> = [
  ['over a real port', () => server.sdk()],
  [
    'in-process (fetch into the app, no socket)',
    () => {
      const app = createApp({ db: server.running.database, publicUrl: server.url });
      return server.sdk({ fetch: async (request) => app.fetch(request) });
    },
  ],
];

describe.each(transports)('the MCP lifecycle %s', (label, make) => {
  it('create → list → get → update → generate → instances → delete', async () => {
    const patchbay = make();
    const name = label.startsWith('over') ? 'Lifecycle port' : 'Lifecycle inproc';
    const created = await patchbay.mcp.create(name, { toolkits: ['notes'] });
    expect((await patchbay.mcp.list({ name })).items.map((s) => s.id)).toEqual([created.id]);
    expect((await patchbay.mcp.get(created.id)).name).toBe(name);
    const updated = await patchbay.mcp.update(created.id, { allowedTools: ['NOTES_GET'] });
    expect(updated.allowedTools).toEqual(['NOTES_GET']);
    const instance = await patchbay.mcp.generate('zoe', created.id);
    expect(instance.headers.Authorization).toMatch(/^Bearer pbt_/);
    const users = await patchbay.mcp.instances.list(created.id);
    expect(users.items.map((i) => i.userId)).toEqual(['zoe']);
    expect(await patchbay.mcp.delete(created.id)).toEqual({ id: created.id, deleted: true });
    await expect(patchbay.mcp.get(created.id)).rejects.toMatchObject({ status: 404 });
  });
});
