// The whole app (controller, effects, components) against a real server, with a fixed-size terminal.
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/components/app.js';
import { Controller } from '../../src/ui/controller.js';
import { sessionFor } from '../../src/ui/session.js';
import { fixedTerminal } from '../../src/ui/terminal.js';
import { startTestServer, type TestServer, waitFor } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const sdk = server.sdk();
  const names = Array.from({ length: 60 }, (_, i) => `Server ${String(i + 1).padStart(3, '0')}`);
  await Promise.all(names.map((name) => sdk.mcp.create(name, { toolkits: ['notes'] })));
}, 60_000);
afterAll(() => server?.stop());

describe('the app against a real server', () => {
  it('paints the first page, fetches the next as the cursor nears the end, and filters on the server', async () => {
    const terminal = fixedTerminal({ columns: 100, rows: 24 });
    const controller = new Controller({
      connect: async () => sessionFor(server.url, server.apiKey),
      terminal,
      url: server.url,
      refreshMs: 0,
      pageSize: 25,
    });
    const view = render(<App controller={controller} />);
    controller.start();
    try {
      const frame = () => stripVTControlCharacters(view.lastFrame() ?? '');
      await waitFor(() => frame().includes('Servers (25 of 60)'), frame);
      expect(frame()).toContain('project default');
      // Down to within a lookahead of the end of the first page: the second page arrives.
      for (let i = 0; i < 10; i++) controller.press({ input: 'j' });
      await waitFor(() => frame().includes('Servers (50 of 60)'), frame);
      controller.press({ input: '/' });
      for (const ch of '042') controller.press({ input: ch });
      await waitFor(() => frame().includes('Servers (1 of 1)') && frame().includes('Server 042'), frame);
      for (const ch of ' toolkit:files') controller.press({ input: ch });
      await waitFor(() => frame().includes('Servers (0 of 0)'), frame);
      controller.press({ input: '', escape: true });
      controller.press({ input: 'o' });
      await waitFor(
        () => /Servers \(25 of 60\)\s+by updated, oldest first/.test(frame()) && frame().includes('Server 001'),
        frame,
      );
    } finally {
      controller.stop();
      view.unmount();
    }
  });

  it('shows the unreachable screen, then connects when the server answers', async () => {
    let up = false;
    const controller = new Controller({
      connect: async () => sessionFor(up ? server.url : 'http://127.0.0.1:1', server.apiKey),
      terminal: fixedTerminal({ columns: 80, rows: 24 }),
      url: server.url,
      refreshMs: 0,
    });
    const view = render(<App controller={controller} />);
    controller.start();
    try {
      const frame = () => stripVTControlCharacters(view.lastFrame() ?? '');
      await waitFor(() => frame().includes('Cannot reach the Patchbay server'), frame);
      expect(frame()).toContain('patchbay serve');
      up = true;
      controller.press({ input: 'R' });
      await waitFor(() => frame().includes('● connected') && frame().includes('Servers ('), frame);
    } finally {
      controller.stop();
      view.unmount();
    }
  });
});
