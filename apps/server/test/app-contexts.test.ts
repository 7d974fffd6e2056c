import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/boot/app.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { insertApiKey } from '../src/store/api-keys.js';
import { insertProject } from '../src/store/projects.js';

/** Two apps in one process, each over its own database: each has its own context, so no cached row crosses over. */
describe('two apps in one process', () => {
  const publicUrl = 'http://127.0.0.1:8787';
  let first: Database;
  let second: Database;
  let firstKey: string;
  let secondKey: string;
  beforeAll(async () => {
    [first, second] = await Promise.all([openPglite(), openPglite()]);
    for (const db of [first, second]) await migrate(db);
    const keyOf = async (db: Database) =>
      (await insertApiKey(db, { projectId: (await insertProject(db, 'p')).id, name: 'k', isAdmin: true })).key;
    firstKey = await keyOf(first);
    secondKey = await keyOf(second);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });
  const list = (app: ReturnType<typeof createApp>, key: string) =>
    app.request(`${publicUrl}/api/v3/mcp/servers`, { headers: { 'x-api-key': key } });

  it("a key one app has just accepted (and cached) is unknown to the other app's database and refused there", async () => {
    const a = createApp({ db: first, publicUrl });
    const b = createApp({ db: second, publicUrl });
    expect((await list(a, firstKey)).status).toBe(200);
    expect((await list(b, secondKey)).status).toBe(200);
    const crossed = await list(b, firstKey);
    expect(crossed.status).toBe(401);
    expect(await crossed.json()).toMatchObject({ error: { message: 'The API key is not valid.' } });
    expect((await list(a, secondKey)).status).toBe(401);
  });

  it('a key revoked through one app is refused by that app at once, though it was cached a moment before', async () => {
    const a = createApp({ db: first, publicUrl });
    const project = await insertProject(first, 'q');
    const spare = await insertApiKey(first, { projectId: project.id, name: 's', isAdmin: false });
    const other = await insertApiKey(first, { projectId: project.id, name: 't', isAdmin: false });
    expect((await list(a, spare.key)).status).toBe(200);
    const revoked = await a.request(`${publicUrl}/api/v3/api_keys/${spare.row.id}`, {
      method: 'DELETE',
      headers: { 'x-api-key': other.key },
    });
    expect(revoked.status).toBe(200);
    expect((await list(a, spare.key)).status).toBe(401);
    expect((await list(a, other.key)).status).toBe(200);
  });
});
