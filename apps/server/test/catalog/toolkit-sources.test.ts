import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { type CatalogTestApp, failure, startCatalogApp } from './catalog-app.js';

// Creating a custom toolkit lists its tools once: a source that cannot load is refused before anyone relies on it.
describe.each(databaseKinds)('on %s', (kind) => {
  let t: CatalogTestApp;
  beforeAll(async () => {
    t = await startCatalogApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('custom toolkit sources', () => {
    it('refuses a source that cannot be loaded (422), but keeps one that can only start with a user’s account', async () => {
      const missingCommand = await failure(
        unwrap(
          t.a.client.POST('/toolkits', {
            body: {
              slug: 'broken',
              name: 'Broken',
              mcp: { transport: 'stdio', command: 'patchbay-no-such-command-x' },
            },
          }),
        ),
      );
      expect(missingCommand.status).toBe(422);
      expect(missingCommand.suggestedFix).toBeTruthy();
      const unreachable = await failure(
        unwrap(
          t.a.client.POST('/toolkits', {
            body: { slug: 'broken', name: 'Broken', openapi: { spec_url: 'http://127.0.0.1:9/openapi.json' } },
          }),
        ),
      );
      expect(unreachable.status).toBe(422);
      const gone = await failure(unwrap(t.a.client.GET('/toolkits/{slug}', { params: { path: { slug: 'broken' } } })));
      expect(gone.status).toBe(404);

      const perUser = await unwrap(
        t.a.client.POST('/toolkits', {
          body: {
            slug: 'per-user',
            name: 'Per user',
            mcp: { transport: 'stdio', command: 'patchbay-no-such-command-x', per_user_env: ['TOKEN'] },
          },
        }),
      );
      expect(perUser).toMatchObject({ kind: 'mcp_stdio', no_auth: false, tools_count: 0 });
      const initiation = perUser.auth_config_details[0]?.fields.connected_account_initiation;
      expect(initiation?.required.map((f) => f.name)).toEqual(['TOKEN']);
      // Its tools are unknown until a user's process runs, so execute hands the call to it rather than answering 404;
      // without the user's account it fails naming the toolkit.
      const run = await unwrap(
        t.a.client.POST('/tools/execute/{tool_slug}', {
          params: { path: { tool_slug: 'PER_USER_READ_GRAPH' } },
          body: { user_id: 'dana', arguments: {} },
        }),
      );
      expect(run).toMatchObject({ successful: false, data: {} });
      expect(run.error).toContain('Per user');
      await unwrap(t.a.client.DELETE('/toolkits/{slug}', { params: { path: { slug: 'per-user' } } }));
    });
  });
});
