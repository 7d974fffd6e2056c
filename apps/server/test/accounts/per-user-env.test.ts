import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { connectMcp, resultText } from '../mcp/connect.js';
import { memoryEntry } from '../toolkits/mcp-upstream-support.js';
import { type AccountsServer, obj, startAccountsServer, str } from './harness.js';

/**
 * A stdio MCP toolkit (the real @modelcontextprotocol/server-memory) reads its per-user environment from each
 * user's connected account: two users, two files, two graphs.
 */
describe('per-user environment of a stdio toolkit from connected accounts', () => {
  let server: AccountsServer;
  let dir = '';

  beforeAll(async () => {
    server = await startAccountsServer('pglite');
    dir = await mkdtemp(join(tmpdir(), 'patchbay-memory-accounts-'));
    await insertCustomToolkit(server.running.database, server.projectId, 'memory', {
      name: 'Memory',
      description: '',
      logo: null,
      categories: [],
      kind: 'mcp_stdio',
      source: {
        transport: 'stdio',
        command: process.execPath,
        args: [memoryEntry],
        env: {},
        per_user_env: ['MEMORY_FILE_PATH'],
      },
      timeoutMs: 30_000,
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts each user’s process with that user’s value', async () => {
    const config = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'memory' },
      auth_config: { type: 'use_custom_auth', auth_scheme: 'API_KEY' },
    });
    expect(config.status).toBe(201);
    const configId = str(obj(config.body.auth_config).id);
    for (const user of ['ann', 'ben']) {
      const account = await server.api('POST', '/connected_accounts', {
        auth_config: { id: configId },
        connection: { user_id: user, state: { MEMORY_FILE_PATH: join(dir, `${user}.jsonl`) } },
      });
      expect(account.body.status).toBe('ACTIVE');
    }
    const mcp = await server.api('POST', '/mcp/servers', { name: 'Memory', auth_config_ids: [configId] });
    const url = (user: string) => `${server.url}/v3/mcp/${str(mcp.body.id)}?user_id=${user}`;
    const ann = await connectMcp(url('ann'), { 'x-api-key': server.apiKey });
    const created = await ann.callTool({
      name: 'MEMORY_CREATE_ENTITIES',
      arguments: { entities: [{ name: 'Ada', entityType: 'person', observations: ['first program'] }] },
    });
    expect(created.isError).not.toBe(true);
    const ben = await connectMcp(url('ben'), { 'x-api-key': server.apiKey });
    const bensGraph = await ben.callTool({ name: 'MEMORY_READ_GRAPH', arguments: {} });
    expect(resultText(bensGraph)).not.toContain('Ada');
    expect(await readFile(join(dir, 'ann.jsonl'), 'utf8')).toContain('Ada');
    await ann.close();
    await ben.close();
  }, 60_000);
});
