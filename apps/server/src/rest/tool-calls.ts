import { listToolCallsQuery, type ToolCallList } from '@patchbay/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { parseParam, parseQuery } from '../http/validate.js';
import { decodeCursor } from '../paging/codecs.js';
import { badCursor } from '../paging/envelope.js';
import { presentToolCall } from '../present/toolkits.js';
import { pageCount } from '../store/rows.js';
import { countToolCallsBefore } from '../store/tool-call-position.js';
import { getToolCall, listToolCalls } from '../store/tool-calls.js';

const callId = z.string().min(1).max(64);

/**
 * The tool-call log, newest first. Keyset cursors (see store/cursor.ts) rather than offsets: calls keep arriving
 * while someone pages, and an offset would then repeat or skip rows.
 */
export function toolCallRoutes({ db }: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/tool_calls', async (c) => {
    const query = parseQuery(c, listToolCallsQuery);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) throw badCursor();
    const projectId = c.get('apiKey').project_id;
    const filters = {
      serverId: query.server_id,
      userId: query.user_id,
      // Tool slugs are stored as the toolkits make them (upper case), toolkit slugs lower case; both match any case.
      toolSlug: query.tool_slug?.toUpperCase(),
      toolkitSlug: query.toolkit_slug?.toLowerCase(),
      outcome: query.outcome,
      since: query.since === undefined ? undefined : new Date(query.since),
      until: query.until === undefined ? undefined : new Date(query.until),
    };
    const [{ rows, nextCursor, total }, before] = await Promise.all([
      listToolCalls(db, projectId, { ...filters, after, limit: query.limit }),
      after === undefined ? 0 : countToolCallsBefore(db, projectId, filters, after),
    ]);
    const answer: ToolCallList = {
      items: rows.map(presentToolCall),
      next_cursor: nextCursor,
      total_items: total,
      total_pages: pageCount(total, query.limit),
      // Keyset pages have no position of their own: the page number counts the rows on the pages before this one.
      current_page: Math.floor(before / query.limit) + 1,
    };
    return c.json(answer);
  });

  app.get('/tool_calls/:id', async (c) => {
    const id = parseParam(c, 'id', callId);
    const row = await getToolCall(db, c.get('apiKey').project_id, id);
    if (row === undefined) throw notFound('tool call', id);
    return c.json(presentToolCall(row));
  });

  return app;
}
