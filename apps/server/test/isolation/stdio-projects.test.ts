import { type ApiClient, createApiClient, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { connectMcp, resultText } from '../mcp/connect.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { everythingEntry } from '../toolkits/mcp-upstream-support.js';

interface Project {
  id: string;
  key: string;
  client: ApiClient;
  serverId: string;
}

/**
 * Two projects each register a stdio toolkit with the same slug, and have users with the same ids: their calls must
 * reach their own project's process, and removing one project's toolkit must leave the other's running.
 */
describe('stdio upstreams of two projects with the same slug and user ids', () => {
  let t: TestServer;
  let a: Project;
  let b: Project;

  const project = async (id: string, key: string, who: string): Promise<Project> => {
    const client = createApiClient({ baseUrl: t.url, apiKey: key, retry: { retries: 0 } });
    await insertCustomToolkit(t.running.database, id, 'shared', {
      name: 'Shared',
      description: '',
      logo: null,
      categories: [],
      kind: 'mcp_stdio',
      source: { transport: 'stdio', command: process.execPath, args: [everythingEntry], env: { WHO: who } },
      timeoutMs: 20_000,
    });
    const server = await unwrap(client.POST('/mcp/servers/custom', { body: { name: who, toolkits: ['shared'] } }));
    return { id, key, client, serverId: server.id };
  };

  const whoAnswers = async (p: Project, user: string) => {
    const client = await connectMcp(`${t.url}/v3/mcp/${p.serverId}?user_id=${user}`, { 'x-api-key': p.key });
    try {
      return resultText(await client.callTool({ name: 'SHARED_GET_ENV', arguments: {} }));
    } finally {
      await client.close();
    }
  };

  const processesOf = (p: Project) => t.running.context.pool.processes().filter((info) => info.projectId === p.id);

  beforeAll(async () => {
    t = await startTestServer('pglite');
    const second = await unwrap(t.client.POST('/projects', { body: { name: 'second' } }));
    a = await project(t.projectId, t.apiKey, 'project-a');
    b = await project(second.project.id, second.api_key.key, 'project-b');
  });
  afterAll(async () => {
    await t.stop();
  });

  it("sends each project's calls to its own process", async () => {
    for (const user of ['ada', 'bob']) {
      expect(await whoAnswers(a, user)).toContain('"WHO": "project-a"');
      expect(await whoAnswers(b, user)).toContain('"WHO": "project-b"');
    }
    expect(
      processesOf(a)
        .map((info) => info.userId)
        .sort(),
    ).toEqual(['ada', 'bob']);
    expect(
      processesOf(b)
        .map((info) => info.userId)
        .sort(),
    ).toEqual(['ada', 'bob']);
    const pidsOfA = new Set(processesOf(a).map((info) => info.pid));
    expect(processesOf(b).some((info) => pidsOfA.has(info.pid))).toBe(false);
  });

  it("keeps the other project's processes when one project deletes its toolkit", async () => {
    const before = processesOf(b).map((info) => info.pid);
    expect(before).toHaveLength(2);
    await unwrap(a.client.DELETE('/mcp/{id}', { params: { path: { id: a.serverId } } }));
    await unwrap(a.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'shared' } } }));
    // A's runtime is released when the registry next loads A's toolkits; ask for them so that happens now.
    await unwrap(a.client.GET('/toolkits'));
    await expect.poll(() => processesOf(a).length, { timeout: 10_000 }).toBe(0);
    expect(processesOf(b).map((info) => info.pid)).toEqual(before);
    expect(await whoAnswers(b, 'ada')).toContain('"WHO": "project-b"');
  });
});
