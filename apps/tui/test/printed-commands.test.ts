// Every command a Patchbay server prints, run exactly as printed by a POSIX shell in a temporary HOME against a real
// server on a real port; then an MCP client connects with what the command wrote and lists the tools. The CLI comes
// from the tarball the server itself serves (npx), never from a registry.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  createApiClient,
  type GenerateMcpUrlResponse,
  type McpAccess,
  type SetupClient,
  type UserClientCommands,
  unwrap,
} from '@patchbay/core';
import { clientConfigPath, currentEnvironment } from '@patchbay/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claudeDesktopLaunch, offlineLaunch } from './claude-launch.js';
import { binDir, tempDir } from './helpers.js';
import { startTestServer, type TestServer } from './support/server.js';

const apps = fileURLToPath(new URL('../../', import.meta.url));
const packDirs = [path.join(apps, 'tui', 'pack'), path.join(apps, 'sdk', 'pack')];

interface Shell {
  code: number;
  stdout: string;
  stderr: string;
}

/** `sh -c <command>` with only PATH and HOME (plus `env`), as a user pasting it into a fresh terminal. */
function sh(command: string, home: string, env: Record<string, string> = {}, cwd = home): Promise<Shell> {
  return new Promise((resolve) => {
    execFile(
      'sh',
      ['-c', command],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: home, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
      },
    );
  });
}

const object = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
const stringMap = (value: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(object(value)).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** Lists the tools through Streamable HTTP with these headers, as an AI client with this entry would. */
async function toolNames(url: string, headers: Record<string, string>): Promise<string[]> {
  const client = new Client({ name: 'printed-command-check', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  try {
    return (await client.listTools()).tools.map((tool) => tool.name);
  } finally {
    await client.close();
  }
}

/** The URL and headers an HTTP entry of `client` holds (each client spells the URL key its own way). */
async function writtenEntry(client: SetupClient, home: string, name: string) {
  const file = clientConfigPath(client, 'user', currentEnvironment({ home, env: {}, platform: 'linux' }));
  const text = await readFile(file, 'utf8');
  const config = object(JSON.parse(text));
  const entry = object(object(config[client === 'vscode' ? 'servers' : 'mcpServers'])[name]);
  const url = entry.url ?? entry.serverUrl ?? entry.httpUrl;
  if (typeof url !== 'string') throw new Error(`${file} holds no URL for ${name}: ${text}`);
  return { text, url, headers: stringMap(entry.headers) };
}

/** A stand-in `claude` / `code` on PATH that records the arguments the shell passed it (those binaries are not here). */
async function argvRecorder(dir: string, binary: string): Promise<string> {
  const out = path.join(dir, `${binary}.argv.json`);
  const script = path.join(dir, binary);
  await writeFile(
    script,
    `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)));\n`,
  );
  await chmod(script, 0o755);
  return out;
}

const headerPairs = (values: readonly string[]) =>
  Object.fromEntries(
    values.map((value) => [value.slice(0, value.indexOf(':')).trim(), value.slice(value.indexOf(':') + 1).trim()]),
  );

describe('every command Patchbay prints works when pasted', () => {
  let server: TestServer;
  let serverId: string;
  let serverCommands: { cursor: string; claude: string; windsurf: string };
  let access: McpAccess;
  let commands: UserClientCommands;
  let entryName: string;

  beforeAll(async () => {
    // The CLI from the current sources (the build packs it too; this keeps a run from serving a stale one). The SDK's
    // is its build's (turbo builds it before these tests; its lint rebuilds its dist meanwhile, so no repack here).
    execFileSync(process.execPath, ['scripts/pack.mjs'], { cwd: path.join(apps, 'tui'), stdio: 'ignore' });
    if (!existsSync(packDirs[1] ?? '')) {
      execFileSync(process.execPath, ['scripts/pack.mjs'], { cwd: path.join(apps, 'sdk'), stdio: 'ignore' });
    }
    server = await startTestServer({ context: { downloadDirs: packDirs } });
    const admin = createApiClient({ baseUrl: server.url, apiKey: server.apiKey, retry: { retries: 0 } });
    const created = await unwrap(
      admin.POST('/mcp/servers/custom', { body: { name: 'Pasted commands', toolkits: ['notes'] } }),
    );
    serverId = created.id;
    serverCommands = (await unwrap(admin.GET('/mcp/{id}', { params: { path: { id: created.id } } }))).commands;
    const generated: GenerateMcpUrlResponse = await unwrap(
      admin.POST('/mcp/servers/generate', { body: { mcp_server_id: created.id, user_ids: ['ada'] } }),
    );
    const first = generated.access[0];
    if (first === undefined) throw new Error('generate answered no access entry');
    access = first;
    commands = first.commands;
    entryName = `patchbay-${created.id.slice(0, 8)}`;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("no command holds the project key; each user's holds that user's token and installs from this server", () => {
    for (const command of [...Object.values(serverCommands), ...Object.values(commands), access.cursor_install_link]) {
      expect(command).not.toContain(server.apiKey);
      expect(command).not.toContain('@patchbay/cli');
    }
    expect(serverCommands.cursor).toMatch(new RegExp(`^npx -y ${server.url}/cli/patchbay-cli-[0-9.]+\\.tgz setup `));
    for (const key of ['cursor', 'claude', 'windsurf', 'claude_code', 'vscode', 'gemini', 'cline'] as const) {
      expect(commands[key]).toContain(access.headers.Authorization?.replace(/^Bearer /, ''));
    }
  });

  it('cursor, windsurf, gemini and cline: the npx command writes an entry that lists the tools', async () => {
    const home = await tempDir();
    for (const client of ['cursor', 'windsurf', 'gemini', 'cline'] as const) {
      const run = await sh(commands[client], home);
      expect(run, `${client}: ${commands[client]}`).toMatchObject({ code: 0 });
      const entry = await writtenEntry(client, home, entryName);
      expect(entry.url).toBe(access.url);
      expect(entry.headers).toEqual(access.headers);
      expect(await toolNames(entry.url, entry.headers)).toEqual(expect.arrayContaining(['NOTES_SET', 'NOTES_GET']));
    }
  }, 180_000);

  it('Claude Desktop: the command writes an mcp-remote entry, and the real bridge lists the tools', async () => {
    const home = await tempDir();
    const run = await sh(commands.claude, home);
    expect(run).toMatchObject({ code: 0 });
    const written = await readFile(path.join(home, '.config', 'Claude', 'claude_desktop_config.json'), 'utf8');
    const launch = offlineLaunch(claudeDesktopLaunch(written, entryName), binDir);
    expect(launch.args.join(' ')).not.toContain(access.headers.Authorization);
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
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(expect.arrayContaining(['NOTES_SET']));
    } finally {
      await client.close();
    }
  }, 120_000);

  it('Claude Code: `claude mcp add …` passes arguments that make an entry that connects; the config-writer route too', async () => {
    const home = await tempDir();
    const bin = await tempDir();
    const argvFile = await argvRecorder(bin, 'claude');
    const run = await sh(commands.claude_code, home, { PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(run).toMatchObject({ code: 0 });
    const argv: string[] = JSON.parse(await readFile(argvFile, 'utf8'));
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { transport: { type: 'string' }, scope: { type: 'string' }, header: { type: 'string', multiple: true } },
    });
    expect(positionals).toEqual(['mcp', 'add', entryName, access.url]);
    expect(values.transport).toBe('http');
    expect(await toolNames(access.url, headerPairs(values.header ?? []))).toEqual(
      expect.arrayContaining(['NOTES_SET']),
    );

    // The same user with the CLI's writer, for a machine without the claude binary.
    const viaCli = await sh(commands.cursor.replace('--client cursor', '--client claude-code'), home);
    expect(viaCli).toMatchObject({ code: 0 });
    const entry = await writtenEntry('claude-code', home, entryName);
    expect(await toolNames(entry.url, entry.headers)).toEqual(expect.arrayContaining(['NOTES_SET']));
  }, 120_000);

  it('VS Code: the JSON given to `code --add-mcp` connects; the config-writer route too', async () => {
    const home = await tempDir();
    const bin = await tempDir();
    const argvFile = await argvRecorder(bin, 'code');
    const run = await sh(commands.vscode, home, { PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(run).toMatchObject({ code: 0 });
    const [flag, json, ...rest] = JSON.parse(await readFile(argvFile, 'utf8'));
    expect([flag, rest]).toEqual(['--add-mcp', []]);
    const added = object(JSON.parse(json));
    expect(added).toMatchObject({ name: entryName, type: 'http', url: access.url });
    expect(await toolNames(access.url, stringMap(added.headers))).toEqual(expect.arrayContaining(['NOTES_SET']));

    const viaCli = await sh(commands.cursor.replace('--client cursor', '--client vscode'), home);
    expect(viaCli).toMatchObject({ code: 0 });
    const entry = await writtenEntry('vscode', home, entryName);
    expect(await toolNames(entry.url, entry.headers)).toEqual(expect.arrayContaining(['NOTES_SET']));
  }, 120_000);

  it("Cursor's install deeplink carries a config that connects", async () => {
    const link = new URL(access.cursor_install_link);
    expect(`${link.protocol}//${link.host}${link.pathname}`).toBe('cursor://anysphere.cursor-deeplink/mcp/install');
    expect(link.searchParams.get('name')).toBe(entryName);
    const config = object(JSON.parse(Buffer.from(link.searchParams.get('config') ?? '', 'base64').toString('utf8')));
    expect(config.url).toBe(access.url);
    expect(await toolNames(access.url, stringMap(config.headers))).toEqual(expect.arrayContaining(['NOTES_SET']));
  });

  it("the server's own commands write a token scoped to the default user, never the key; without a key they say what to do", async () => {
    const home = await tempDir();
    const run = await sh(serverCommands.cursor, home, { PATCHBAY_API_KEY: server.apiKey });
    expect(run).toMatchObject({ code: 0 });
    const entry = await writtenEntry('cursor', home, entryName);
    expect(entry.text).not.toContain(server.apiKey);
    expect(entry.headers.Authorization).toMatch(/^Bearer pbt_/);
    expect(await toolNames(entry.url, entry.headers)).toEqual(expect.arrayContaining(['NOTES_SET']));
    const instances = await server.sdk().mcp.instances.list(serverId);
    expect(instances.items.map((i) => i.userId)).toContain('default');

    const keyless = await sh(serverCommands.windsurf, await tempDir());
    expect(keyless.code).toBe(1);
    expect(keyless.stderr).toContain('No Patchbay API key');
    expect(keyless.stderr).toContain('POST /api/v3/mcp/servers/generate');
  }, 120_000);

  it('the SDK installs from the server with npm, and lists the servers', async () => {
    const home = await tempDir();
    const project = await tempDir();
    await writeFile(path.join(project, 'package.json'), '{ "name": "sdk-user", "private": true, "type": "module" }\n');
    const download = server.running.context.downloads.url(server.url, 'sdk');
    const install = await sh(`npm install ${download}`, home, {}, project);
    expect(install, install.stderr).toMatchObject({ code: 0 });
    await writeFile(
      path.join(project, 'list.mjs'),
      `import { Patchbay } from '@patchbay/sdk';
const patchbay = new Patchbay({ apiKey: process.env.KEY, baseURL: process.env.URL });
console.log(JSON.stringify((await patchbay.mcp.list()).items.map((s) => s.name)));
`,
    );
    const listed = await sh('node list.mjs', home, { KEY: server.apiKey, URL: server.url }, project);
    expect(listed, listed.stderr).toMatchObject({ code: 0 });
    expect(JSON.parse(listed.stdout)).toContain('Pasted commands');
  }, 120_000);
});
