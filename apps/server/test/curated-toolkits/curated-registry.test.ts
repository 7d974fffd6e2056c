import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { curatedToolkits } from '../../src/toolkits/curated/index.js';
import { ToolkitRegistry } from '../../src/toolkits/registry.js';
import { builtinTestDb } from '../toolkits/builtin-db.js';
import { callContext, startTestServer, type TestServer } from '../toolkits/openapi-test-server.js';

/** The catalog entries as the lead hands them to the registry (built-in, shared by every project). */

let db: Database;
let server: TestServer;
let registry: ToolkitRegistry;

beforeAll(async () => {
  db = await builtinTestDb();
  server = await startTestServer();
  registry = new ToolkitRegistry(db, curatedToolkits({ baseUrls: { slack: server.url } }), () => {
    throw new Error('this test creates no custom toolkits');
  });
});
afterAll(async () => {
  await registry.close();
  await server.close();
  await db.close();
});

describe('catalog toolkits in the registry', () => {
  it('are listed for every project, found case-insensitively, and show their tools', async () => {
    for (const project of ['pr_a', 'pr_b']) {
      const all = await registry.all(project);
      expect(all.map((t) => t.meta.slug)).toEqual(['github', 'slack', 'notion', 'linear', 'gmail', 'google-calendar']);
      expect(all.every((t) => t.meta.kind === 'catalog')).toBe(true);
    }
    const linear = await registry.find('pr_a', 'LINEAR');
    expect(linear?.meta.name).toBe('Linear');
    expect(registry.isBuiltin('github')).toBe(true);
    const tools = linear ? await registry.catalogTools('pr_a', linear) : [];
    expect(tools.length).toBe(14);
    expect(await registry.get('pr_a', 'gmail')).toMatchObject({ slug: 'gmail', name: 'Gmail' });
  });

  it('runs a tool found through the registry against the provider', async () => {
    const slack = await registry.find('pr_b', 'slack');
    const result = await slack?.runtime.callTool(
      'SLACK_LIST_USERS',
      { limit: 2 },
      callContext({ access_token: 'xoxb-registry-0123456789' }),
    );
    expect(result?.isError).toBeUndefined();
    const [request] = server.requests;
    expect(request?.rawUrl).toBe('/users.list?limit=2');
    expect(request?.headers.authorization).toBe('Bearer xoxb-registry-0123456789');
  });
});
