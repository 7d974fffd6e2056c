import {
  PatchbayError,
  type SetupClient,
  serverName,
  setupClients,
  setupCommand,
  userId as userIdSchema,
} from '@patchbay/core';
import { applySetup } from '@patchbay/core/node';
import type { AuthConfig, McpServer, McpServerInstance, Patchbay, Tool, ToolkitEntry } from '@patchbay/sdk';
import { describeError, type ErrorAction, given, isErrorAction } from './errors.js';
import type { Host, PickItem } from './host.js';
import { type AddedServer, definitionLabel, McpRegistry } from './mcp-registry.js';
import { askArguments } from './schema-args.js';
import { type Discovery, Session } from './session.js';
import { TreeModel, type TreeNode } from './tree.js';

/** At most this many items in a quick pick (one page through core's pagination; the pick filters them as you type). */
const pickLimit = 100;

function isNode(arg: unknown): arg is TreeNode {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && typeof arg.kind === 'string';
}

function nodeServer(arg: unknown): McpServer | undefined {
  return isNode(arg) && 'server' in arg ? arg.server : undefined;
}

function nodeUser(arg: unknown): string | undefined {
  return isNode(arg) && arg.kind === 'user' ? arg.instance.userId : undefined;
}

function zodMessage(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? 'not valid');
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function markdownCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Everything the commands and the view do, with no VS Code import: the editor is reached only through `Host`.
 * extension.ts builds one, and maps commands, the tree and the MCP provider onto it.
 */
export class PatchbayApp {
  readonly session: Session;
  readonly tree: TreeModel;
  readonly registry: McpRegistry;

  constructor(
    readonly host: Host,
    discovery?: Discovery,
  ) {
    this.session = new Session(host, discovery);
    this.tree = new TreeModel(host, this.session);
    this.registry = new McpRegistry(host);
  }

  /** At activation: no network, only whether a key is stored (the welcome view shows otherwise). */
  async start(): Promise<void> {
    await this.host.setContext('patchbay.connected', await this.session.hasKey());
  }

  /** Shows the error with the server's suggested fix; a button does what it names. */
  async fail(error: unknown, doing: string): Promise<void> {
    const report = describeError(error, doing);
    this.host.log.error(report.message);
    if (error instanceof Error && error.stack) this.host.log.error(error.stack);
    void this.host
      .error(report.message, ...report.actions)
      .then((action) => this.act(isErrorAction(action) ? action : undefined));
  }

  private async act(action: ErrorAction | undefined): Promise<void> {
    try {
      if (action === 'Set API Key') await this.setApiKey();
      else if (action === 'Connect to Server') await this.connect();
      else if (action === 'Start Server') this.host.runInTerminal('Patchbay server', this.host.settings().startCommand);
      else if (action === 'Open Logs') this.host.showLogs();
    } catch (error) {
      if (!(error instanceof Error && error.name === 'Cancelled')) await this.fail(error, 'do that');
    }
  }

  private changed(): void {
    this.tree.reset();
    this.host.refreshTree();
  }

  private async client(): Promise<Patchbay> {
    return this.session.client();
  }

  // ── Connection ────────────────────────────────────────────────────────────────────────────────────────────

  async connect(): Promise<void> {
    const local = await this.session.discover();
    const url = given(
      await this.host.input({
        title: 'Patchbay: Connect to Server',
        prompt: local ? `The server's URL (a local server was found through ${local.source})` : "The server's URL",
        value: this.session.configuredUrl() ?? local?.baseUrl ?? 'http://127.0.0.1:8787',
        validate: (value) => {
          try {
            const parsed = new URL(value);
            return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : 'must be http(s)';
          } catch {
            return 'must be a URL, e.g. http://127.0.0.1:8787';
          }
        },
      }),
    ).trim();
    await this.session.setUrl(url);
    if (local !== undefined && new URL(local.baseUrl).origin === new URL(url).origin) {
      await this.session.setApiKey(local.apiKey);
      this.host.log.info(`Using the local server's key from ${local.source}.`);
    } else if (!(await this.session.hasKey())) {
      await this.askApiKey();
    }
    await this.verify(url);
  }

  async setApiKey(): Promise<void> {
    await this.askApiKey();
    await this.verify(this.session.configuredUrl() ?? (await this.client()).baseURL);
  }

  private async askApiKey(): Promise<void> {
    const key = given(
      await this.host.input({
        title: 'Patchbay: Set API Key',
        prompt: "The project API key (pb_…); it is kept in VS Code's secret storage",
        password: true,
        validate: (value) => (value.trim() === '' ? 'the key must not be empty' : undefined),
      }),
    );
    await this.session.setApiKey(key);
  }

  private async verify(url: string): Promise<void> {
    try {
      await this.session.check();
    } catch (error) {
      await this.host.setContext('patchbay.connected', await this.session.hasKey());
      this.changed();
      throw error;
    }
    await this.host.setContext('patchbay.connected', true);
    this.changed();
    this.host.mcpServersChanged();
    this.host.log.info(`Connected to ${url}.`);
    void this.host.info(`Patchbay: connected to ${url}.`);
  }

  // ── Picking things ───────────────────────────────────────────────────────────────────────────────────────

  private async pickServer(arg: unknown, title: string): Promise<McpServer> {
    const fromTree = nodeServer(arg);
    if (fromTree !== undefined) return fromTree;
    const client = await this.client();
    const servers = await client.mcp.iterate({ limit: pickLimit, maxItems: pickLimit }).toArray();
    if (servers.length === 0) {
      throw new PatchbayError({
        status: 0,
        slug: 'no_servers',
        message: 'there is no MCP server yet.',
        suggestedFix: 'Run "Patchbay: Create MCP Server" first.',
      });
    }
    return given(
      await this.host.pick(
        servers.map((server) => ({
          label: server.name,
          description: server.toolkits.join(', '),
          detail: server.id,
          value: server,
        })),
        { title, placeholder: 'Which MCP server?' },
      ),
    );
  }

  private async pickUser(server: McpServer, arg: unknown, title: string): Promise<string> {
    const fromTree = nodeUser(arg);
    if (fromTree !== undefined) return fromTree;
    const client = await this.client();
    const users = await client.mcp.instances.iterate(server.id, { limit: pickLimit, maxItems: pickLimit }).toArray();
    const another = '\u0000another';
    const items: PickItem<string>[] = [
      ...users.map((u) => ({ label: u.userId, description: `since ${u.createdAt.slice(0, 10)}`, value: u.userId })),
      { label: '$(add) Another user…', description: 'type a user id', value: another },
    ];
    const chosen =
      users.length === 0
        ? another
        : given(await this.host.pick(items, { title, placeholder: `Which user of "${server.name}"?` }));
    if (chosen !== another) return chosen;
    return given(
      await this.host.input({
        title,
        prompt: `The user id (your end user's id in your own system) for "${server.name}"`,
        validate: (value) => zodMessage(userIdSchema.safeParse(value)),
      }),
    );
  }

  private async catalogToolkits(
    client: Patchbay,
    title: string,
    chosen: string[],
    step: number,
    total: number,
  ): Promise<string[]> {
    const catalog = await client.toolkits.iterate({ limit: pickLimit, maxItems: 3 * pickLimit }).toArray();
    const items = catalog.map((t) => ({
      label: t.name,
      description: t.slug,
      detail: `${t.toolsCount} tools${t.noAuth ? '' : ' · users connect an account'}${t.description ? ` · ${t.description}` : ''}`,
      picked: chosen.includes(t.slug),
      value: t.slug,
    }));
    for (;;) {
      const picked = given(
        await this.host.pickMany(items, {
          title,
          placeholder: 'Toolkits to bundle (type to search the catalog)',
          step,
          totalSteps: total,
        }),
      );
      if (picked.length > 0) return picked;
      void this.host.warn('Pick at least one toolkit.');
    }
  }

  private async chooseTools(
    client: Patchbay,
    toolkits: string[],
    allowed: string[],
    title: string,
    step: number,
    total: number,
  ): Promise<string[]> {
    const lists = await Promise.all(
      toolkits.map((toolkit) => client.tools.iterate({ toolkit, limit: pickLimit, maxItems: 2 * pickLimit }).toArray()),
    );
    const tools = lists.flat();
    if (tools.length === 0) return [];
    const picked = given(
      await this.host.pickMany(
        tools.map((t) => ({
          label: t.slug,
          description: t.toolkit.slug,
          detail: t.description,
          picked: allowed.length === 0 || allowed.includes(t.slug),
          value: t.slug,
        })),
        {
          title,
          placeholder: 'Allowed tools (all of them: every tool, including ones added later)',
          step,
          totalSteps: total,
        },
      ),
    );
    // Every tool picked means no limit, so tools a toolkit gains later are served too.
    return picked.length === tools.length || picked.length === 0 ? [] : picked;
  }

  private async chooseMode(current: boolean | undefined, title: string, step: number, total: number): Promise<boolean> {
    const items: PickItem<boolean>[] = [
      {
        label: 'Connect accounts from chat',
        description: current === false ? '(current)' : undefined,
        detail: 'The server adds tools that let the agent ask the user to connect an account when one is needed',
        value: false,
      },
      {
        label: 'I connect accounts myself',
        description: current === true ? '(current)' : undefined,
        detail: 'Only the toolkits\' tools; connect accounts with "Patchbay: Connect Account"',
        value: true,
      },
    ];
    return given(
      await this.host.pick(items, {
        title,
        placeholder: 'How do users connect their accounts?',
        step,
        totalSteps: total,
      }),
    );
  }

  /** Toolkits that need an account go with an auth config of the project, when there is one. */
  private async withAuthConfigs(client: Patchbay, slugs: string[], title: string): Promise<ToolkitEntry[]> {
    const catalog = await Promise.all(slugs.map((slug) => client.toolkits.get(slug)));
    const entries: ToolkitEntry[] = [];
    for (const toolkit of catalog) {
      if (toolkit.noAuth) {
        entries.push(toolkit.slug);
        continue;
      }
      const configs = (await client.authConfigs.list({ toolkit: toolkit.slug, limit: pickLimit })).items.filter(
        (c) => c.status === 'ENABLED',
      );
      const config =
        configs.length <= 1
          ? configs[0]
          : given(
              await this.host.pick(
                configs.map((c) => ({ label: c.name, description: c.authScheme, detail: c.id, value: c })),
                { title, placeholder: `Which auth config do users of ${toolkit.name} connect through?` },
              ),
            );
      entries.push(config === undefined ? toolkit.slug : { toolkit: toolkit.slug, authConfigId: config.id });
    }
    return entries;
  }

  // ── Servers ──────────────────────────────────────────────────────────────────────────────────────────────

  async createServer(): Promise<void> {
    const title = 'Patchbay: Create MCP Server';
    const client = await this.client();
    const name = given(
      await this.host.input({
        title,
        prompt: 'A name for the MCP server (4-30 characters)',
        step: 1,
        totalSteps: 4,
        validate: (value) => zodMessage(serverName.safeParse(value)),
      }),
    );
    const slugs = await this.catalogToolkits(client, title, [], 2, 4);
    const allowedTools = await this.chooseTools(client, slugs, [], title, 3, 4);
    const manuallyManageConnections = await this.chooseMode(undefined, title, 4, 4);
    const toolkits = await this.withAuthConfigs(client, slugs, title);
    const created = await client.mcp.create(name, { toolkits, allowedTools, manuallyManageConnections });
    this.host.log.info(`Created MCP server "${created.name}" (${created.id}).`);
    this.changed();
    const server = await client.mcp.get(created.id);
    const action = await this.host.info(
      `Created the MCP server "${created.name}".`,
      'Generate User URL',
      'Add to VS Code',
    );
    if (action === 'Generate User URL') await this.generateUserUrl({ kind: 'server', server });
    else if (action === 'Add to VS Code') await this.addServerToVsCode({ kind: 'server', server });
  }

  async openServer(arg?: unknown): Promise<void> {
    const server = await this.pickServer(arg, 'Patchbay: Open Server');
    const client = await this.client();
    const detail = await client.mcp.get(server.id);
    const users = await client.mcp.instances.list(server.id, { limit: 20 });
    await this.host.openDocument(
      JSON.stringify({ ...detail, users: users.items.map((u) => u.userId) }, null, 2),
      'json',
    );
  }

  async editServer(arg?: unknown): Promise<void> {
    const title = 'Patchbay: Edit Server';
    const server = await this.pickServer(arg, title);
    const client = await this.client();
    type Field = 'name' | 'toolkits' | 'tools' | 'mode';
    const field = given(
      await this.host.pick<Field>(
        [
          { label: 'Name', description: server.name, value: 'name' },
          { label: 'Toolkits', description: server.toolkits.join(', '), value: 'toolkits' },
          {
            label: 'Allowed tools',
            description: server.allowedTools.length === 0 ? 'every tool' : `${server.allowedTools.length} tools`,
            value: 'tools',
          },
          {
            label: 'Connection mode',
            description: server.manuallyManageConnections ? 'I connect accounts myself' : 'connect accounts from chat',
            value: 'mode',
          },
        ],
        { title, placeholder: `What to change in "${server.name}"?` },
      ),
    );
    if (field === 'name') {
      const name = given(
        await this.host.input({
          title,
          prompt: 'The new name (4-30 characters)',
          value: server.name,
          validate: (value) => zodMessage(serverName.safeParse(value)),
        }),
      );
      await client.mcp.update(server.id, { name });
      await this.renameRegistered(server.id, name);
    } else if (field === 'toolkits') {
      const slugs = await this.catalogToolkits(client, title, server.toolkits, 1, 2);
      const allowedTools = await this.chooseTools(client, slugs, server.allowedTools, title, 2, 2);
      const toolkits = await this.withAuthConfigs(client, slugs, title);
      await client.mcp.update(server.id, {
        toolkits: toolkits.map((t) =>
          typeof t === 'string' ? t : { toolkit: t.toolkit ?? '', authConfigId: t.authConfigId },
        ),
        allowedTools,
      });
    } else if (field === 'tools') {
      const allowedTools = await this.chooseTools(client, server.toolkits, server.allowedTools, title, 1, 1);
      await client.mcp.update(server.id, { allowedTools });
    } else {
      const manuallyManageConnections = await this.chooseMode(server.manuallyManageConnections, title, 1, 1);
      await client.mcp.update(server.id, { manuallyManageConnections });
    }
    this.changed();
    this.host.mcpServersChanged();
    void this.host.info(`Updated the MCP server "${server.name}".`);
  }

  private async renameRegistered(serverId: string, name: string): Promise<void> {
    for (const entry of this.registry.list().filter((e) => e.serverId === serverId)) {
      const headers = await this.registry.headers(entry);
      await this.registry.remove(entry.serverId, entry.userId);
      if (headers === undefined) continue;
      await this.registry.add(name, {
        id: entry.serverId,
        name,
        type: 'streamable_http',
        url: entry.url,
        userId: entry.userId,
        allowedTools: [],
        authConfigs: [],
        headers,
      });
    }
  }

  async deleteServer(arg?: unknown): Promise<void> {
    const server = await this.pickServer(arg, 'Patchbay: Delete Server');
    const sure = await this.host.confirm(
      `Delete the MCP server "${server.name}"?`,
      `Its ${server.serverInstanceCount} user(s) lose access: their URLs and tokens stop working. This cannot be undone.`,
      'Delete',
    );
    if (!sure) return;
    const client = await this.client();
    await client.mcp.delete(server.id);
    await this.registry.remove(server.id);
    this.host.log.info(`Deleted MCP server "${server.name}" (${server.id}).`);
    this.changed();
    void this.host.info(`Deleted the MCP server "${server.name}".`);
  }

  // ── Users' URLs ──────────────────────────────────────────────────────────────────────────────────────────

  private async generate(arg: unknown, title: string): Promise<{ server: McpServer; instance: McpServerInstance }> {
    const server = await this.pickServer(arg, title);
    const userId = await this.pickUser(server, arg, title);
    const client = await this.client();
    const instance = await client.mcp.generate(userId, server.id);
    this.changed();
    return { server, instance };
  }

  async generateUserUrl(arg?: unknown): Promise<void> {
    const { server, instance } = await this.generate(arg, 'Patchbay: Generate User URL');
    await this.host.clipboard(`${instance.url}\n${headerLines(instance.headers)}`);
    this.host.log.info(`Generated a URL for user "${instance.userId}" of "${server.name}".`);
    const action = await this.host.info(
      `Copied the URL and header of user "${instance.userId}" on "${server.name}". The token acts only for this user.`,
      'Add to VS Code',
      'Write .vscode/mcp.json',
      'Copy Setup Command',
    );
    if (action === 'Add to VS Code') await this.register(server, instance);
    else if (action === 'Write .vscode/mcp.json') await this.writeMcpJsonFor(instance);
    else if (action === 'Copy Setup Command') await this.copySetupCommand(instance);
  }

  private async copySetupCommand(instance: McpServerInstance): Promise<void> {
    const client = given(
      await this.host.pick<SetupClient>(
        setupClients.map((c) => ({ label: c, value: c })),
        { title: 'Patchbay: Copy Setup Command', placeholder: 'Which AI client?' },
      ),
    );
    const headers = Object.entries(instance.headers).map(([name, value]) => ` --header '${name}:${value}'`);
    await this.host.clipboard(`${setupCommand(instance.url, client)}${headers.join('')}`);
    void this.host.info(`Copied the command that sets up ${client} (it holds the user's token).`);
  }

  async addServerToVsCode(arg?: unknown): Promise<void> {
    const { server, instance } = await this.generate(arg, 'Patchbay: Add Server to VS Code');
    await this.register(server, instance);
  }

  private async register(server: McpServer, instance: McpServerInstance): Promise<AddedServer> {
    const entry = await this.registry.add(server.name, instance);
    this.host.log.info(`Registered "${definitionLabel(entry)}" with VS Code (${entry.url}).`);
    void this.host.info(
      `"${definitionLabel(entry)}" is now one of VS Code's MCP servers (MCP: List Servers); agent mode can use its tools.`,
    );
    return entry;
  }

  async removeServerFromVsCode(): Promise<void> {
    const entries = this.registry.list();
    if (entries.length === 0) {
      void this.host.info('No Patchbay server has been added to VS Code.');
      return;
    }
    const entry = given(
      await this.host.pick(
        entries.map((e) => ({ label: definitionLabel(e), detail: e.url, value: e })),
        { title: 'Patchbay: Remove Server from VS Code', placeholder: 'Which one?' },
      ),
    );
    await this.registry.remove(entry.serverId, entry.userId);
    void this.host.info(`Removed "${definitionLabel(entry)}" from VS Code's MCP servers.`);
  }

  async writeMcpJson(arg?: unknown): Promise<void> {
    if (this.host.workspaceFolder() === undefined) {
      throw new PatchbayError({
        status: 0,
        slug: 'no_folder',
        message: 'no folder is open.',
        suggestedFix: 'Open a folder: .vscode/mcp.json is written inside it.',
      });
    }
    const { instance } = await this.generate(arg, 'Patchbay: Write Server to .vscode/mcp.json');
    await this.writeMcpJsonFor(instance);
  }

  /** Through core's setup writer: the entry asks for the token (an `inputs` prompt) and never holds it. */
  private async writeMcpJsonFor(instance: McpServerInstance): Promise<void> {
    const folder = this.host.workspaceFolder();
    if (folder === undefined) throw new Error('no folder is open');
    const result = await applySetup({
      client: 'vscode',
      scope: 'project',
      url: instance.url,
      promptSecret: true,
      environment: { cwd: folder },
    });
    this.host.log.info(`${result.changed ? 'Wrote' : 'Kept'} "${result.name}" in ${result.path}.`);
    const token = (instance.headers.Authorization ?? instance.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const action = await this.host.info(
      `Wrote "${result.name}" to ${result.path}. VS Code asks for the user's token when it starts the server.`,
      'Copy Token',
    );
    if (action === 'Copy Token') await this.host.clipboard(token);
  }

  // ── Accounts and tools ───────────────────────────────────────────────────────────────────────────────────

  async connectAccount(arg?: unknown): Promise<void> {
    const title = 'Patchbay: Connect Account';
    const server = await this.pickServer(arg, title);
    const client = await this.client();
    const configs = await Promise.all(server.authConfigIds.map((id) => client.authConfigs.get(id)));
    const forToolkit =
      isNode(arg) && arg.kind === 'toolkit' ? configs.filter((c) => c.toolkit.slug === arg.toolkit) : configs;
    if (forToolkit.length === 0) {
      void this.host.info(`No toolkit of "${server.name}" needs an account: its tools work as they are.`);
      return;
    }
    const config: AuthConfig =
      forToolkit.length === 1 && forToolkit[0] !== undefined
        ? forToolkit[0]
        : given(
            await this.host.pick(
              forToolkit.map((c) => ({ label: c.toolkit.slug, description: `${c.name} · ${c.authScheme}`, value: c })),
              { title, placeholder: 'Which account?' },
            ),
          );
    const userId = await this.pickUser(server, arg, title);
    const toolkit = await client.toolkits.get(config.toolkit.slug);
    const fields =
      toolkit.authSchemes.find((s) => s.mode === config.authScheme)?.fields.connectedAccountInitiation ?? [];
    const values: Record<string, unknown> = {};
    for (const field of fields.filter((f) => f.required)) {
      values[field.name] = given(
        await this.host.input({
          title,
          prompt: `${field.displayName}${field.description ? `: ${field.description}` : ''}`,
          password: field.secret,
          validate: (value) => (value === '' ? 'required' : undefined),
        }),
      );
    }
    const request = await client.connectedAccounts.initiate(userId, config.id, {
      config: fields.length > 0 ? values : undefined,
    });
    if (request.redirectUrl) await this.host.openExternal(request.redirectUrl);
    const timeoutMs = this.host.settings().connectAccountTimeoutSeconds * 1000;
    const account =
      request.status === 'ACTIVE'
        ? await client.connectedAccounts.get(request.id)
        : await this.host.withProgress(`Connecting ${toolkit.name} for "${userId}"…`, async (progress) => {
            progress.report(
              request.redirectUrl ? 'Finish in the browser; this ends when the account is ACTIVE.' : 'Waiting…',
            );
            try {
              return await request.waitForConnection({ timeoutMs, signal: progress.signal });
            } catch (error) {
              if (progress.signal.aborted) given(undefined);
              throw error;
            }
          });
    this.host.log.info(`Account ${account.id} of "${userId}" for ${toolkit.slug} is ${account.status}.`);
    this.changed();
    void this.host.info(`Connected ${toolkit.name} for "${userId}" (${account.status}).`);
  }

  private async pickTool(server: McpServer, title: string): Promise<Tool> {
    const client = await this.client();
    const allowed = server.allowedTools;
    const lists = await Promise.all(
      server.toolkits.map((toolkit) =>
        client.tools
          .iterate({
            toolkit,
            limit: pickLimit,
            maxItems: pickLimit,
            toolSlugs: allowed.length > 0 ? allowed : undefined,
          })
          .toArray(),
      ),
    );
    return given(
      await this.host.pick(
        lists.flat().map((t) => ({ label: t.slug, description: t.name, detail: t.description, value: t })),
        { title, placeholder: `Which tool of "${server.name}"?` },
      ),
    );
  }

  async tryTool(arg?: unknown): Promise<void> {
    const title = 'Patchbay: Try a Tool';
    const server = await this.pickServer(arg, title);
    const picked = isNode(arg) && arg.kind === 'tool' ? arg.tool : await this.pickTool(server, title);
    const client = await this.client();
    const tool = await client.tools.get(picked.slug);
    const userId = await this.pickUser(server, arg, title);
    const args = await askArguments(this.host, tool.slug, tool.inputParameters);
    const result = await this.host.withProgress(`Running ${tool.slug} as "${userId}"…`, () =>
      client.tools.execute(tool.slug, { userId, arguments: args }),
    );
    this.host.log.info(`${tool.slug} as "${userId}": ${result.successful ? 'succeeded' : `failed: ${result.error}`}.`);
    await this.host.openDocument(
      JSON.stringify({ tool: tool.slug, userId, arguments: args, ...result }, null, 2),
      'json',
    );
  }

  async showToolCalls(arg?: unknown): Promise<void> {
    const server = nodeServer(arg);
    const userId = nodeUser(arg);
    const toolSlug = isNode(arg) && arg.kind === 'tool' ? arg.tool.slug : undefined;
    const client = await this.client();
    const limit = 50;
    const calls = await client.toolCalls
      .iterate({ serverId: server?.id, userId, toolSlug, limit, maxItems: limit })
      .toArray();
    const scope = [server && `server "${server.name}"`, userId && `user "${userId}"`, toolSlug && `tool ${toolSlug}`]
      .filter(Boolean)
      .join(', ');
    const lines = [
      `# Patchbay tool calls${scope ? ` — ${scope}` : ''}`,
      '',
      calls.length === 0 ? 'No tool calls yet.' : `The latest ${calls.length}.`,
      '',
      '| started | tool | user | outcome | ms | source | error |',
      '| --- | --- | --- | --- | ---: | --- | --- |',
      ...calls.map(
        (c) =>
          `| ${c.startedAt} | ${c.toolSlug} | ${markdownCell(c.userId)} | ${c.outcome} | ${c.durationMs} | ${c.source} | ${markdownCell(c.error ?? '')} |`,
      ),
    ];
    await this.host.openDocument(lines.join('\n'), 'markdown');
  }

  async refresh(): Promise<void> {
    this.changed();
    this.host.mcpServersChanged();
  }

  async showLogs(): Promise<void> {
    this.host.showLogs();
  }

  async loadMore(arg?: unknown): Promise<void> {
    if (isNode(arg)) await this.tree.loadMore(arg);
  }

  // ── VS Code's MCP support ────────────────────────────────────────────────────────────────────────────────

  /**
   * The headers for a server VS Code is starting: the stored scoped token, or a fresh one when it is gone
   * (SecretStorage cleared, token revoked). Undefined tells VS Code not to start it.
   */
  async resolveMcpHeaders(label: string): Promise<Record<string, string> | undefined> {
    const entry = this.registry.find(label);
    if (entry === undefined) return undefined;
    const stored = await this.registry.headers(entry);
    if (stored !== undefined) return stored;
    try {
      const client = await this.client();
      const instance = await client.mcp.generate(entry.userId, entry.serverId);
      await this.registry.storeHeaders(entry, instance.headers);
      return instance.headers;
    } catch (error) {
      await this.fail(error, `start "${label}"`);
      return undefined;
    }
  }
}
