import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiKey, runCli, serverUrl, tempDir } from './helpers.js';

const cursorFile = (home: string) => path.join(home, '.cursor', 'mcp.json');

describe('patchbay setup <url>', () => {
  it('writes the entry with the key from PATCHBAY_API_KEY and says what it did', async () => {
    const home = await tempDir();
    const run = await runCli(['setup', serverUrl, '--client', 'cursor'], { home, env: { PATCHBAY_API_KEY: apiKey } });
    expect(run).toEqual({
      code: 0,
      stdout: [
        `Created ${cursorFile(home)} (Cursor, user scope): entry "patchbay-3f9c1a2b" → ${serverUrl}`,
        'Credential: the API key from PATCHBAY_API_KEY.',
        'Restart Cursor (or reload its MCP servers) to pick it up.',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(JSON.parse(await readFile(cursorFile(home), 'utf8'))).toEqual({
      mcpServers: { 'patchbay-3f9c1a2b': { url: serverUrl, headers: { 'x-api-key': apiKey } } },
    });
    expect((await stat(cursorFile(home))).mode & 0o777).toBe(0o600);
  });

  it('takes --name and repeated --header, merges, and reports the backup', async () => {
    const home = await tempDir();
    await mkdir(path.join(home, '.gemini'));
    const settings = path.join(home, '.gemini', 'settings.json');
    await writeFile(settings, '{\n  "theme": "GitHub",\n  "mcpServers": {\n    "other": {"command": "x"}\n  }\n}\n');
    const run = await runCli(
      ['setup', serverUrl, '--client', 'gemini', '--name', 'work', '--header', 'x-api-key: k1', '-H', 'X-Team:blue'],
      { home },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Updated ${settings} (Gemini CLI, user scope): entry "work"`);
    expect(run.stdout).toContain(`Backup of the previous file: ${settings}.bak`);
    expect(run.stdout).toContain('Credential: the --header values given.');
    expect(JSON.parse(await readFile(settings, 'utf8'))).toEqual({
      theme: 'GitHub',
      mcpServers: {
        other: { command: 'x' },
        work: { httpUrl: serverUrl, headers: { 'x-api-key': 'k1', 'X-Team': 'blue' } },
      },
    });
  });

  it('uses the local server key file when no header is given', async () => {
    const home = await tempDir();
    await mkdir(path.join(home, '.patchbay'));
    await writeFile(path.join(home, '.patchbay', 'api-key'), `${apiKey}\n`, { mode: 0o600 });
    const run = await runCli(['setup', serverUrl, '--client', 'windsurf'], { home });
    expect(run.stdout).toContain(`Credential: the API key from ${path.join(home, '.patchbay', 'api-key')}.`);
    const file = path.join(home, '.codeium', 'windsurf', 'mcp_config.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      mcpServers: { 'patchbay-3f9c1a2b': { serverUrl, headers: { 'x-api-key': apiKey } } },
    });
  });

  it('fails (exit 1) without a key, naming what to do', async () => {
    const home = await tempDir();
    const run = await runCli(['setup', serverUrl, '--client', 'cursor'], { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `patchbay: No Patchbay API key: PATCHBAY_API_KEY is not set and ${path.join(home, '.patchbay', 'api-key')} does not exist. ` +
        'Pass --header x-api-key:<key>, set PATCHBAY_API_KEY, or start a local Patchbay server (it writes the key file).\n',
    );
    expect(await readdir(home)).toEqual([]);
  });

  it('writes project scope into the current folder and warns about the plain-text key', async () => {
    const home = await tempDir();
    const project = path.join(home, 'app');
    await mkdir(project);
    const run = await runCli(
      ['setup', serverUrl, '--client', 'claude-code', '--scope', 'project', '-H', 'x-api-key:k'],
      {
        home,
        cwd: project,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Warning: ${path.join(project, '.mcp.json')} now holds the credential in plain text`);
    expect(JSON.parse(await readFile(path.join(project, '.mcp.json'), 'utf8'))).toEqual({
      mcpServers: { 'patchbay-3f9c1a2b': { type: 'http', url: serverUrl, headers: { 'x-api-key': 'k' } } },
    });
  });

  it('--dry-run prints a diff, hides the key and writes nothing', async () => {
    const home = await tempDir();
    const run = await runCli(['setup', serverUrl, '--client', 'vscode', '--dry-run', '-H', `x-api-key:${apiKey}`], {
      home,
    });
    const file = path.join(home, '.config', 'Code', 'User', 'mcp.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `Dry run: would add "patchbay-3f9c1a2b" in ${file} (VS Code, user scope). Nothing was written.`,
        '--- /dev/null',
        `+++ ${file}`,
        '@@ -0,0 +1,11 @@',
        '+{',
        '+  "servers": {',
        '+    "patchbay-3f9c1a2b": {',
        '+      "type": "http",',
        `+      "url": "${serverUrl}",`,
        '+      "headers": {',
        '+        "x-api-key": "pb_l****"',
        '+      }',
        '+    }',
        '+  }',
        '+}',
        '',
      ].join('\n'),
    );
    expect(await readdir(home)).toEqual([]);
  });

  it('fails on a malformed file, leaving it untouched', async () => {
    const home = await tempDir();
    await mkdir(path.join(home, '.cursor'));
    const bad = '{\n  "mcpServers": {\n    "a": 1,\n  }\n}\n';
    await writeFile(cursorFile(home), bad);
    const before = await stat(cursorFile(home));
    const run = await runCli(['setup', serverUrl, '--client', 'cursor', '-H', 'x-api-key:k'], { home });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `patchbay: ${cursorFile(home)} is not valid JSON (line 4, column 3: trailing comma). Fix or move it, then run again; it was left untouched.\n`,
    });
    expect(await readFile(cursorFile(home), 'utf8')).toBe(bad);
    expect((await stat(cursorFile(home))).mtimeMs).toBe(before.mtimeMs);
  });

  it('fails on a read-only file, leaving it untouched', async () => {
    const home = await tempDir();
    await mkdir(path.join(home, '.cursor'));
    await writeFile(cursorFile(home), '{}');
    await chmod(cursorFile(home), 0o444);
    const run = await runCli(['setup', serverUrl, '--client', 'cursor', '-H', 'x-api-key:k'], { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `patchbay: ${cursorFile(home)} is read-only (mode 0444). Make it writable (chmod u+w "${cursorFile(home)}"), then run again; it was left untouched.\n`,
    );
    expect(await readFile(cursorFile(home), 'utf8')).toBe('{}');
  });
});

describe('patchbay setup --list', () => {
  it('shows each client, its config path, whether it is present and its Patchbay entries', async () => {
    const home = await tempDir();
    await mkdir(path.join(home, '.gemini'));
    await runCli(['setup', serverUrl, '--client', 'claude', '-H', 'x-api-key:k'], { home });
    await runCli(['setup', serverUrl, '--client', 'claude', '--name', 'patchbay', '-H', 'x-api-key:k'], { home });
    const run = await runCli(['setup', '--list'], { home, cwd: home });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CLIENT\s+SCOPE\s+PRESENT\s+PATCHBAY ENTRIES\s+CONFIG PATH$/);
    expect(lines).toHaveLength(12);
    const row = (client: string, scope: string) =>
      lines.find((line) => line.startsWith(`${client} `) && line.split(/\s+/)[1] === scope)?.split(/\s{2,}/);
    expect(row('claude', 'user')).toEqual([
      'claude',
      'user',
      'yes',
      'patchbay-3f9c1a2b, patchbay',
      path.join(home, '.config', 'Claude', 'claude_desktop_config.json'),
    ]);
    expect(row('gemini', 'user')).toEqual(['gemini', 'user', 'yes', '-', path.join(home, '.gemini', 'settings.json')]);
    expect(row('cursor', 'project')).toEqual(['cursor', 'project', 'no', '-', path.join(home, '.cursor', 'mcp.json')]);
  });
});

describe('patchbay setup remove', () => {
  it('removes one entry and keeps the others; an absent entry fails with the ones that exist', async () => {
    const home = await tempDir();
    await runCli(['setup', serverUrl, '--client', 'cursor', '-H', 'x-api-key:k'], { home });
    await runCli(['setup', serverUrl, '--client', 'cursor', '--name', 'second', '-H', 'x-api-key:k'], { home });
    const removed = await runCli(['setup', 'remove', '--client', 'cursor', '--name', 'patchbay-3f9c1a2b'], { home });
    expect(removed).toEqual({
      code: 0,
      stdout: `Removed "patchbay-3f9c1a2b" from ${cursorFile(home)} (Cursor, user scope).\nBackup of the previous file: ${cursorFile(home)}.bak\n`,
      stderr: '',
    });
    expect(JSON.parse(await readFile(cursorFile(home), 'utf8'))).toEqual({
      mcpServers: { second: { url: serverUrl, headers: { 'x-api-key': 'k' } } },
    });
    const again = await runCli(['setup', 'remove', '--client', 'cursor', '--name', 'patchbay-3f9c1a2b'], { home });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `No entry "patchbay-3f9c1a2b" in ${cursorFile(home)} (Cursor, user scope); nothing changed. Patchbay entries there: second.\n` +
        'Run "patchbay setup --list" to see the entries each client holds.\n',
    );
  });
});

describe('usage', () => {
  it.each([
    [
      ['setup', serverUrl],
      '--client is required (one of: claude, claude-code, cursor, windsurf, vscode, gemini, cline).',
    ],
    [
      ['setup', serverUrl, '--client', 'emacs'],
      'Unknown client "emacs"; use one of: claude, claude-code, cursor, windsurf, vscode, gemini, cline.',
    ],
    [['setup', '--client', 'cursor'], 'Missing the MCP URL to set up.'],
    [['setup', serverUrl, '--client', 'cursor', '--bogus'], "Unknown option '--bogus'."],
    [
      ['setup', serverUrl, '--client', 'cursor', '--scope', 'global'],
      '--scope must be "user" or "project", not "global".',
    ],
    [['setup', serverUrl, 'extra', '--client', 'cursor'], 'Unexpected argument "extra" after the URL.'],
    [['setup', 'remove', '--client', 'cursor'], 'remove needs --name <entry>.'],
    [['setup', '--list', '--client', 'cursor'], '--list takes no other options.'],
    [
      ['setup', 'not a url', '--client', 'cursor', '-H', 'a:b'],
      '"not a url" is not a URL. Pass the MCP URL of a Patchbay server, e.g. http://127.0.0.1:8787/v3/mcp/<id>.',
    ],
    [
      ['setup', serverUrl, '--client', 'cursor', '-H', 'novalue'],
      '--header "novalue" is not a header. Write it as Name:Value, e.g. --header x-api-key:pb_123.',
    ],
    [
      ['setup', serverUrl, '--client', 'windsurf', '--scope', 'project', '-H', 'a:b'],
      'Windsurf has no project-scoped config. Use --scope user (the default).',
    ],
    [
      ['setup', serverUrl, '--client', 'cursor', '--prompt-secret'],
      '--prompt-secret works only with --client vscode. Drop --prompt-secret for this client.',
    ],
  ])('%j exits 2', async (args, message) => {
    const home = await tempDir();
    const run = await runCli(args, { home });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `patchbay: ${message}\nRun "patchbay setup --help" for usage.\n`,
    });
    expect(await readdir(home)).toEqual([]);
  });

  it('exits 2 for an unknown command', async () => {
    const run = await runCli(['frobnicate'], { home: await tempDir() });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'patchbay: Unknown command "frobnicate".\nRun "patchbay --help" for usage.\n',
    });
  });

  it('prints help for --help, setup --help and no arguments', async () => {
    const home = await tempDir();
    const main = await runCli(['--help'], { home });
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('patchbay setup <url> --client <client> [options]');
    expect((await runCli([], { home })).stdout).toBe(main.stdout);
    const setup = await runCli(['setup', '--help'], { home });
    expect(setup.code).toBe(0);
    expect(setup.stdout).toContain('--header Name:Value');
    expect(setup.stdout).toContain('Exit codes: 0 done, 1 failed (the message says what to do), 2 wrong usage.');
    expect((await runCli(['--version'], { home })).stdout).toBe('0.1.0\n');
  });
});
