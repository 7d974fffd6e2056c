import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aad, DecryptError, Vault } from '../../src/accounts/crypto.js';
import { parseMasterKey } from '../../src/accounts/master-key.js';
import { rotateMasterKey } from '../../src/accounts/rotate.js';
import { runRotateCommand } from '../../src/boot/rotate-command.js';
import { type DatabaseChoice, startServer } from '../../src/boot/server.js';
import { openPostgres } from '../../src/db/postgres.js';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { createLogger } from '../../src/util/logger.js';
import { connectMcp } from '../mcp/connect.js';
import { createSchema, databaseKinds, dropSchema } from '../support/databases.js';
import { obj, str } from './harness.js';
import { pingSpec, startRecorder } from './recorder.js';

const userKey = 'rotating-user-key-7h6g5f4d';
const sharedSecret = 'rotating-client-secret-1q2w3e';

describe.each(databaseKinds)('rotate-master-key (%s)', (kind) => {
  let dataDir = '';
  let choice: DatabaseChoice = { kind: 'pglite' };
  let recorder: Awaited<ReturnType<typeof startRecorder>>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'patchbay-rotate-'));
    recorder = await startRecorder();
    const made = await createSchema(kind);
    // PGlite on disk in the data dir (the command opens it there); PostgreSQL in a fresh schema.
    choice = made.kind === 'postgres' ? made : { kind: 'pglite' };
  });
  afterAll(async () => {
    await recorder?.stop();
    if (choice.kind === 'postgres')
      await dropSchema({ kind: 'postgres', url: choice.url, schema: choice.schema ?? '' });
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = () => startServer({ dataDir, port: 0, database: choice, logger: createLogger('silent'), env: {} });

  it('re-seals every secret under a new key; the old key opens nothing; the server works on', async () => {
    let running = await start();
    const key = running.apiKey ?? '';
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${running.url}/api/v3${path}`, {
        method,
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return obj(await res.json());
    };
    const projectId = str((await api('GET', '/projects/current')).id);
    await insertCustomToolkit(running.database, projectId, 'keyed', {
      name: 'Keyed',
      description: '',
      logo: null,
      categories: [],
      kind: 'openapi',
      source: { spec: pingSpec, base_url: recorder.url, auth: { scheme: 'API_KEY', in: 'header', name: 'X-API-Key' } },
      timeoutMs: 10_000,
    });
    const config = await api('POST', '/auth_configs', {
      toolkit: { slug: 'keyed' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'API_KEY', credentials: { client_secret: sharedSecret } },
    });
    const configId = str(obj(config.auth_config).id);
    const account = await api('POST', '/connected_accounts', {
      auth_config: { id: configId },
      connection: { user_id: 'u', state: { api_key: userKey } },
    });
    const accountId = str(account.id);
    const server = await api('POST', '/mcp/servers/custom', { name: 'Keyed', toolkits: ['keyed'] });
    const serverId = str(server.id);
    await running.close();

    const oldKey = parseMasterKey(await readFile(join(dataDir, 'master.key'), 'utf8'), 'old');
    if (choice.kind === 'postgres') {
      const db = await openPostgres({ url: choice.url, schema: choice.schema });
      const report = await rotateMasterKey(db, dataDir, {});
      await db.close();
      expect(report.counts).toMatchObject({ auth_configs: 1, connected_accounts: 1 });
    } else {
      let printed = '';
      const code = await runRotateCommand(['--data-dir', dataDir], {}, (text) => {
        printed += text;
      });
      expect(code).toBe(0);
      expect(printed).toMatch(/Master key rotated: [0-9a-f]{16} → [0-9a-f]{16}/);
      expect(printed).not.toContain(oldKey.key.toString('base64'));
    }
    const newKey = parseMasterKey(await readFile(join(dataDir, 'master.key'), 'utf8'), 'new');
    expect(newKey.id).not.toBe(oldKey.id);
    expect((await stat(join(dataDir, 'master.key'))).mode & 0o777).toBe(0o600);
    await expect(stat(join(dataDir, 'master.key.next'))).rejects.toThrow();

    running = await start();
    const rows = await running.database.query<{ secrets_encrypted: Uint8Array }>(
      'SELECT secrets_encrypted FROM connected_accounts WHERE id = $1',
      [accountId],
    );
    const sealed = rows[0]?.secrets_encrypted ?? new Uint8Array();
    expect(Vault.keyIdOf(sealed)).toBe(newKey.id);
    expect(() => new Vault(oldKey).open(sealed, aad.connectedAccount(accountId))).toThrow(DecryptError);
    expect(new Vault(newKey).open(sealed, aad.connectedAccount(accountId)).toString()).toContain(userKey);

    const client = await connectMcp(`${running.url}/v3/mcp/${serverId}?user_id=u`, { 'x-api-key': key });
    const tools = (await client.listTools()).tools.map((t) => t.name);
    const result = await client.callTool({ name: tools.find((t) => t.startsWith('KEYED_')) ?? '', arguments: {} });
    expect(result.isError).not.toBe(true);
    expect(recorder.seen.at(-1)?.headers['x-api-key']).toBe(userKey);
    const shown = await api('GET', `/auth_configs/${configId}`);
    expect(JSON.stringify(shown)).toContain(`••••${sharedSecret.slice(-4)}`);
    await client.close();
    await running.close();
  }, 60_000);
});
