import { z } from 'zod';
import { cursorQuery } from './common.js';
import { toolkitSlug, toolSlug, userId, uuid } from './mcp-servers.js';

// The query mirrors openapi/components/tool-calls.yaml; test/schema-types.check.ts fails to compile on drift.

export const toolCallOutcome = z.enum(['success', 'error']);
const dateTime = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' });

export const listToolCallsQuery = cursorQuery.extend({
  server_id: uuid.optional(),
  user_id: userId.optional(),
  session_id: z.string().min(1).max(64).optional(),
  tool_slug: toolSlug.optional(),
  toolkit_slug: toolkitSlug.optional(),
  outcome: toolCallOutcome.optional(),
  since: dateTime.optional(),
  until: dateTime.optional(),
});
