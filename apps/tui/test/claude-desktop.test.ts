import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createApiClient, unwrap } from '@patchbay/core';
import { createLogger, startServer } from '@patchbay/server';
import { describe, expect, it } from 'vitest';
import { claudeDesktopLaunch, offlineLaunch } from './claude-launch.js';
import { apiKey, binDir, runCli, tempDir } from './helpers.js';

const configPath = (home: string) => path.join(home, '.config', 'Claude', 'claude_desktop_config.json');

describe('Claude Desktop entry', () => {
  it('holds exactly the mcp-remote command Claude Desktop will run, with the key only in env', async () => {
    const home = await tempDir();
    const url = 'http://127.0.0.1:8787/v3/mcp/3f9c1a2b-0000-4000-8000-000000000001?user_id=ada';
    const run = await runCli(['setup', url, '--client', 'claude'], { home, env: { PATCHBAY_API_KEY: apiKey } });
    expect(run.code).toBe(0);
    const launch = claudeDesktopLaunch(await readFile(configPath(home), 'utf8'), 'patchbay-3f9c1a2b');
    expect(launch).toEqual({
      command: 'npx',
      args: ['-y', 'mcp-remote', url, '--header', `x-api-key:\${PATCHBAY_API_KEY}`],
      env: { PATCHBAY_API_KEY: apiKey },
    });
    expect(launch.args.join(' ')).not.toContain(apiKey);
    expect(offlineLaunch(launch, binDir)).toEqual({
      command: path.join(binDir, 'mcp-remote'),
      args: [url, '--header', `x-api-key:\${PATCHBAY_API_KEY}`],
      env: { PATCHBAY_API_KEY: apiKey },
    });
  });

  it('makes the real mcp-remote bridge send the key from env as the x-api-key header', async () => {
    const home = await tempDir();
    const seen: { url: string | undefined; headers: IncomingHttpHeaders }[] = [];
    let onRequest = () => {};
    // Stands in for the Patchbay MCP endpoint: records what the bridge sends, then refuses.
    const server = createServer((request, response) => {
      seen.push({ url: request.url, headers: request.headers });
      onRequest();
      request.resume();
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not here"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const { port } = address;
    const url = `http://127.0.0.1:${port}/v3/mcp/3f9c1a2b`;
    try {
      await runCli(['setup', url, '--client', 'claude'], { home, env: { PATCHBAY_API_KEY: apiKey } });
      const launch = offlineLaunch(
        claudeDesktopLaunch(await readFile(configPath(home), 'utf8'), 'patchbay-3f9c1a2b'),
        binDir,
      );
      const arrived = new Promise<void>((resolve) => {
        onRequest = () => {
          if (seen.some((r) => r.url === '/v3/mcp/3f9c1a2b')) resolve();
        };
      });
      // Like Claude Desktop: the entry's env on top of a normal environment; HOME keeps mcp-remote's state in the temp dir.
      const child = spawn(launch.command, launch.args, {
        env: { PATH: process.env.PATH ?? '', HOME: home, ...launch.env },
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      try {
        await arrived;
      } finally {
        child.kill();
      }
      const first = seen.find((r) => r.url === '/v3/mcp/3f9c1a2b');
      expect(first?.headers['x-api-key']).toBe(apiKey);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
    }
  });

  it("end to end: Claude Desktop's command lists and calls tools of a real Patchbay server", async () => {
    const home = await tempDir();
    const running = await startServer({
      dataDir: home,
      port: 0,
      database: { kind: 'memory' },
      logger: createLogger('silent'),
    });
    try {
      const admin = createApiClient({ baseUrl: running.url, apiKey: running.apiKey });
      const server = await unwrap(
        admin.POST('/mcp/servers/custom', { body: { name: 'Desktop notes', toolkits: ['notes'] } }),
      );
      // The end user's own URL and scoped token, as generate hands them out: no project key leaves the developer.
      const generated = await unwrap(
        admin.POST('/mcp/servers/generate', { body: { mcp_server_id: server.id, user_ids: ['ada'] } }),
      );
      const access = generated.access[0];
      if (access === undefined) throw new Error('generate answered no access entry');
      const authorization = access.headers.Authorization ?? '';
      const run = await runCli(
        ['setup', access.url, '--client', 'claude', '--header', `Authorization:${authorization}`],
        {
          home,
        },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const written = await readFile(configPath(home), 'utf8');
      expect(written).toContain(access.url);
      const name = `patchbay-${server.id.slice(0, 8)}`;
      const launch = offlineLaunch(claudeDesktopLaunch(written, name), binDir);
      expect(launch.args.join(' ')).not.toContain(authorization);

      // Exactly what Claude Desktop does: spawn the entry's command with its env and speak MCP over its stdio.
      const client = new Client({ name: 'claude-desktop-stand-in', version: '1.0.0' });
      await client.connect(
        new StdioClientTransport({
          command: launch.command,
          args: launch.args,
          env: { PATH: process.env.PATH ?? '', HOME: home, ...launch.env },
          stderr: 'ignore',
        }),
      );
      try {
        const names = (await client.listTools()).tools.map((tool) => tool.name);
        expect(names).toEqual(expect.arrayContaining(['NOTES_SET', 'NOTES_GET', 'NOTES_LIST']));
        await client.callTool({ name: 'NOTES_SET', arguments: { key: 'from', value: 'claude desktop' } });
        const got = await client.callTool({ name: 'NOTES_GET', arguments: { key: 'from' } });
        expect(got.structuredContent).toMatchObject({ value: 'claude desktop' });
      } finally {
        await client.close();
      }
      // The call ran as the URL's user: the tool-call log says so.
      const calls = await running.database.query<{ user_id: string; tool_slug: string }>(
        'SELECT user_id, tool_slug FROM tool_calls ORDER BY started_at',
      );
      expect(calls).toEqual([
        { user_id: 'ada', tool_slug: 'NOTES_SET' },
        { user_id: 'ada', tool_slug: 'NOTES_GET' },
      ]);
    } finally {
      await running.close();
    }
  });
});
