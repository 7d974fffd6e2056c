import {
  createMcpInstanceRequest,
  listMcpInstancesQuery,
  type Paged,
  paginatePages,
  unwrap,
  userId as userIdSchema,
  uuid,
} from '@patchbay/core';
import type { Context } from '../context.js';
import { checked } from '../validate.js';
import { queryText } from '../wire.js';
import { listNames, toInstance, toInstanceDeleted, toInstancePage, toInstanceQuery } from './mappers.js';
import type {
  IterateOptions,
  ListMcpInstancesOptions,
  McpInstance,
  McpInstanceDeleted,
  McpInstancePage,
} from './types.js';

/** `patchbay.mcp.instances`: the users of a server. */
export class McpInstances {
  constructor(private readonly ctx: Context) {}

  async list(serverId: string, options: ListMcpInstancesOptions = {}): Promise<McpInstancePage> {
    checked(uuid, serverId, 'mcp.instances.list', 'serverId');
    const query = toInstanceQuery(options);
    checked(listMcpInstancesQuery, queryText(query), 'mcp.instances.list', listNames);
    const page = await unwrap(
      this.ctx.api.GET('/mcp/servers/{server_id}/instances', { params: { path: { server_id: serverId }, query } }),
    );
    return toInstancePage(page);
  }

  iterate(serverId: string, options: Omit<ListMcpInstancesOptions, 'page'> & IterateOptions = {}): Paged<McpInstance> {
    checked(uuid, serverId, 'mcp.instances.iterate', 'serverId');
    const { maxItems, signal, ...filters } = options;
    const base = toInstanceQuery(filters);
    checked(listMcpInstancesQuery, queryText(base), 'mcp.instances.iterate', listNames);
    return paginatePages(
      async ({ page_no, limit }, pageSignal) => {
        const query = limit === undefined ? { ...base, page_no } : { ...base, page_no, limit };
        const page = await unwrap(
          this.ctx.api.GET('/mcp/servers/{server_id}/instances', {
            params: { path: { server_id: serverId }, query },
            signal: pageSignal,
          }),
        );
        return {
          items: page.instances.map(toInstance),
          total_pages: page.total_pages,
          current_page: page.current_page,
        };
      },
      { limit: filters.limit, maxItems, signal },
    );
  }

  async create(serverId: string, userId: string): Promise<McpInstance> {
    checked(uuid, serverId, 'mcp.instances.create', 'serverId');
    const body = checked(createMcpInstanceRequest, { user_id: userId }, 'mcp.instances.create');
    return toInstance(
      await unwrap(
        this.ctx.api.POST('/mcp/servers/{server_id}/instances', { params: { path: { server_id: serverId } }, body }),
      ),
    );
  }

  /** Also deletes the user's connected accounts for the server's auth configs, and revokes their scoped tokens. */
  async delete(serverId: string, userId: string): Promise<McpInstanceDeleted> {
    checked(uuid, serverId, 'mcp.instances.delete', 'serverId');
    checked(userIdSchema, userId, 'mcp.instances.delete', 'userId');
    const answer = await unwrap(
      this.ctx.api.DELETE('/mcp/servers/{server_id}/instances/{user_id}', {
        params: { path: { server_id: serverId, user_id: userId } },
      }),
    );
    return toInstanceDeleted(answer);
  }
}
