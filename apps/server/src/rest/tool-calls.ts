import { listToolCallsQuery, type ToolCallList } from '@patchbay/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseParam, parseQuery } from '../http/validate.js';
import { keysetCursor } from '../paging/cursors.js';
import { cursorPage, cursorPosition } from '../paging/page.js';
import { presentToolCall } from '../present/tool-calls.js';
import { countToolCallsBefore } from '../store/tool-call-position.js';
import { getToolCall, listToolCalls } from '../store/tool-calls.js';

const callId = z.string().min(1).max(64);

/**
 * The tool-call log, newest first. Keyset cursors (see store/cursor.ts) rather than offsets: calls keep arriving
 * while someone pages, and an offset would then repeat or skip rows.
 */
export function toolCallRoutes({ db, registry }: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/tool_calls', async (c) => {
    const query = parseQuery(c, listToolCallsQuery);
    const after = cursorPosition(query.cursor, keysetCursor);
    const projectId = c.get('apiKey').project_id;
    const filters = {
      serverId: query.server_id,
      sessionId: query.session_id,
      userId: query.user_id,
      // Tool slugs are stored as the toolkits make them (upper case), toolkit slugs lower case; both match any case.
      toolSlug: query.tool_slug?.toUpperCase(),
      toolkitSlug: query.toolkit_slug === undefined ? undefined : registry.canonicalSlug(query.toolkit_slug),
      outcome: query.outcome,
      since: query.since === undefined ? undefined : new Date(query.since),
      until: query.until === undefined ? undefined : new Date(query.until),
    };
    const [{ rows, nextCursor, total }, before] = await Promise.all([
      listToolCalls(db, projectId, { ...filters, after, limit: query.limit }),
      after === undefined ? 0 : countToolCallsBefore(db, projectId, filters, after),
    ]);
    const answer: ToolCallList = cursorPage(rows.map(presentToolCall), {
      nextCursor,
      total,
      before,
      limit: query.limit,
    });
    return reply(c, 'listToolCalls', answer);
  });

  app.get('/tool_calls/:id', async (c) => {
    const id = parseParam(c, 'id', callId);
    const row = await getToolCall(db, c.get('apiKey').project_id, id);
    if (row === undefined) throw notFound('tool call', id);
    return reply(c, 'getToolCall', presentToolCall(row));
  });

  return app;
}
