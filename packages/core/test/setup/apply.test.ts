import { chmod, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySetup, planSetup, removeSetup } from '../../src/setup/setup.js';
import { parseJson, serverUrl, tempHome } from './helpers.js';

const key = 'pb_live_0123456789abcdef';

const cursorConfig = {
  $schema: 'https://example.com/schema.json',
  mcpServers: {
    github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_TOKEN: 'ghp_x' } },
    remote: { url: 'https://remote.example/mcp', headers: { Authorization: 'Bearer abc' } },
  },
  unrelated: { nested: [1, 'two', { three: 3.25 }, null, false], emoji: '✓' },
};

async function writeCursor(home: string, content: string, mode = 0o644): Promise<string> {
  const file = path.join(home, '.cursor', 'mcp.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content, { mode });
  await chmod(file, mode);
  return file;
}

describe('applySetup', () => {
  it('writes each client its own entry shape', async () => {
    const { environment } = await tempHome();
    const headers = { 'x-api-key': key };
    const read = async (client: Parameters<typeof applySetup>[0]['client']) => {
      const result = await applySetup({ client, url: serverUrl, headers, environment });
      return parseJson(await readFile(result.path, 'utf8'));
    };
    const name = 'patchbay-3f9c1a2b';
    expect(await read('claude')).toEqual({
      mcpServers: {
        [name]: {
          command: 'npx',
          args: ['-y', 'mcp-remote', serverUrl, '--header', `x-api-key:\${PATCHBAY_API_KEY}`],
          env: { PATCHBAY_API_KEY: key },
        },
      },
    });
    expect(await read('claude-code')).toEqual({ mcpServers: { [name]: { type: 'http', url: serverUrl, headers } } });
    expect(await read('cursor')).toEqual({ mcpServers: { [name]: { url: serverUrl, headers } } });
    expect(await read('windsurf')).toEqual({ mcpServers: { [name]: { serverUrl, headers } } });
    expect(await read('vscode')).toEqual({ servers: { [name]: { type: 'http', url: serverUrl, headers } } });
    expect(await read('gemini')).toEqual({ mcpServers: { [name]: { httpUrl: serverUrl, headers } } });
    expect(await read('cline')).toEqual({
      mcpServers: { [name]: { type: 'streamableHttp', url: serverUrl, headers } },
    });
  });

  it('merges into an existing file: other entries and keys keep their values and order', async () => {
    const { home, environment } = await tempHome();
    const file = await writeCursor(home, `${JSON.stringify(cursorConfig, null, 2)}\n`);
    const result = await applySetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment });
    expect(result).toMatchObject({ path: file, name: 'patchbay-3f9c1a2b', created: false, replaced: false });
    const after = parseJson(await readFile(file, 'utf8'));
    expect(after).toEqual({
      ...cursorConfig,
      mcpServers: {
        ...cursorConfig.mcpServers,
        'patchbay-3f9c1a2b': { url: serverUrl, headers: { 'x-api-key': key } },
      },
    });
    expect(JSON.stringify(after)).toContain(JSON.stringify(cursorConfig.unrelated));
    expect(result.backupPath).toBe(`${file}.bak`);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(`${JSON.stringify(cursorConfig, null, 2)}\n`);
  });

  it('replaces an entry of the same name, and a second identical run changes nothing', async () => {
    const { home, environment } = await tempHome();
    const file = await writeCursor(home, JSON.stringify(cursorConfig, null, 2));
    const options = {
      client: 'cursor' as const,
      url: serverUrl,
      name: 'remote',
      headers: { 'x-api-key': key },
      environment,
    };
    expect((await applySetup(options)).replaced).toBe(true);
    const text = await readFile(file, 'utf8');
    expect(parseJson(text)).toEqual({
      ...cursorConfig,
      mcpServers: { ...cursorConfig.mcpServers, remote: { url: serverUrl, headers: { 'x-api-key': key } } },
    });
    const again = await applySetup(options);
    expect(again).toMatchObject({ changed: false, backupPath: undefined });
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('keeps an existing 0600 file at 0600 and a 0640 file at 0640', async () => {
    const { home, environment } = await tempHome();
    const file = await writeCursor(home, '{}', 0o600);
    await applySetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(`${file}.bak`)).mode & 0o777).toBe(0o600);
    await chmod(file, 0o640);
    await applySetup({ client: 'cursor', url: serverUrl, name: 'second', headers: { 'x-api-key': key }, environment });
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('creates a new file holding a credential as 0600, with its folders', async () => {
    const { environment } = await tempHome();
    const result = await applySetup({ client: 'cline', url: serverUrl, headers: { 'x-api-key': key }, environment });
    expect(result.created).toBe(true);
    expect(result.backupPath).toBeUndefined();
    expect((await stat(result.path)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symlink to the real file instead of replacing the link', async () => {
    const { home, environment } = await tempHome();
    const real = path.join(home, 'dotfiles', 'mcp.json');
    await mkdir(path.dirname(real), { recursive: true });
    await writeFile(real, '{"mcpServers": {}}');
    await mkdir(path.join(home, '.cursor'));
    await symlink(real, path.join(home, '.cursor', 'mcp.json'));
    await applySetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment });
    expect(parseJson(await readFile(real, 'utf8'))).toMatchObject({ mcpServers: { 'patchbay-3f9c1a2b': {} } });
  });

  it('leaves a malformed file untouched (same bytes, same mtime) and says where it is broken', async () => {
    const { home, environment } = await tempHome();
    const bad = '{\n  "mcpServers": {\n    "a": {,\n  }\n}\n';
    const file = await writeCursor(home, bad);
    const before = await stat(file);
    await expect(
      applySetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment }),
    ).rejects.toMatchObject({
      slug: 'config_invalid_json',
      message: `${file} is not valid JSON (line 3, column 11: expected a double-quoted property name, found ",").`,
      suggestedFix: 'Fix or move it, then run again; it was left untouched.',
    });
    expect(await readFile(file, 'utf8')).toBe(bad);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(path.dirname(file))).toEqual(['mcp.json']);
  });

  it('refuses a read-only (0444) file, even as root, and leaves it unchanged', async () => {
    const { home, environment } = await tempHome();
    const file = await writeCursor(home, '{"mcpServers": {}}', 0o444);
    const before = await stat(file);
    await expect(
      applySetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment }),
    ).rejects.toMatchObject({
      slug: 'config_read_only',
      message: `${file} is read-only (mode 0444).`,
      suggestedFix: `Make it writable (chmod u+w "${file}"), then run again; it was left untouched.`,
    });
    expect(await readFile(file, 'utf8')).toBe('{"mcpServers": {}}');
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(path.dirname(file))).toEqual(['mcp.json']);
  });

  it('falls back to the local server key, and fails saying what to do when there is none', async () => {
    const { home, environment } = await tempHome();
    await expect(applySetup({ client: 'cursor', url: serverUrl, environment })).rejects.toMatchObject({
      slug: 'no_api_key',
      message: expect.stringContaining(path.join(home, '.patchbay', 'api-key')),
      suggestedFix: expect.stringContaining('--header x-api-key:<key>'),
    });
    await mkdir(path.join(home, '.patchbay'));
    await writeFile(path.join(home, '.patchbay', 'api-key'), `${key}\n`);
    const fromFile = await applySetup({ client: 'cursor', url: serverUrl, environment });
    expect(fromFile.credentialSource).toBe(path.join(home, '.patchbay', 'api-key'));
    expect(fromFile.entry).toEqual({ url: serverUrl, headers: { 'x-api-key': key } });
    const fromEnv = await planSetup({
      client: 'cursor',
      url: serverUrl,
      environment: { ...environment, env: { PATCHBAY_API_KEY: 'from-env' } },
    });
    expect(fromEnv).toMatchObject({
      credentialSource: 'PATCHBAY_API_KEY',
      entry: { headers: { 'x-api-key': 'from-env' } },
    });
  });

  it('writes a VS Code input prompt instead of the key with promptSecret', async () => {
    const { environment } = await tempHome();
    const result = await applySetup({ client: 'vscode', url: serverUrl, name: 'pb', promptSecret: true, environment });
    expect(parseJson(await readFile(result.path, 'utf8'))).toEqual({
      servers: { pb: { type: 'http', url: serverUrl, headers: { 'x-api-key': `\${input:pb-api-key}` } } },
      inputs: [{ type: 'promptString', id: 'pb-api-key', description: 'Patchbay API key for pb', password: true }],
    });
    // No credential in it, so no need to hide it from other users.
    expect((await stat(result.path)).mode & 0o777).toBe(0o644);
    await removeSetup({ client: 'vscode', name: 'pb', environment });
    expect(parseJson(await readFile(result.path, 'utf8'))).toEqual({ servers: {}, inputs: [] });
  });

  it('writes project-scoped files under the project folder', async () => {
    const { home, environment } = await tempHome();
    const result = await applySetup({
      client: 'claude-code',
      scope: 'project',
      url: serverUrl,
      headers: { 'x-api-key': key },
      environment,
    });
    expect(result.path).toBe(path.join(home, 'project', '.mcp.json'));
  });
});

describe('planSetup (dry run)', () => {
  it('writes nothing and renders a diff with the secret masked', async () => {
    const { home, environment } = await tempHome();
    const original = `${JSON.stringify(cursorConfig, null, 2)}\n`;
    const file = await writeCursor(home, original);
    const before = await stat(file);
    const plan = await planSetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment });
    expect(plan.diff).toBe(
      [
        `--- ${file}`,
        `+++ ${file}`,
        '@@ -16,6 +16,12 @@',
        '       "headers": {',
        '         "Authorization": "****"',
        '       }',
        '+    },',
        '+    "patchbay-3f9c1a2b": {',
        `+      "url": "${serverUrl}",`,
        '+      "headers": {',
        '+        "x-api-key": "pb_l****"',
        '+      }',
        '     }',
        '   },',
        '   "unrelated": {',
        '',
      ].join('\n'),
    );
    expect(plan.diff).not.toContain(key);
    expect(await readFile(file, 'utf8')).toBe(original);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(path.dirname(file))).toEqual(['mcp.json']);
  });

  it('shows a new file as added from /dev/null and creates nothing', async () => {
    const { home, environment } = await tempHome();
    const plan = await planSetup({ client: 'gemini', url: serverUrl, headers: { 'x-api-key': key }, environment });
    expect(plan.diff.split('\n').slice(0, 3)).toEqual(['--- /dev/null', `+++ ${plan.path}`, '@@ -0,0 +1,10 @@']);
    expect(await readdir(home)).toEqual([]);
  });
});

describe('removeSetup', () => {
  it('removes one entry, keeps the rest, and reports an absent one', async () => {
    const { home, environment } = await tempHome();
    const file = await writeCursor(home, JSON.stringify(cursorConfig, null, 2));
    const result = await removeSetup({ client: 'cursor', name: 'remote', environment });
    expect(result).toMatchObject({ removed: true, path: file, backupPath: `${file}.bak` });
    expect(parseJson(await readFile(file, 'utf8'))).toEqual({
      ...cursorConfig,
      mcpServers: { github: cursorConfig.mcpServers.github },
    });
    expect((await removeSetup({ client: 'cursor', name: 'remote', environment })).removed).toBe(false);
    expect((await removeSetup({ client: 'windsurf', name: 'remote', environment })).removed).toBe(false);
  });
});

describe('edge cases', () => {
  it('a dry run on a read-only file fails the same way the real run would', async () => {
    const { home, environment } = await tempHome();
    const file = await writeCursor(home, '{}', 0o444);
    await expect(
      planSetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment }),
    ).rejects.toMatchObject({ slug: 'config_read_only' });
    expect(await readFile(file, 'utf8')).toBe('{}');
  });

  it('removing from a client that has no config creates nothing', async () => {
    const { home, environment } = await tempHome();
    expect((await removeSetup({ client: 'windsurf', name: 'patchbay', environment })).removed).toBe(false);
    expect(await readdir(home)).toEqual([]);
  });

  it('keeps the secret of a header other than x-api-key out of the Claude Desktop args too', async () => {
    const { environment } = await tempHome();
    const plan = await planSetup({
      client: 'claude',
      url: serverUrl,
      name: 'pb',
      headers: { Authorization: 'Bearer t0ken-with spaces' },
      environment,
    });
    expect(plan.entry).toEqual({
      command: 'npx',
      args: ['-y', 'mcp-remote', serverUrl, '--header', `Authorization:\${PATCHBAY_HEADER_AUTHORIZATION}`],
      env: { PATCHBAY_HEADER_AUTHORIZATION: 'Bearer t0ken-with spaces' },
    });
  });
});

describe('write failures', () => {
  it('names the file and what to check when its folder cannot be created', async () => {
    const { home, environment } = await tempHome();
    await writeFile(path.join(home, '.cursor'), 'a file where a folder should be');
    const file = path.join(home, '.cursor', 'mcp.json');
    await expect(
      applySetup({ client: 'cursor', url: serverUrl, headers: { 'x-api-key': key }, environment }),
    ).rejects.toMatchObject({
      slug: 'config_write_failed',
      message: expect.stringMatching(
        new RegExp(`^${file.replace(/[.]/g, '\\.')} could not be written \\((EEXIST|ENOTDIR)`),
      ),
      suggestedFix: `Check that ${path.dirname(file)} is a folder you can write to, then run again; the file was left untouched.`,
    });
    expect(await readFile(path.join(home, '.cursor'), 'utf8')).toBe('a file where a folder should be');
  });
});
