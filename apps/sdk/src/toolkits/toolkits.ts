import {
  createToolkitRequest,
  listToolkitsQuery,
  type Paged,
  toolkitSlug,
  unwrap,
  updateToolkitRequest,
} from '@patchbay/core';
import type { Context } from '../context.js';
import type { IterateOptions } from '../mcp/types.js';
import { checked } from '../validate.js';
import { type CursorPage, iterateCursor, queryText, toCursorPage } from '../wire.js';
import { toCreateBody, toListQuery, toolkitNames, toToolkit, toToolkitDetail, toUpdateBody } from './mappers.js';
import type {
  CreateToolkitOptions,
  ListToolkitsOptions,
  Toolkit,
  ToolkitDetail,
  UpdateToolkitOptions,
} from './types.js';

/** `patchbay.toolkits`: the built-in, catalog and custom toolkits of the project. */
export class Toolkits {
  constructor(private readonly ctx: Context) {}

  async list(options: ListToolkitsOptions = {}): Promise<CursorPage<Toolkit>> {
    const query = toListQuery(options);
    checked(listToolkitsQuery, queryText(query), 'toolkits.list');
    return toCursorPage(await unwrap(this.ctx.api.GET('/toolkits', { params: { query } })), toToolkit);
  }

  iterate(options: Omit<ListToolkitsOptions, 'cursor'> & IterateOptions = {}): Paged<Toolkit> {
    const { maxItems, signal, ...filters } = options;
    const base = toListQuery(filters);
    checked(listToolkitsQuery, queryText(base), 'toolkits.iterate');
    return iterateCursor(
      base,
      { limit: filters.limit, maxItems, signal },
      (query, pageSignal) => unwrap(this.ctx.api.GET('/toolkits', { params: { query }, signal: pageSignal })),
      toToolkit,
    );
  }

  async get(slug: string): Promise<ToolkitDetail> {
    checked(toolkitSlug, slug, 'toolkits.get', 'slug');
    return toToolkitDetail(await unwrap(this.ctx.api.GET('/toolkits/{slug}', { params: { path: { slug } } })));
  }

  /** A custom toolkit; the server loads its source first and refuses (422) one that cannot load. */
  async create(options: CreateToolkitOptions): Promise<ToolkitDetail> {
    const body = checked(createToolkitRequest, toCreateBody(options), 'toolkits.create', toolkitNames);
    return toToolkitDetail(await unwrap(this.ctx.api.POST('/toolkits', { body })));
  }

  /** Only the fields given change; a source replaces the current one. */
  async update(slug: string, options: UpdateToolkitOptions): Promise<ToolkitDetail> {
    checked(toolkitSlug, slug, 'toolkits.update', 'slug');
    const body = checked(updateToolkitRequest, toUpdateBody(options), 'toolkits.update', toolkitNames);
    return toToolkitDetail(await unwrap(this.ctx.api.PATCH('/toolkits/{slug}', { params: { path: { slug } }, body })));
  }

  /** Custom toolkits only (403 for the others); 409 while an MCP server or auth config uses it. */
  async delete(slug: string): Promise<{ slug: string; deleted: boolean }> {
    checked(toolkitSlug, slug, 'toolkits.delete', 'slug');
    const answer = await unwrap(this.ctx.api.DELETE('/toolkits/{slug}', { params: { path: { slug } } }));
    return { slug: answer.id, deleted: answer.deleted };
  }
}
