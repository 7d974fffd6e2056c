import { z } from 'zod';
import { cappedLimit, commaList, orderDirection, pageNo } from './common.js';

// Bodies mirror openapi/components/mcp.yaml; test/schema-types.check.ts fails to compile if the two drift.

export const serverName = z
  .string()
  .min(4, { message: 'must be 4-30 characters' })
  .max(30, { message: 'must be 4-30 characters' })
  .regex(/^[a-zA-Z0-9- ]+$/, { message: 'may contain only letters, digits, spaces and hyphens' });
export const toolkitSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'must be a toolkit slug (letters, digits, _ and -)' });
export const toolSlug = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'must be a tool slug (letters, digits, _, . and -)' });
export const authConfigId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'must be an auth config id' });
export const resourcePattern = z.string().min(1).max(2048);
export const promptSlug = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'must be a prompt name as served (letters, digits, _, . and -)' });
export const userId = z.string().min(1, { message: 'must not be empty' }).max(256);
export const uuid = z.uuid({ message: 'must be a UUID' });

const toolkits = z.array(toolkitSlug).max(100);
const authConfigIds = z.array(authConfigId).max(100);
const tools = z.array(toolSlug).max(1000);
const resources = z.array(resourcePattern).max(1000);
const prompts = z.array(promptSlug).max(1000);

export const createMcpServerRequest = z.strictObject({
  name: serverName,
  auth_config_ids: authConfigIds,
  no_auth_apps: toolkits.optional(),
  allowed_tools: tools.default([]),
  custom_tools: tools.optional(),
  allowed_resources: resources.optional(),
  allowed_prompts: prompts.optional(),
  managed_auth_via_composio: z.boolean().default(false),
});

export const createCustomMcpServerRequest = z.strictObject({
  name: serverName,
  toolkits: toolkits.optional(),
  auth_config_ids: authConfigIds.optional(),
  allowed_tools: tools.optional(),
  custom_tools: tools.optional(),
  allowed_resources: resources.optional(),
  allowed_prompts: prompts.optional(),
  managed_auth_via_composio: z.boolean().default(false),
});

export const updateMcpServerRequest = z.strictObject({
  name: serverName.optional(),
  toolkits: toolkits.optional(),
  allowed_tools: tools.optional(),
  allowed_resources: resources.optional(),
  allowed_prompts: prompts.optional(),
  managed_auth_via_composio: z.boolean().optional(),
  auth_config_ids: authConfigIds.optional(),
});

export const generateMcpUrlRequest = z.strictObject({
  mcp_server_id: uuid,
  user_ids: z.array(userId).max(1000).optional(),
  connected_account_ids: z.array(z.string().min(1).max(64)).max(1000).optional(),
  managed_auth_by_composio: z.boolean().default(false),
  scoped_tokens: z.boolean().default(true),
});

export const createMcpInstanceRequest = z.strictObject({ user_id: userId });

const serverOrderBy = z.enum(['created_at', 'updated_at']).default('updated_at');

export const listMcpServersQuery = z.object({
  name: z.string().max(100).optional(),
  toolkits: commaList(toolkitSlug).optional(),
  auth_config_ids: commaList(authConfigId).optional(),
  order_by: serverOrderBy,
  order_direction: orderDirection,
  page_no: pageNo,
  limit: cappedLimit(10, 100),
});

export const listMcpServersByToolkitQuery = listMcpServersQuery.omit({ toolkits: true });

export const listMcpInstancesQuery = z.object({
  page_no: pageNo,
  limit: cappedLimit(20, 100),
  search: z.string().max(256).optional(),
  order_by: serverOrderBy,
  order_direction: orderDirection,
});
