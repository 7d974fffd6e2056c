// The whole app (controller, effects, components) against a real server, with a fixed-size terminal.
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/components/app.js';
import { Controller, type ControllerOptions } from '../../src/ui/controller.js';
import { sessionFor } from '../../src/ui/session.js';
import { fixedTerminal } from '../../src/ui/terminal.js';
import { startTestServer, type TestServer, waitFor } from '../support/server.js';

let server: TestServer;

/** The app on the test server in a fixed-size terminal; `frame()` is its last frame as text. */
function openApp(options: Partial<ControllerOptions> & { columns?: number } = {}) {
  const { columns = 100, ...rest } = options;
  const controller = new Controller({
    connect: async () => sessionFor(server.url, server.apiKey),
    terminal: fixedTerminal({ columns, rows: 24 }),
    url: server.url,
    refreshMs: 0,
    ...rest,
  });
  const view = render(<App controller={controller} />);
  controller.start();
  const frame = () => stripVTControlCharacters(view.lastFrame() ?? '');
  const close = () => {
    controller.stop();
    view.unmount();
  };
  return { controller, frame, close };
}
beforeAll(async () => {
  server = await startTestServer();
  const sdk = server.sdk();
  const names = Array.from({ length: 60 }, (_, i) => `Server ${String(i + 1).padStart(3, '0')}`);
  // Server 001 first and alone, so that it is the oldest for "oldest first"; the other 59 at once, in any order.
  const [first = '', ...rest] = names;
  await sdk.mcp.create(first, { toolkits: ['notes'] });
  await Promise.all(rest.map((name) => sdk.mcp.create(name, { toolkits: ['notes'] })));
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

  it('G fetches every page to the real last row; past the refetch limit the timer refreshes the rows on screen', async () => {
    const { controller, frame, close } = openApp({ refreshMs: 50, pageSize: 10, maxAutoRefetch: 30 });
    try {
      const list = () => {
        const screen = controller.getState().stack[0];
        return screen?.kind === 'servers' ? screen.list : undefined;
      };
      await waitFor(() => frame().includes('Servers (10 of 60)'), frame);
      controller.press({ input: 'G' });
      await waitFor(() => list()?.done === true && list()?.cursor === 59, frame);
      expect(list()?.items).toHaveLength(60);
      await waitFor(() => frame().includes('Servers (60 of 60)'), frame);
      // 60 rows fetched, more than 30: the timer fetches again only the pages around the cursor, put back in place.
      const last = list()?.items[59];
      if (last === undefined) throw new Error('no last row');
      const sdk = server.sdk();
      // Renaming moves it to the top of "updated, newest first"; the window at the bottom then shows what is there now.
      await sdk.mcp.update(last.id, { name: 'Renamed at bottom' });
      await waitFor(() => list()?.items[0]?.name !== 'Renamed at bottom' && list()?.items[59]?.id !== last.id, frame);
      expect(list()?.items).toHaveLength(60);
      expect(list()?.cursor).toBe(59);
      await sdk.mcp.update(last.id, { name: last.name });
    } finally {
      close();
    }
  });

  it(':users lists every server’s users across servers; enter opens the server, d removes the user', async () => {
    const sdk = server.sdk();
    const [first, second] = (await sdk.mcp.list({ limit: 2 })).items;
    if (first === undefined || second === undefined) throw new Error('no servers');
    await sdk.mcp.generate('ada', first.id);
    await sdk.mcp.generate('bob', second.id);
    const { controller, frame, close } = openApp({ columns: 120 });
    try {
      await waitFor(() => frame().includes('Servers ('), frame);
      controller.press({ input: ':' });
      for (const ch of 'users') controller.press({ input: ch });
      controller.press({ input: '', return: true });
      await waitFor(() => frame().includes('Users (2)'), frame);
      expect(frame()).toMatch(new RegExp(`ada\\s+${first.name}`));
      expect(frame()).toMatch(new RegExp(`bob\\s+${second.name}`));
      controller.press({ input: '/' });
      for (const ch of 'bo') controller.press({ input: ch });
      await waitFor(() => frame().includes('Users (1)') && !frame().includes('ada'), frame);
      controller.press({ input: '', return: true });
      controller.press({ input: '', return: true });
      await waitFor(() => frame().includes(`Users › ${second.name}`) && frame().includes('bob'), frame);
      controller.press({ input: '', escape: true });
      await waitFor(() => frame().includes('Users (1)'), frame);
      controller.press({ input: 'd' });
      await waitFor(() => frame().includes(`Remove user "bob" from "${second.name}"`), frame);
      controller.press({ input: 'y' });
      await waitFor(() => frame().includes('Users (0)'), frame);
      expect((await sdk.mcp.instances.list(second.id)).items).toEqual([]);
    } finally {
      close();
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
