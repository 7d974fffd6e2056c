import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@patchbay/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { type CodeServer, startCodeServer } from './code-server.js';
import { type Recorded, startRecordingProxy } from './recording-proxy.js';
import { Workbench } from './workbench.js';

const results = join(import.meta.dirname, '..', '..', 'test-results', 'e2e');
const vsix = join(import.meta.dirname, '..', '..', 'dist', 'patchbay.vsix');
const user = 'vscode-e2e';
const serverName = 'E2E notes';

let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let patchbay: TestServer;
let dir: string;
let codeServer: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;
let workbench: Workbench;

beforeAll(async () => {
  await rm(results, { recursive: true, force: true });
  // The server's public URL is a recording proxy in front of it: the MCP URLs it hands out lead there.
  let target = '';
  proxy = await startRecordingProxy(() => target);
  patchbay = await startTestServer({ publicUrl: proxy.url });
  target = patchbay.url;
  dir = await mkdtemp(join(tmpdir(), 'patchbay-vscode-e2e-'));
  codeServer = await startCodeServer({
    dir,
    vsix,
    settings: {
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'patchbay.serverUrl': patchbay.url,
    },
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: codeServer.url });
  page = await context.newPage();
  workbench = new Workbench(page);
});

afterAll(async () => {
  await browser?.close();
  await codeServer?.stop();
  await patchbay?.stop();
  await proxy?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** One step of the walk; when it fails, a screenshot and code-server's output land in test-results/e2e/. */
async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    await mkdir(results, { recursive: true });
    const file = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: join(results, `${file}.png`) }).catch(() => {});
    await writeFile(join(results, 'code-server.log'), codeServer?.output() ?? '').catch(() => {});
    throw new Error(`step "${name}" failed (screenshot: test-results/e2e/${file}.png): ${String(error)}`, {
      cause: error,
    });
  }
}

async function until(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('from the palette to VS Code starting the server with the user token', async () => {
  await step('open the workbench', async () => {
    await page.goto(codeServer?.url ?? '');
    await workbench.ready();
  });

  await step('the Patchbay view welcomes with Connect', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Patchbay"]').first().click();
    await page.getByText('Not connected to a Patchbay server.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Connect to Server' }).first().waitFor();
  });

  await step('Set API Key from the palette', async () => {
    await workbench.command('Patchbay: Set API Key');
    await workbench.prompt('The project API key');
    expect(await workbench.quickInput.locator('input[type=password]').count()).toBe(1);
    await workbench.type(patchbay.apiKey);
    await workbench.notification(`connected to ${patchbay.url}`).waitFor({ timeout: 30_000 });
  });

  await step('Create MCP Server in four steps', async () => {
    await workbench.command('Patchbay: Create MCP Server');
    await workbench.prompt('A name for the MCP server');
    await workbench.type(serverName);
    await workbench.prompt('Toolkits to bundle');
    await workbench.tick('Notes');
    await workbench.accept();
    await workbench.prompt('Allowed tools');
    await workbench.accept();
    await workbench.prompt('How do users connect');
    await workbench.choose('I connect accounts myself');
    await workbench.notification(`Created the MCP server "${serverName}"`).waitFor({ timeout: 30_000 });
  });
  const [created] = (await patchbay.sdk.mcp.list({ name: serverName })).items;
  expect(created).toMatchObject({ toolkits: ['notes'], manuallyManageConnections: true });
  const serverId = created?.id ?? '';

  await step('the server is in the tree', async () => {
    await page.locator('.monaco-list-row', { hasText: serverName }).first().waitFor({ timeout: 30_000 });
  });

  const copied = await step("Generate User URL copies the user's URL and header", async () => {
    await workbench.command('Patchbay: Generate User URL');
    await workbench.prompt('Which MCP server');
    await workbench.choose(serverName);
    await workbench.prompt('The user id');
    await workbench.type(user);
    await workbench.notification(`Copied the URL and header of user "${user}"`).waitFor({ timeout: 30_000 });
    return page.evaluate(() => navigator.clipboard.readText());
  });
  const [url, header] = copied.split('\n');
  expect(url).toBe(`${proxy.url}/v3/mcp/${serverId}?user_id=${user}`);
  expect(header).toMatch(/^Authorization: Bearer pbt_\w+$/);
  const authorization = header?.replace(/^Authorization: /, '');

  await step('Add to VS Code (the notification button)', async () => {
    await workbench
      .notification(`Copied the URL and header of user "${user}"`)
      .locator('.monaco-button', { hasText: 'Add to VS Code' })
      .first()
      .click();
    await workbench.notification('is now one of VS Code').waitFor({ timeout: 30_000 });
  });

  const label = `${serverName} (${user})`;
  await step('VS Code lists it among its MCP servers, and starts it', async () => {
    await workbench.command('MCP: List Servers');
    const row = workbench.row(label);
    await row.waitFor({ timeout: 30_000 });
    await expect(row.textContent()).resolves.toContain('Stopped');
    await row.click({ force: true });
    await workbench.choose('Start Server');
    await until("VS Code's tools/list", () =>
      proxy.recorded.some((r) => r.method === 'tools/list' && r.status === 200),
    );
  });

  const byVsCode = (method: string): Recorded | undefined =>
    proxy.recorded.find((r) => r.method === method && r.path === `/v3/mcp/${serverId}`);
  const initialize = byVsCode('initialize');
  expect(initialize?.params?.clientInfo).toMatchObject({ name: 'code-server' });
  expect(initialize).toMatchObject({ status: 200, authorization });
  expect(byVsCode('tools/list')).toMatchObject({ status: 200, authorization });

  // The token VS Code sent acts as that user: a tool called with it is logged under the user's id.
  const client = await connect(url ?? '', { Authorization: authorization ?? '' });
  await client.callTool({ name: 'NOTES_SET', arguments: { key: 'from', value: 'vscode' } });
  await client.close();
  const calls = await patchbay.sdk.toolCalls.list({ serverId });
  expect(calls.items.map((c) => [c.toolSlug, c.userId])).toEqual([['NOTES_SET', user]]);
});
