import { z } from 'zod';
import { cappedLimit, commaList } from './common.js';
import { authConfigId, toolkitSlug, toolSlug, userId } from './mcp-servers.js';

// Bodies and queries mirror openapi/components/tool-router.yaml; test/schema-types.check.ts fails to compile on drift.

/**
 * The spellings the hosted service uses in its `config` echo but refuses in requests, and what to send instead: a
 * client that posts the echo back gets a 400 that says so (validate.ts names them).
 */
export const echoSpellings: Readonly<Record<string, string>> = {
  enabled: 'enable',
  disabled: 'disable',
  proxy_execution_enabled: 'enable_proxy_execution',
};

export const toolRouterSessionId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'must be a session id (trs_…)' });

export const toolRouterHint = z.enum(['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']);
const hints = z.array(toolRouterHint).max(4);
export const toolRouterTags = z.union([hints, z.strictObject({ enable: hints.optional(), disable: hints.optional() })]);

const slugList = z.array(toolkitSlug).max(1000);
const toolSlugList = z.array(toolSlug).max(1000);

/** Exactly one of the keys: the hosted service refuses a filter that both allows and denies. */
function oneOf<T extends Record<string, unknown>>(keys: readonly (keyof T & string)[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    const given = keys.filter((key) => value[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: given.length === 0 ? `give one of ${keys.join(', ')}` : `give one of ${given.join(', ')}, not both`,
      });
    }
  };
}

export const toolRouterToolkitsFilter = z
  .strictObject({ enable: slugList.optional(), disable: slugList.optional() })
  .superRefine(oneOf(['enable', 'disable']));

export const toolRouterToolFilter = z
  .strictObject({ enable: toolSlugList.optional(), disable: toolSlugList.optional(), tags: toolRouterTags.optional() })
  .superRefine(oneOf(['enable', 'disable', 'tags']));

const flag = z.boolean().nullable().optional();
const url = z.string().max(2048);

export const toolRouterManageConnections = z.strictObject({
  enable: flag,
  callback_url: url.optional(),
  enable_connection_removal: flag,
  enable_wait_for_connections: flag,
});
export const toolRouterPreload = z.strictObject({ tools: z.union([toolSlugList, z.literal('all')]).optional() });
export const toolRouterWorkbench = z.strictObject({
  enable: z.boolean().optional(),
  enable_proxy_execution: z.boolean().optional(),
  auto_offload_threshold: z.number().min(0).optional(),
  sandbox_size: z.enum(['standard', 'medium', 'large', 'xlarge']).optional(),
});
export const toolRouterMultiAccount = z.strictObject({
  enable: z.boolean().optional(),
  max_accounts_per_toolkit: z.number().int().min(2).max(10).optional(),
  require_explicit_selection: z.boolean().optional(),
});
const looseObject = z.record(z.string(), z.unknown());
export const toolRouterExperimental = z.strictObject({
  assistive_prompt_config: z.strictObject({ user_timezone: z.string().max(64).optional() }).optional(),
  custom_tools: z.array(looseObject).max(100).optional(),
  custom_toolkits: z.array(looseObject).max(100).optional(),
  link_url_overwrite: url.optional(),
  permissions: looseObject.optional(),
});
const accountId = z.string().min(1).max(64);

const configFields = {
  toolkits: toolRouterToolkitsFilter.optional(),
  tools: z.record(toolkitSlug, toolRouterToolFilter).optional(),
  tags: toolRouterTags.optional(),
  auth_configs: z.record(toolkitSlug, authConfigId).optional(),
  connected_accounts: z.record(toolkitSlug, z.array(accountId).max(10)).optional(),
  manage_connections: toolRouterManageConnections.optional(),
  preload: toolRouterPreload.optional(),
  search: z.strictObject({ enable: z.boolean().optional() }).optional(),
  execute: z.strictObject({ enable_multi_execute: z.boolean().optional() }).optional(),
  workbench: toolRouterWorkbench.optional(),
  multi_account: toolRouterMultiAccount.optional(),
  experimental: toolRouterExperimental.optional(),
};

export const createToolRouterSessionRequest = z.strictObject({ user_id: userId, ...configFields });

export const updateToolRouterSessionRequest = z.strictObject({
  ...configFields,
  connected_accounts: z.record(toolkitSlug, z.array(accountId).max(10)).nullable().optional(),
  manage_connections: toolRouterManageConnections.nullable().optional(),
  workbench: toolRouterWorkbench.nullable().optional(),
  multi_account: toolRouterMultiAccount.nullable().optional(),
  experimental: toolRouterExperimental.nullable().optional(),
});

export const toolRouterSearchRequest = z.strictObject({
  queries: z
    .array(z.strictObject({ use_case: z.string().min(1).max(1024), known_fields: z.string().max(500).optional() }))
    .min(1)
    .max(20),
  model: z.string().max(128).optional(),
  toolkits: z.array(toolkitSlug).max(100).optional(),
  experimental: looseObject.optional(),
});

export const toolRouterExecuteRequest = z.strictObject({
  tool_slug: toolSlug,
  arguments: looseObject.optional(),
  account: accountId.optional(),
  enable_auto_workbench_offload: z.boolean().optional(),
  experimental: looseObject.optional(),
});

export const toolRouterExecuteMetaRequest = z.strictObject({
  slug: toolSlug,
  arguments: looseObject.optional(),
  experimental: looseObject.optional(),
});

export const toolRouterLinkRequest = z.strictObject({
  toolkit: toolkitSlug,
  callback_url: url.optional(),
  alias: z.string().min(1).max(128).optional(),
  experimental: z
    .strictObject({
      account_type: z.enum(['PRIVATE', 'SHARED']).optional(),
      acl_config_for_shared: looseObject.optional(),
    })
    .optional(),
});

const cursor = z.string().max(512).optional();
export const toolRouterToolsQuery = z.object({ cursor, limit: cappedLimit(500, 500) });
export const toolRouterHistoryQuery = z.object({ cursor, limit: cappedLimit(20, 100) });
export const toolRouterToolkitsQuery = z.object({
  cursor,
  limit: cappedLimit(20, 50),
  search: z.string().max(200).optional(),
  is_connected: z.enum(['true', 'false']).optional(),
  toolkits: commaList(toolkitSlug).optional(),
});
