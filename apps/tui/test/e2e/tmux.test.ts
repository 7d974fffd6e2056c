// End to end in a real terminal: the built `patchbay` in tmux against a real server on a real port, driven by
// send-keys and checked with capture-pane at each step, at 80×24 and at 200×60.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from '../helpers.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureTmux, Pane } from '../support/tmux.js';

const tmux = ensureTmux();

let server: TestServer;
let home: string;
beforeAll(async () => {
  if (tmux === undefined) return;
  server = await startTestServer();
  home = await mkdtemp(join(tmpdir(), 'patchbay-e2e-home-'));
}, 60_000);
afterAll(async () => {
  await server?.stop();
  if (home !== undefined) await rm(home, { recursive: true, force: true });
});

/** The UI as a person starts it: the configured server from PATCHBAY_*, CI's variable gone as in a real terminal. */
function command(): string {
  const env = `HOME=${home} PATCHBAY_BASE_URL=${server.url} PATCHBAY_API_KEY=${server.apiKey}`;
  return `env -u CI -u CONTINUOUS_INTEGRATION ${env} ${cliPath}; echo "EXITED $?"; sleep 600`;
}

function restored(pane: Pane): void {
  expect(pane.show('#{alternate_on}')).toBe('0');
  expect(pane.show('#{cursor_flag}')).toBe('1');
}

function fits(screen: string, columns: number, rows: number): void {
  const lines = screen.replace(/\n$/, '').split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
}

const sizes: Array<[number, number, number, number]> = [
  // columns, rows, and the size the pane is resized to mid-way
  [80, 24, 120, 40],
  [200, 60, 100, 30],
];

describe.skipIf(tmux === undefined)('patchbay in a real terminal', () => {
  for (const [columns, rows, midColumns, midRows] of sizes) {
    it(`creates, edits, toggles, generates, tries, tails and deletes at ${columns}×${rows}`, async () => {
      const pane = new Pane(tmux ?? 'tmux');
      const name = `E2E ${columns}x${rows}`;
      // The list filtered down to it, with no reload still on its way.
      const filtered = new RegExp(`Servers \\(1 of 1\\)  filter: ${name}\\s*\\n`);
      try {
        pane.start(columns, rows, command());
        fits(await pane.waitFor('● connected', 'Servers ('), columns, rows);

        // Create a server from the form.
        pane.keys('c');
        await pane.waitFor('New server', 'Name *');
        pane.type(name);
        pane.keys('Tab');
        pane.type('notes');
        pane.keys('C-s');
        await pane.waitFor(`Created server "${name}"`, name);
        pane.keys('/');
        pane.type(name);
        pane.keys('Enter');
        await pane.waitFor(filtered);

        // Open it; add a toolkit with the edit form.
        pane.keys('Enter');
        await pane.waitFor('[x] NOTES_SET', '[x] NOTES_GET');
        pane.keys('e');
        await pane.waitFor('Edit server');
        pane.keys('Tab');
        pane.type(', files');
        pane.keys('C-s');
        await pane.waitFor(`Saved server "${name}"`, '[x] FILES_');

        // Toggle a tool off and save.
        pane.keys('g', 'j', 'Space');
        await pane.waitFor('[ ] NOTES_GET', 'unsaved');
        pane.keys('s');
        await pane.waitFor(`Saved: "${name}" now allows 9 tools.`);
        expect((await server.sdk().mcp.iterate({ name }).toArray())[0]?.allowedTools).not.toContain('NOTES_GET');

        // A user's URL and scoped token, copied (OSC 52 lands in tmux's buffer).
        pane.keys('Tab', 'u');
        await pane.waitFor('URL for user:');
        pane.type('ada');
        pane.keys('Enter');
        const withUrl = await pane.waitFor('URL for ada:', 'Authorization: Bearer pbt_');
        fits(withUrl, columns, rows);
        pane.keys('y');
        await pane.waitFor('Copied the URL and header');
        expect(pane.buffer()).toMatch(/user_id=ada[\s\S]*Authorization: Bearer pbt_/);

        // Try a tool: its form, the call through the MCP endpoint with ada's token, the result.
        pane.keys('Tab', 'g', 't');
        await pane.waitFor('Try NOTES_SET', 'As user *');
        pane.keys('Tab');
        pane.type('city');
        pane.keys('Tab');
        pane.type('Lisbon');
        pane.keys('C-s');
        await pane.waitFor('Result', '"key": "city"');

        // Resize mid-way: the frame follows, still whole.
        pane.resize(midColumns, midRows);
        fits(await pane.waitFor('Try NOTES_SET', '"key": "city"', '<esc> cancel'), midColumns, midRows);
        pane.resize(columns, rows);
        fits(await pane.waitFor('Try NOTES_SET', '<esc> cancel'), columns, rows);

        // The call in the live log, then one made elsewhere arriving while it follows.
        pane.keys('Escape');
        await pane.waitFor('[ ] NOTES_GET');
        pane.keys(':');
        pane.type('calls');
        pane.keys('Enter');
        await pane.waitFor('follow: on', /NOTES_SET\s+ada\s+success/);
        const sdk = server.sdk();
        const target = (await sdk.mcp.iterate({ name }).toArray())[0];
        if (target === undefined) throw new Error('server gone');
        const client = await sdk.mcp.connect(await sdk.mcp.generate('bob', target.id));
        await client.callTool({ name: 'NOTES_LIST', arguments: {} });
        await client.close();
        await pane.waitFor(/NOTES_LIST\s+bob\s+success/);

        // Every server's users: ada and bob on this one.
        pane.keys(':');
        pane.type('users');
        pane.keys('Enter');
        await pane.waitFor('Users (', new RegExp(`ada\\s+${name}`), new RegExp(`bob\\s+${name}`));

        // Delete it, confirming; the confirm names it.
        pane.keys(':');
        pane.type('servers');
        pane.keys('Enter');
        await pane.waitFor('Servers (');
        pane.keys('/');
        pane.type(name);
        pane.keys('Enter');
        await pane.waitFor(filtered);
        pane.keys('d');
        await pane.waitFor(`Delete server "${name}"`, 'y: yes');
        pane.keys('y');
        await pane.waitFor(`Deleted server "${name}".`, /Servers \(0 of 0\)/);

        // Quit: the terminal is as it was.
        pane.keys('q');
        await pane.waitFor('EXITED 0');
        restored(pane);
      } finally {
        pane.kill();
      }
    }, 120_000);
  }

  it('restores the terminal on Ctrl-C and on SIGTERM', async () => {
    const pane = new Pane(tmux ?? 'tmux');
    try {
      pane.start(80, 24, command());
      await pane.waitFor('● connected');
      expect(pane.show('#{alternate_on}')).toBe('1');
      pane.keys('C-c');
      await pane.waitFor('EXITED 0');
      restored(pane);
    } finally {
      pane.kill();
    }
    const again = new Pane(tmux ?? 'tmux');
    try {
      again.start(80, 24, command());
      await again.waitFor('● connected');
      const shell = again.show('#{pane_pid}');
      const node = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim().split(/\s+/)[0];
      if (node === undefined || node === '') throw new Error('no patchbay process under the pane');
      process.kill(Number(node), 'SIGTERM');
      await again.waitFor('EXITED 143');
      restored(again);
    } finally {
      again.kill();
    }
  }, 60_000);
});
