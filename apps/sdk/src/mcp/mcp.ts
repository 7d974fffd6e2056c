import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  type CustomMcpServerResponse,
  createCustomMcpServerRequest,
  createMcpServerRequest,
  generateMcpUrlRequest,
  listMcpServersQuery,
  type Paged,
  PatchbayError,
  paginatePages,
  unwrap,
  updateMcpServerRequest,
  userId as userIdSchema,
  uuid,
  type McpServer as WireServer,
} from '@patchbay/core';
import { type ConnectOptions, connect } from '../connect.js';
import type { Context } from '../context.js';
import { checked } from '../validate.js';
import { queryText } from '../wire.js';
import { McpInstances } from './instances.js';
import {
  type CreateRequest,
  createNames,
  generateNames,
  listNames,
  toCreated,
  toCreateRequest,
  toServer,
  toServerDetail,
  toServerPage,
  toServerQuery,
  toUpdateBody,
  updateNames,
} from './mappers.js';
import type {
  CreateMcpServerOptions,
  GenerateOptions,
  IterateOptions,
  ListMcpServersOptions,
  McpServer,
  McpServerCreated,
  McpServerDetail,
  McpServerInstance,
  McpServerPage,
  UpdateMcpServerOptions,
} from './types.js';

/** `patchbay.mcp`: the hosted SDK's MCP methods, with its bugs fixed. */
export class Mcp {
  readonly instances: McpInstances;

  constructor(private readonly ctx: Context) {
    this.instances = new McpInstances(ctx);
  }

  async create(name: string, options: CreateMcpServerOptions): Promise<McpServerCreated> {
    const created = toCreated(await this.send(toCreateRequest(name, options)));
    return { ...created, generate: (userId, generateOptions) => this.generate(userId, created.id, generateOptions) };
  }

  // The two create endpoints take different bodies and answer different shapes; toCreated reads what both have.
  private send(request: CreateRequest): Promise<WireServer | CustomMcpServerResponse> {
    const { api } = this.ctx;
    if (request.path === '/mcp/servers') {
      const body = checked(createMcpServerRequest, request.body, 'mcp.create', createNames);
      return unwrap(api.POST('/mcp/servers', { body }));
    }
    const body = checked(createCustomMcpServerRequest, request.body, 'mcp.create', createNames);
    return unwrap(api.POST('/mcp/servers/custom', { body }));
  }

  async list(options: ListMcpServersOptions = {}): Promise<McpServerPage> {
    const query = toServerQuery(options);
    checked(listMcpServersQuery, queryText(query), 'mcp.list', listNames);
    return toServerPage(await unwrap(this.ctx.api.GET('/mcp/servers', { params: { query } })));
  }

  /** Every matching server, fetched a page at a time as the loop asks for more. */
  iterate(options: Omit<ListMcpServersOptions, 'page'> & IterateOptions = {}): Paged<McpServer> {
    const { maxItems, signal, ...filters } = options;
    const base = toServerQuery(filters);
    checked(listMcpServersQuery, queryText(base), 'mcp.iterate', listNames);
    return paginatePages(
      async ({ page_no, limit }, pageSignal) => {
        const query = limit === undefined ? { ...base, page_no } : { ...base, page_no, limit };
        const page = await unwrap(this.ctx.api.GET('/mcp/servers', { params: { query }, signal: pageSignal }));
        return { items: page.items.map(toServer), total_pages: page.total_pages, current_page: page.current_page };
      },
      { limit: filters.limit, maxItems, signal },
    );
  }

  async get(id: string): Promise<McpServerDetail> {
    checked(uuid, id, 'mcp.get', 'id');
    return toServerDetail(await unwrap(this.ctx.api.GET('/mcp/{id}', { params: { path: { id } } })));
  }

  async update(id: string, options: UpdateMcpServerOptions): Promise<McpServerDetail> {
    checked(uuid, id, 'mcp.update', 'id');
    const body = checked(updateMcpServerRequest, toUpdateBody(options), 'mcp.update', updateNames);
    return toServerDetail(await unwrap(this.ctx.api.PATCH('/mcp/{id}', { params: { path: { id } }, body })));
  }

  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    checked(uuid, id, 'mcp.delete', 'id');
    const answer = await unwrap(this.ctx.api.DELETE('/mcp/{id}', { params: { path: { id } } }));
    return { id: answer.id, deleted: answer.deleted };
  }

  /**
   * A user's URL of a server, with the headers that authorize it: by default a token scoped to this user and server
   * (Patchbay's `access`), else the project API key.
   */
  async generate(userId: string, serverId: string, options: GenerateOptions = {}): Promise<McpServerInstance> {
    checked(userIdSchema, userId, 'mcp.generate', 'userId');
    checked(uuid, serverId, 'mcp.generate', 'serverId');
    const server = await this.get(serverId);
    const manual = options.manuallyManageConnections ?? server.manuallyManageConnections;
    const scoped = options.scopedToken ?? true;
    const body = checked(
      generateMcpUrlRequest,
      { mcp_server_id: serverId, user_ids: [userId], managed_auth_by_composio: !manual, scoped_tokens: scoped },
      'mcp.generate',
      generateNames,
    );
    const answer = await unwrap(this.ctx.api.POST('/mcp/servers/generate', { body }));
    // A server that issues no scoped token (the hosted API has none) still works with the project key.
    const access = scoped ? answer.access?.find((entry) => entry.user_id === userId) : undefined;
    const url = access?.url ?? answer.user_ids_url[0];
    if (url === undefined) {
      throw new PatchbayError({
        status: 0,
        slug: 'invalid_response',
        message: 'generate answered no URL for the user.',
      });
    }
    return {
      id: server.id,
      name: server.name,
      type: 'streamable_http',
      url,
      userId,
      allowedTools: server.allowedTools,
      authConfigs: server.authConfigIds,
      headers: access ? { ...access.headers } : { 'x-api-key': this.ctx.apiKey },
      commands: access?.commands,
      cursorInstallLink: access?.cursor_install_link,
    };
  }

  /** A connected MCP client for a generated instance (Streamable HTTP, else legacy SSE), through this SDK's fetch. */
  connect(instance: Pick<McpServerInstance, 'url' | 'headers'>, options: ConnectOptions = {}): Promise<Client> {
    return connect(instance.url, instance.headers, { fetch: this.ctx.fetch, ...options });
  }
}
