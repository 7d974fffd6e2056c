import { executeToolRequest, listToolsQuery, type Paged, toolSlug, unwrap } from '@patchbay/core';
import type { Context } from '../context.js';
import type { IterateOptions } from '../mcp/types.js';
import { checked } from '../validate.js';
import { type CursorPage, iterateCursor, queryText, toCursorPage } from '../wire.js';
import { toExecuteBody, toExecuteResult, toolsListNames, toTool, toToolsQuery } from './mappers.js';
import type { ExecuteOptions, ExecuteResult, ListToolsOptions, Tool } from './types.js';

/** `patchbay.tools`: the tools of the project's toolkits, and running one directly (no MCP client needed). */
export class Tools {
  constructor(private readonly ctx: Context) {}

  async list(options: ListToolsOptions = {}): Promise<CursorPage<Tool>> {
    const query = toToolsQuery(options);
    checked(listToolsQuery, queryText(query), 'tools.list', toolsListNames);
    return toCursorPage(await unwrap(this.ctx.api.GET('/tools', { params: { query } })), toTool);
  }

  iterate(options: Omit<ListToolsOptions, 'cursor'> & IterateOptions = {}): Paged<Tool> {
    const { maxItems, signal, ...filters } = options;
    const base = toToolsQuery(filters);
    checked(listToolsQuery, queryText(base), 'tools.iterate', toolsListNames);
    return iterateCursor(
      base,
      { limit: filters.limit, maxItems, signal },
      (query, pageSignal) => unwrap(this.ctx.api.GET('/tools', { params: { query }, signal: pageSignal })),
      toTool,
    );
  }

  async get(slug: string): Promise<Tool> {
    checked(toolSlug, slug, 'tools.get', 'slug');
    return toTool(await unwrap(this.ctx.api.GET('/tools/{tool_slug}', { params: { path: { tool_slug: slug } } })));
  }

  /** Runs the tool once. A tool's own failure answers `successful: false`; only request errors throw. */
  async execute(slug: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    checked(toolSlug, slug, 'tools.execute', 'slug');
    const body = checked(executeToolRequest, toExecuteBody(options), 'tools.execute');
    return toExecuteResult(
      await unwrap(this.ctx.api.POST('/tools/execute/{tool_slug}', { params: { path: { tool_slug: slug } }, body })),
    );
  }
}
