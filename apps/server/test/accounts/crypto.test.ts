import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aad, DecryptError, masterKeyBytes, newMasterKey, Vault } from '../../src/accounts/crypto.js';
import { encodeMasterKey, loadMasterKeys, masterKeyEnv, parseMasterKey } from '../../src/accounts/master-key.js';
import { connectMcp, resultText } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { type AccountsServer, obj, startAccountsServer, str } from './harness.js';
import { pingSpec, startRecorder } from './recorder.js';

describe('the sealed envelope', () => {
  const vault = new Vault(newMasterKey());

  it('round-trips, names its key and format, and never contains the plaintext', () => {
    const sealed = vault.seal(Buffer.from('sk-live-abcdef123456'), aad.connectedAccount('ca_1'));
    expect(sealed[0]).toBe(1);
    expect(sealed.subarray(1, 9).toString('hex')).toBe(vault.current.id);
    expect(sealed.length).toBe(1 + 8 + 12 + 16 + 20);
    expect(sealed.includes(Buffer.from('sk-live'))).toBe(false);
    expect(vault.open(sealed, aad.connectedAccount('ca_1')).toString()).toBe('sk-live-abcdef123456');
    // Fresh nonce each time: the same secret never seals to the same bytes.
    expect(vault.seal(Buffer.from('x'), 'a').equals(vault.seal(Buffer.from('x'), 'a'))).toBe(false);
  });

  it('refuses another row, another table, a flipped bit, and an unknown key', () => {
    const sealed = vault.seal(Buffer.from('secret'), aad.connectedAccount('ca_1'));
    expect(() => vault.open(sealed, aad.connectedAccount('ca_2'))).toThrow(DecryptError);
    expect(() => vault.open(sealed, aad.authConfig('ca_1'))).toThrow(DecryptError);
    for (const index of [0, 5, 12, 25, sealed.length - 1]) {
      const bent = Buffer.from(sealed);
      bent[index] = (bent[index] ?? 0) ^ 1;
      expect(() => vault.open(bent, aad.connectedAccount('ca_1'))).toThrow(DecryptError);
    }
    expect(() => new Vault(newMasterKey()).open(sealed, aad.connectedAccount('ca_1'))).toThrow(/does not have/);
    expect(() => vault.open(Buffer.alloc(10), 'x')).toThrow(DecryptError);
  });

  it('opens values of an older key kept in the ring', () => {
    const old = newMasterKey();
    const sealed = new Vault(old).seal(Buffer.from('v'), 'r');
    expect(new Vault(newMasterKey(), [old]).open(sealed, 'r').toString()).toBe('v');
  });
});

describe('the master key', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'patchbay-key-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is created once in <dataDir>/master.key with mode 0600 and read back', async () => {
    const first = await loadMasterKeys(join(dir, 'a'), {});
    const file = join(dir, 'a', 'master.key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toHaveLength(masterKeyBytes);
    const second = await loadMasterKeys(join(dir, 'a'), {});
    expect(second.vault.current.id).toBe(first.vault.current.id);
  });

  it('comes from PATCHBAY_MASTER_KEY when set (no file), and a malformed one is refused', async () => {
    const key = newMasterKey();
    const loaded = await loadMasterKeys(join(dir, 'b'), { [masterKeyEnv]: encodeMasterKey(key) });
    expect(loaded.vault.current.id).toBe(key.id);
    await expect(stat(join(dir, 'b', 'master.key'))).rejects.toThrow();
    await expect(loadMasterKeys(join(dir, 'c'), { [masterKeyEnv]: 'c2hvcnQ=' })).rejects.toThrow(/32 random bytes/);
  });

  it('tightens a key file readable by others', async () => {
    await loadMasterKeys(join(dir, 'd'), {});
    const file = join(dir, 'd', 'master.key');
    await writeFile(file, await readFile(file, 'utf8'), { mode: 0o644 });
    const { chmod } = await import('node:fs/promises');
    await chmod(file, 0o644);
    const loaded = await loadMasterKeys(join(dir, 'd'), {});
    expect(loaded.warnings.join()).toMatch(/now 0600/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe.each(databaseKinds)('sealed rows in the database (%s)', (kind) => {
  let server: AccountsServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    recorder = await startRecorder();
    await server.addOpenApiToolkit('keyed', { spec: pingSpec, base_url: recorder.url, auth: { scheme: 'API_KEY' } });
  }, 60_000);
  afterAll(async () => {
    await recorder?.stop();
    await server?.stop();
  });

  it('a ciphertext copied into another account does not open: the call fails and nothing is sent', async () => {
    const config = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'keyed' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'API_KEY' },
    });
    const configId = str(obj(config.body.auth_config).id);
    const connect = async (user: string, key: string) =>
      str(
        (
          await server.api('POST', '/connected_accounts', {
            auth_config: { id: configId },
            connection: { user_id: user, state: { api_key: key } },
          })
        ).body.id,
      );
    const victim = await connect('victim', 'victim-key-5647382910');
    const attacker = await connect('attacker', 'attacker-key-0192837465');
    await server.running.database.query(
      'UPDATE connected_accounts SET secrets_encrypted = (SELECT secrets_encrypted FROM connected_accounts WHERE id = $1) WHERE id = $2',
      [victim, attacker],
    );
    const made = await server.api('POST', '/mcp/servers/custom', { name: 'Keyed', toolkits: ['keyed'] });
    const client = await connectMcp(`${server.url}/v3/mcp/${str(made.body.id)}?user_id=attacker`, {
      'x-api-key': server.apiKey,
    });
    const tools = (await client.listTools()).tools.map((t) => t.name);
    const before = recorder.seen.length;
    const result = await client.callTool({ name: tools.find((t) => t.startsWith('KEYED_')) ?? '', arguments: {} });
    expect(result.isError).toBe(true);
    expect(resultText(result)).not.toContain('victim-key');
    expect(recorder.seen.length).toBe(before);
    await client.close();
    // The key file is what opens them: a wrong key opens nothing.
    const key = parseMasterKey(await readFile(join(server.dataDir, 'master.key'), 'utf8'), 'master.key');
    expect(key.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
