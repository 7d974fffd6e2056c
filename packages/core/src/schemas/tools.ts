import { z } from 'zod';
import { commaList, cursorQuery } from './common.js';
import { authConfigId, toolkitSlug, toolSlug, userId } from './mcp-servers.js';

// Bodies and queries mirror openapi/components/tools.yaml; test/schema-types.check.ts fails to compile on drift.

export const executeToolRequest = z.strictObject({
  user_id: userId.optional(),
  connected_account_id: z.string().min(1).max(64).optional(),
  arguments: z.record(z.string(), z.unknown()).default({}),
  allow_tracing: z.boolean().optional(),
  version: z.string().max(64).optional(),
});

/** A toolkit version as the hosted SDK sends it: a version it read, or `latest`. */
export const toolkitVersion = z.string().min(1).max(64);

export const listToolsQuery = cursorQuery.extend({
  toolkit_slug: commaList(toolkitSlug).optional(),
  search: z.string().max(200).optional(),
  tool_slugs: commaList(toolSlug, 1000).optional(),
  tags: commaList(z.string().min(1).max(64)).optional(),
  auth_config_ids: commaList(authConfigId).optional(),
  toolkit_versions: toolkitVersion.optional(),
});

export const getToolQuery = z.object({
  version: toolkitVersion.optional(),
  toolkit_versions: toolkitVersion.optional(),
});
