// The script subcommands, run as the built binary against a real server: --json shapes, tables, exit codes.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, runCli, tempDir } from './helpers.js';
import { startTestServer, type TestServer, waitFor } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.stop());

// A fresh HOME each run (helpers remove them after each test), the server from PATCHBAY_*.
const run = async (args: string[]) =>
  runCli(args, { home: await tempDir(), env: { PATCHBAY_BASE_URL: server.url, PATCHBAY_API_KEY: server.apiKey } });
const json = (text: string): unknown => JSON.parse(text);

describe('patchbay servers', () => {
  it('creates, lists, gets by name, updates and deletes, with --json and tables', async () => {
    const created = await run([
      'servers',
      'create',
      'Script notes',
      '--toolkit',
      'notes',
      '--allow',
      'NOTES_GET',
      '--json',
    ]);
    expect(created.code).toBe(0);
    const shape = json(created.stdout);
    expect(shape).toMatchObject({ name: 'Script notes', allowedTools: ['NOTES_GET'], mcpUrl: expect.any(String) });
    const id = (shape as { id: string }).id;

    const list = await run(['servers', 'list', '--json']);
    expect(json(list.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ id, toolkits: ['notes'] })]));
    const table = await run(['servers', 'list', '--name', 'script']);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+TOOLKITS\s+TOOLS\s+USERS\n/);
    expect(table.stdout).toContain(`${id}  Script notes  notes     1      0`);

    const got = await run(['servers', 'get', 'script NOTES', '--json']);
    expect(json(got.stdout)).toMatchObject({ id, name: 'Script notes' });
    const updated = await run(['servers', 'update', id, '--allow', 'NOTES_GET', '--allow', 'NOTES_SET', '--json']);
    expect(json(updated.stdout)).toMatchObject({ allowedTools: ['NOTES_GET', 'NOTES_SET'] });

    const deleted = await run(['servers', 'delete', id, '--json']);
    expect(json(deleted.stdout)).toEqual({ id, name: 'Script notes', deleted: true });
    const gone = await run(['servers', 'get', id]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^patchbay: /);
  });

  it('refuses bad input before sending, with the field named (exit 1), and wrong usage with exit 2', async () => {
    const bad = await run(['servers', 'create', 'ab', '--toolkit', 'notes']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('name: must be 4-30 characters');
    expect((await run(['servers', 'frobnicate'])).code).toBe(2);
    expect((await run(['servers', 'list', '--bogus'])).code).toBe(2);
    expect((await run(['servers', 'get'])).stderr).toContain('Missing <server>');
  });
});

describe('patchbay url, call and calls', () => {
  it('generates a scoped URL, calls a tool through it, and shows the call in the log', async () => {
    await run(['servers', 'create', 'Call notes', '--toolkit', 'notes']);
    const url = await run(['url', 'Call notes', 'ada', '--json']);
    expect(url.code).toBe(0);
    expect(json(url.stdout)).toMatchObject({
      serverName: 'Call notes',
      userId: 'ada',
      url: expect.stringContaining('user_id=ada'),
      headers: { Authorization: expect.stringMatching(/^Bearer pbt_/) },
      commands: { claude_code: expect.stringMatching(/^claude mcp add --scope user --transport http .*Bearer pbt_/) },
    });

    const set = await run(['call', 'Call notes', 'ada', 'NOTES_SET', '--args', '{"key":"city","value":"Lisbon"}']);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('"key": "city"');
    const get = await run(['call', 'Call notes', 'ada', 'NOTES_GET', '--args', '{"key":"city"}', '--json']);
    expect(get.code).toBe(0);
    expect(JSON.stringify(json(get.stdout))).toContain('Lisbon');
    const missing = await run(['call', 'Call notes', 'ada', 'NOTES_GET', '--args', '{"key":"nowhere"}']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('NOTES_GET answered an error');
    expect((await run(['call', 'Call notes', 'ada', 'NOTES_GET', '--args', '[1]'])).code).toBe(2);

    const calls = await run(['calls', '--user', 'ada', '--json']);
    const rows = json(calls.stdout) as Array<{ toolSlug: string; outcome: string }>;
    expect(rows.map((r) => [r.toolSlug, r.outcome])).toEqual([
      ['NOTES_GET', 'error'],
      ['NOTES_GET', 'success'],
      ['NOTES_SET', 'success'],
    ]);
    const errors = await run(['calls', '--outcome', 'error']);
    expect(errors.stdout).toMatch(/NOTES_GET\s+ada\s+error/);
  });

  it('connects an account with a key scheme and lists it', async () => {
    const config = await server.sdk().authConfigs.create('github', {
      type: 'use_custom_auth',
      authScheme: 'BEARER_TOKEN',
      credentials: {},
    });
    const connected = await run([
      'accounts',
      'connect',
      'ada',
      config.id,
      '--config',
      '{"token":"ghp_test"}',
      '--json',
    ]);
    expect(connected.code).toBe(0);
    expect(json(connected.stdout)).toMatchObject({ userId: 'ada', status: 'ACTIVE', redirectUrl: null });
    const list = await run(['accounts', 'list', '--user', 'ada', '--json']);
    expect(json(list.stdout)).toEqual([
      expect.objectContaining({ userId: 'ada', status: 'ACTIVE', toolkit: { slug: 'github' } }),
    ]);
    expect((await run(['accounts', 'connect', 'ada', config.id, '--config', 'nope'])).code).toBe(2);
  });

  it('lists toolkits, and exits 3 when no server answers', async () => {
    const toolkits = await run(['toolkits', 'list', '--json']);
    expect(json(toolkits.stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: 'notes', kind: 'builtin' })]),
    );
    const notes = await run(['toolkits', 'get', 'notes']);
    expect(notes.stdout).toContain('NOTES_SET');
    const away = await runCli(['servers', 'list'], {
      home: await tempDir(),
      env: { PATCHBAY_BASE_URL: 'http://127.0.0.1:9', PATCHBAY_API_KEY: 'pb_x' },
    });
    expect(away.code).toBe(3);
    expect(away.stderr).toMatch(/^patchbay: /);
    expect(away.stderr).not.toContain('    at ');
  });
});

describe('patchbay serve', () => {
  it('runs the server in the foreground with its flags and stops cleanly on SIGTERM', async () => {
    const dataDir = await tempDir();
    const child = spawn(
      process.execPath,
      [cliPath, 'serve', '--port', '0', '--data-dir', dataDir, '--log-level', 'warn'],
      {
        env: { PATH: process.env.PATH ?? '', HOME: dataDir },
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await waitFor(
        () => /listening on (http:\/\/\S+)/.exec(out)?.[1],
        () => out,
        30_000,
      );
      const health = await fetch(`${url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
