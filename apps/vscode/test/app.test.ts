import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@patchbay/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatchbayApp } from '../src/app.js';
import { commandMap } from '../src/commands.js';
import type { TreeNode } from '../src/tree.js';
import { accept, choose, confirm, FakeHost, pressEscape, tick, type } from './support/fake-host.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

/** An app connected to the test server through "Connect to Server", which finds it in its data dir. */
async function connectedApp(): Promise<{ host: FakeHost; app: PatchbayApp }> {
  const host = new FakeHost();
  const app = new PatchbayApp(host, { env: { PATCHBAY_DATA_DIR: server.dataDir } });
  host.answer(accept);
  await app.connect();
  return { host, app };
}

async function createNotesServer(name: string): Promise<string> {
  const created = await server.sdk.mcp.create(name, { toolkits: ['notes'], manuallyManageConnections: true });
  return created.id;
}

describe('connecting', () => {
  it('Connect to Server finds the local server and its key, and the view leaves its welcome', async () => {
    const host = new FakeHost();
    const app = new PatchbayApp(host, { env: { PATCHBAY_DATA_DIR: server.dataDir } });
    await app.start();
    expect(host.contexts.get('patchbay.connected')).toBe(false);
    expect(await app.tree.children()).toEqual([]);

    host.answer(accept);
    await app.connect();
    const prompt = host.prompts[0];
    expect(prompt?.kind === 'input' && prompt.options.value).toBe(server.url);
    expect(prompt?.kind === 'input' && prompt.options.prompt).toContain('server.json');
    expect(host.secretValues.get('patchbay.apiKey')).toBe(server.apiKey);
    expect(host.contexts.get('patchbay.connected')).toBe(true);
    expect(host.messages.at(-1)).toMatchObject({ level: 'info', message: `Patchbay: connected to ${server.url}.` });
  });

  it("a wrong key fails with the server's message and a Set API Key button; Set API Key (password input) fixes it", async () => {
    const host = new FakeHost();
    host.settingValues.serverUrl = server.url;
    const app = new PatchbayApp(host, { env: {} });
    const commands = commandMap(app);
    host.answer(type('pb_wrong'));
    await commands['patchbay.setApiKey']();
    const failure = host.messages.find((m) => m.level === 'error');
    expect(failure?.message).toMatch(/^Patchbay could not use that API key: /);
    expect(failure?.actions).toContain('Set API Key');
    expect(failure?.actions).toContain('Open Logs');
    expect(host.logLines.some((l) => l.startsWith('error Patchbay could not use that API key'))).toBe(true);

    host.onMessage = (m) => (m.level === 'error' ? 'Set API Key' : undefined);
    host.answer(type(server.apiKey));
    // The notification's button runs Set API Key itself.
    await commands['patchbay.refresh']();
    host.onMessage = () => undefined;
    host.answer((p) => {
      expect(p.kind === 'input' && p.options.password).toBe(true);
      return server.apiKey;
    });
    await commands['patchbay.setApiKey']();
    expect(host.contexts.get('patchbay.connected')).toBe(true);
  });

  it('an unreachable server offers Start Server, which runs the configured command', async () => {
    const host = new FakeHost();
    host.settingValues.serverUrl = 'http://127.0.0.1:9';
    const app = new PatchbayApp(host, { env: {} });
    await host.secrets.store('patchbay.apiKey', 'pb_x');
    host.onMessage = (m) => (m.level === 'error' ? 'Start Server' : undefined);
    await commandMap(app)['patchbay.openServer']();
    expect(host.messages.find((m) => m.level === 'error')?.actions).toEqual(
      expect.arrayContaining(['Start Server', 'Connect to Server', 'Open Logs']),
    );
    // The button's action runs after the notification resolves, not before the command returns.
    await expect.poll(() => host.terminals).toEqual(['npm start']);
  });

  it('Escape ends a command quietly', async () => {
    const { host, app } = await connectedApp();
    host.answer(pressEscape);
    await commandMap(app)['patchbay.createServer']();
    expect(host.messages.filter((m) => m.level === 'error')).toEqual([]);
  });
});

describe('servers', () => {
  it('Create MCP Server: name, toolkits from the catalog, allowed tools, connection mode, in four steps', async () => {
    const { host, app } = await connectedApp();
    host.answer(
      type('Notes from VS Code'),
      tick('notes'),
      tick('NOTES_SET', 'NOTES_GET'),
      choose('I connect accounts myself'),
    );
    await commandMap(app)['patchbay.createServer']();
    expect(host.messages.filter((m) => m.level === 'error')).toEqual([]);
    const steps = host.prompts.slice(1);
    expect(steps.map((p) => (p.kind === 'confirm' ? 0 : p.options.step))).toEqual([1, 2, 3, 4]);
    const catalog = steps[1];
    expect(catalog?.kind === 'pickMany' && catalog.items.map((i) => i.description)).toEqual(
      expect.arrayContaining(['notes', 'http', 'files']),
    );

    const [created] = (await server.sdk.mcp.list({ name: 'Notes from VS Code' })).items;
    expect(created).toMatchObject({
      toolkits: ['notes'],
      allowedTools: expect.arrayContaining(['NOTES_SET', 'NOTES_GET']),
      manuallyManageConnections: true,
    });
    expect(created?.allowedTools).toHaveLength(2);
    expect(host.messages.at(-1)?.message).toBe('Created the MCP server "Notes from VS Code".');
    expect(host.treeRefreshes).toBeGreaterThan(0);
  });

  it("a name the server would refuse is refused in the input box (core's schema)", async () => {
    const { host, app } = await connectedApp();
    host.answer(type('abc'));
    await commandMap(app)['patchbay.createServer']();
    expect(host.messages.find((m) => m.level === 'error')?.message).toContain('must be 4-30 characters');
  });

  it('Edit Server changes the name; Open Server shows it in an editor tab', async () => {
    const id = await createNotesServer('Before edit');
    const { host, app } = await connectedApp();
    host.answer(choose('Before edit'), choose('Name'), type('After edit'));
    await commandMap(app)['patchbay.editServer']();
    expect((await server.sdk.mcp.get(id)).name).toBe('After edit');

    host.answer(choose('After edit'));
    await commandMap(app)['patchbay.openServer']();
    const shown = JSON.parse(host.documents.at(-1)?.content ?? '{}');
    expect(shown).toMatchObject({ id, name: 'After edit', toolkits: ['notes'] });
  });

  it('Delete Server asks in a modal naming the server; No keeps it, Delete deletes it and its VS Code entries', async () => {
    const id = await createNotesServer('Doomed server');
    const { host, app } = await connectedApp();
    const commands = commandMap(app);
    const node = (await app.tree.children()).find((n) => n.kind === 'server' && n.server.id === id);
    host.answer(type('dora'));
    await commands['patchbay.addServerToVsCode'](node);
    expect(app.registry.list().map((e) => e.serverId)).toContain(id);

    host.answer(confirm(false));
    await commands['patchbay.deleteServer'](node);
    const asked = host.prompts.at(-1);
    expect(asked?.kind === 'confirm' && asked.message).toBe('Delete the MCP server "Doomed server"?');
    expect((await server.sdk.mcp.get(id)).id).toBe(id);

    host.answer(confirm(true));
    await commands['patchbay.deleteServer'](node);
    await expect(server.sdk.mcp.get(id)).rejects.toMatchObject({ status: 404 });
    expect(app.registry.list().map((e) => e.serverId)).not.toContain(id);
    expect([...host.secretValues.keys()].filter((k) => k.includes(id))).toEqual([]);
  });
});

describe('the view', () => {
  it('servers → toolkits → tools and users, one page at a time with Load more', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push(await createNotesServer(`Paged server ${n}`));
    const { host, app } = await connectedApp();
    host.settingValues.pageSize = 2;
    app.tree.reset();
    const first = await app.tree.children();
    expect(first.map((n) => n.kind)).toEqual(['server', 'server', 'loadMore']);
    const loadMore = first[2] as TreeNode;
    expect(app.tree.view(loadMore)).toMatchObject({ label: 'Load more…', command: { command: 'patchbay.loadMore' } });

    const total = (await server.sdk.mcp.list({ limit: 100 })).items.length;
    const seen = new Set<string>();
    let nodes = first;
    for (let i = 0; i < 50 && nodes.at(-1)?.kind === 'loadMore'; i++) {
      const before = host.treeRefreshes;
      await commandMap(app)['patchbay.loadMore'](nodes.at(-1));
      expect(host.treeRefreshes).toBe(before + 1);
      nodes = await app.tree.children();
    }
    for (const n of nodes) if (n.kind === 'server') seen.add(n.server.id);
    expect(seen.size).toBe(total);
    for (const id of ids) expect(seen.has(id)).toBe(true);

    const node = nodes.find((n) => n.kind === 'server' && n.server.id === ids[0]) as TreeNode;
    expect(app.tree.view(node)).toMatchObject({
      label: 'Paged server 1',
      contextValue: 'server',
      collapsible: 'collapsed',
    });
    const [toolkits, users] = await app.tree.children(node);
    expect(toolkits?.kind).toBe('toolkits');
    const [notes] = await app.tree.children(toolkits);
    expect(notes && app.tree.view(notes)).toMatchObject({ label: 'notes', contextValue: 'toolkit' });
    const tools = await app.tree.children(notes);
    expect(tools.filter((t) => t.kind === 'tool').length).toBe(2);
    expect(tools.at(-1)?.kind).toBe('loadMore');
    expect(await app.tree.children(users)).toEqual([{ kind: 'message', text: 'No users yet', error: false }]);

    await server.sdk.mcp.generate('uma', ids[0] ?? '');
    app.tree.reset();
    const [userNode] = await app.tree.children(users);
    expect(userNode && app.tree.view(userNode)).toMatchObject({ label: 'uma', contextValue: 'user' });
  });

  it('a failing list shows an error item that opens the logs', async () => {
    const host = new FakeHost();
    host.settingValues.serverUrl = server.url;
    await host.secrets.store('patchbay.apiKey', 'pb_not_a_key');
    const app = new PatchbayApp(host, { env: {} });
    const [item] = await app.tree.children();
    expect(item?.kind).toBe('message');
    expect(item && app.tree.view(item)).toMatchObject({ icon: 'error', command: { command: 'patchbay.showLogs' } });
  });
});

describe("users' URLs and VS Code's MCP servers", () => {
  it('Generate User URL copies the URL and the scoped header', async () => {
    const id = await createNotesServer('URL server');
    const { host, app } = await connectedApp();
    host.answer(choose('URL server'), type('vera'));
    await commandMap(app)['patchbay.generateUserUrl']();
    const [url, header] = host.clipboardText.split('\n');
    expect(url).toContain(`/v3/mcp/${id}`);
    expect(header).toMatch(/^Authorization: Bearer pbt_/);
    expect(host.messages.at(-1)?.actions).toEqual(['Add to VS Code', 'Write .vscode/mcp.json', 'Copy Setup Command']);
    expect((await server.sdk.mcp.instances.list(id)).items.map((u) => u.userId)).toEqual(['vera']);
  });

  it("Copy Setup Command copies the server's own command for that client, holding the user's token", async () => {
    const id = await createNotesServer('Setup server');
    const { host, app } = await connectedApp();
    host.onMessage = (message) => (message.actions.includes('Copy Setup Command') ? 'Copy Setup Command' : undefined);
    host.answer(choose('Setup server'), type('sam'), choose('claude-code'));
    await commandMap(app)['patchbay.generateUserUrl']();
    expect(host.clipboardText).toMatch(/^claude mcp add --scope user --transport http /);
    expect(host.clipboardText).toContain(`/v3/mcp/${id}?user_id=sam`);
    expect(host.clipboardText).toMatch(/--header 'Authorization: Bearer pbt_/);
  });

  it('Add Server to VS Code lists a definition without secrets; resolving it yields a token that works', async () => {
    const id = await createNotesServer('Agent server');
    const { host, app } = await connectedApp();
    await server.sdk.mcp.generate('walt', id);
    const serverNode = (await app.tree.children()).find((n) => n.kind === 'server' && n.server.id === id) as TreeNode;
    const [, usersNode] = await app.tree.children(serverNode);
    const [walt] = await app.tree.children(usersNode);
    const changes = host.mcpChanges;
    await commandMap(app)['patchbay.addServerToVsCode'](walt);
    expect(host.mcpChanges).toBe(changes + 1);

    const definition = app.registry.definitions().find((d) => d.label === 'Agent server (walt)');
    expect(definition?.url).toContain(`/v3/mcp/${id}`);
    expect(JSON.stringify(app.registry.definitions())).not.toContain('pbt_');
    const headers = await app.resolveMcpHeaders('Agent server (walt)');
    expect(headers?.Authorization).toMatch(/^Bearer pbt_/);

    const client = await connect(definition?.url ?? '', headers ?? {});
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('NOTES_SET');
    await client.close();

    // SecretStorage lost the token: a fresh one is made when VS Code starts the server.
    for (const key of [...host.secretValues.keys()])
      if (key.startsWith('patchbay.mcpHeaders/')) host.secretValues.delete(key);
    expect((await app.resolveMcpHeaders('Agent server (walt)'))?.Authorization).toMatch(/^Bearer pbt_/);

    host.answer(choose('Agent server (walt)'));
    await commandMap(app)['patchbay.removeServerFromVsCode']();
    expect(app.registry.definitions().map((d) => d.label)).not.toContain('Agent server (walt)');
    expect(await app.resolveMcpHeaders('Agent server (walt)')).toBeUndefined();
  });

  it('Write Server to .vscode/mcp.json: an entry that asks for the token (inputs), never holding it', async () => {
    await createNotesServer('Json server');
    const { host, app } = await connectedApp();
    const folder = await mkdtemp(join(tmpdir(), 'patchbay-vscode-folder-'));
    try {
      host.folder = folder;
      host.onMessage = (m) => (m.message.startsWith('Wrote') ? 'Copy Token' : undefined);
      host.answer(choose('Json server'), type('xena'));
      await commandMap(app)['patchbay.writeMcpJson']();
      expect(host.messages.filter((m) => m.level === 'error')).toEqual([]);
      const text = await readFile(join(folder, '.vscode', 'mcp.json'), 'utf8');
      const written = JSON.parse(text);
      const [name, entry] = Object.entries(written.servers)[0] as [string, { url: string; headers: object }];
      expect(entry.url).toContain('/v3/mcp/');
      expect(JSON.stringify(entry.headers)).toContain('${input:');
      expect(written.inputs[0]).toMatchObject({ type: 'promptString', password: true, id: `${name}-api-key` });
      expect(text).not.toContain('pbt_');
      expect(host.clipboardText).toMatch(/^pbt_/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('tools and accounts', () => {
  it('Try a Tool asks for the arguments its input schema names and shows the result in an editor tab', async () => {
    await createNotesServer('Tool server');
    const { host, app } = await connectedApp();
    host.answer(choose('Tool server'), choose('NOTES_SET'), type('yuri'));
    // Then one prompt per argument of NOTES_SET, whatever they are called: answer the required ones.
    const tool = await server.sdk.tools.get('NOTES_SET');
    const properties = Object.keys((tool.inputParameters.properties ?? {}) as object);
    expect(properties.length).toBeGreaterThan(0);
    for (const _ of properties)
      host.answer((p) => (p.kind === 'input' ? (p.options.title.includes('optional') ? '' : 'lisbon') : undefined));
    await commandMap(app)['patchbay.tryTool']();
    expect(host.messages.filter((m) => m.level === 'error')).toEqual([]);
    const result = JSON.parse(host.documents.at(-1)?.content ?? '{}');
    expect(result).toMatchObject({ tool: 'NOTES_SET', userId: 'yuri', successful: true });

    await commandMap(app)['patchbay.showToolCalls']();
    const log = host.documents.at(-1);
    expect(log?.language).toBe('markdown');
    expect(log?.content).toContain('| NOTES_SET | yuri | success');
  });

  it('Connect Account with a key-style scheme asks for the key (hidden) and is ACTIVE at once', async () => {
    const config = await server.sdk.authConfigs.create('github', {
      type: 'use_custom_auth',
      authScheme: 'BEARER_TOKEN',
    });
    const { host, app } = await connectedApp();
    host.answer(
      type('GitHub helper'),
      tick('github'),
      (p) => (p.kind === 'pickMany' ? p.items.slice(0, 1).map((i) => i.value) : undefined),
      choose('I connect accounts myself'),
    );
    await commandMap(app)['patchbay.createServer']();
    const [created] = (await server.sdk.mcp.list({ name: 'GitHub helper' })).items;
    expect(created?.authConfigIds).toEqual([config.id]);

    host.answer(choose('GitHub helper'), type('zoe'), (p) => {
      expect(p.kind === 'input' && p.options.password).toBe(true);
      return 'ghp_example';
    });
    await commandMap(app)['patchbay.connectAccount']();
    expect(host.messages.filter((m) => m.level === 'error')).toEqual([]);
    expect(host.messages.at(-1)?.message).toContain('for "zoe" (ACTIVE)');
    const accounts = await server.sdk.connectedAccounts.list({ userIds: ['zoe'] });
    expect(accounts.items.map((a) => a.status)).toEqual(['ACTIVE']);
  });

  it('Connect Account with OAuth opens the link and waits in a cancellable progress notification', async () => {
    const config = await server.sdk.authConfigs.create('github', {
      type: 'use_custom_auth',
      authScheme: 'OAUTH2',
      credentials: { client_id: 'client-1', client_secret: 'secret-1' },
    });
    const created = await server.sdk.mcp.create('OAuth helper', {
      toolkits: [{ toolkit: 'github', authConfigId: config.id }],
      manuallyManageConnections: true,
    });
    const { host, app } = await connectedApp();
    host.onProgress = (_title, controller) => setTimeout(() => controller.abort(), 300);
    host.answer(choose('OAuth helper'), type('olga'));
    await commandMap(app)['patchbay.connectAccount']();
    expect(host.opened).toHaveLength(1);
    expect(host.progress[0]).toBe('Connecting GitHub for "olga"…');
    expect(host.messages.filter((m) => m.level === 'error')).toEqual([]);

    // Not cancelled: an account that fails ends the wait with an error.
    host.onProgress = () => {};
    host.answer(choose('OAuth helper'), type('olga'));
    const running = commandMap(app)['patchbay.connectAccount']();
    // Wait until this attempt's account exists (the cancelled attempt's is the first), then fail both.
    const initiated = async () =>
      (await server.sdk.connectedAccounts.list({ userIds: ['olga'], statuses: ['INITIATED'] })).items.length;
    await expect.poll(initiated, { timeout: 5_000, interval: 100 }).toBe(2);
    for (const a of (await server.sdk.connectedAccounts.list({ userIds: ['olga'] })).items) {
      await server.sdk.connectedAccounts.disable(a.id);
    }
    await running;
    expect(created.id).toBeTruthy();
    expect(host.messages.find((m) => m.level === 'error')?.message).toContain('INACTIVE');
  });
});
