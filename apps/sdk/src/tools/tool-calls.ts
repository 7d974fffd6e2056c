import { listToolCallsQuery, type Paged, unwrap } from '@patchbay/core';
import type { Context } from '../context.js';
import type { IterateOptions } from '../mcp/types.js';
import { checked, invalidInput } from '../validate.js';
import { type CursorPage, iterateCursor, queryText, toCursorPage } from '../wire.js';
import { toToolCall, toToolCallsQuery } from './mappers.js';
import type { ListToolCallsOptions, ToolCall } from './types.js';

/** `patchbay.toolCalls`: the log of tool calls (who, which tool, when, how long, outcome; never arguments or results). */
export class ToolCalls {
  constructor(private readonly ctx: Context) {}

  async list(options: ListToolCallsOptions = {}): Promise<CursorPage<ToolCall>> {
    const query = toToolCallsQuery(options);
    checked(listToolCallsQuery, queryText(query), 'toolCalls.list');
    return toCursorPage(await unwrap(this.ctx.api.GET('/tool_calls', { params: { query } })), toToolCall);
  }

  iterate(options: Omit<ListToolCallsOptions, 'cursor'> & IterateOptions = {}): Paged<ToolCall> {
    const { maxItems, signal, ...filters } = options;
    const base = toToolCallsQuery(filters);
    checked(listToolCallsQuery, queryText(base), 'toolCalls.iterate');
    return iterateCursor(
      base,
      { limit: filters.limit, maxItems, signal },
      (query, pageSignal) => unwrap(this.ctx.api.GET('/tool_calls', { params: { query }, signal: pageSignal })),
      toToolCall,
    );
  }

  async get(id: string): Promise<ToolCall> {
    if (id.trim() === '') throw invalidInput('toolCalls.get', ['id: must not be empty']);
    return toToolCall(await unwrap(this.ctx.api.GET('/tool_calls/{id}', { params: { path: { id } } })));
  }
}
