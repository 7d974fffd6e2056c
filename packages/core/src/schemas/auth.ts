import { z } from 'zod';
import { commaList, cursorQuery, orderDirection } from './common.js';
import { authConfigId, toolkitSlug, userId } from './mcp-servers.js';

// Bodies and queries mirror openapi/components/auth.yaml; test/schema-types.check.ts fails to compile on drift.

export const authSchemeValue = z.enum(['OAUTH2', 'OAUTH1', 'API_KEY', 'BASIC', 'BEARER_TOKEN', 'NO_AUTH']);
export const authConfigStatus = z.enum(['ENABLED', 'DISABLED']);
export const connectedAccountStatus = z.enum(['INITIALIZING', 'INITIATED', 'ACTIVE', 'FAILED', 'EXPIRED', 'INACTIVE']);

const credentials = z.record(z.string(), z.unknown());
const scopes = z.array(z.string().min(1).max(256)).max(100);
const authConfigName = z.string().min(1).max(100);
const proxyConfig = z.strictObject({
  proxy_url: z.url({ message: 'must be a URL' }).max(2048),
  proxy_auth_key: z.string().max(1024).optional(),
});

export const managedAuthConfigInput = z.strictObject({
  type: z.literal('use_composio_managed_auth'),
  name: authConfigName.optional(),
  credentials: credentials.optional(),
  scopes: scopes.optional(),
  proxy_config: proxyConfig.optional(),
});
export const customAuthConfigInput = z
  .strictObject({
    type: z.literal('use_custom_auth'),
    name: authConfigName.optional(),
    auth_scheme: authSchemeValue.optional(),
    /** The hosted SDK's spelling of `auth_scheme`. */
    authScheme: authSchemeValue.optional(),
    credentials: credentials.optional(),
    scopes: scopes.optional(),
    proxy_config: proxyConfig.optional(),
  })
  .refine((input) => input.auth_scheme !== undefined || input.authScheme !== undefined, {
    message: 'auth_scheme is required for use_custom_auth',
    path: ['auth_scheme'],
  });

export const createAuthConfigRequest = z.strictObject({
  toolkit: z.strictObject({ slug: toolkitSlug }),
  auth_config: z.discriminatedUnion('type', [managedAuthConfigInput, customAuthConfigInput]),
});

const noToolLimits = z
  .array(z.string())
  .max(0, { message: 'not supported: limit tools with the MCP server’s allowed_tools' })
  .optional();

export const updateAuthConfigRequest = z.strictObject({
  name: authConfigName.optional(),
  credentials: credentials.optional(),
  scopes: scopes.optional(),
  // What the hosted SDK's authConfigs.update sends beside them.
  type: z.enum(['custom', 'default']).optional(),
  tool_access_config: z
    .strictObject({ tools_for_connected_account_creation: noToolLimits, tools_available_for_execution: noToolLimits })
    .optional(),
  is_enabled_for_tool_router: z.boolean().optional(),
});

export const listAuthConfigsQuery = cursorQuery.extend({
  toolkit_slug: toolkitSlug.optional(),
  is_composio_managed: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .transform((raw) => raw === 'true')
    .optional(),
  search: z.string().max(200).optional(),
});

export const connectedAccountId = z.string().min(1).max(64);

export const createConnectedAccountRequest = z.strictObject({
  auth_config: z.strictObject({ id: authConfigId }),
  connection: z.strictObject({
    user_id: userId.default('default'),
    callback_url: z.url({ message: 'must be a URL' }).max(2048).optional(),
    state: z.record(z.string(), z.unknown()).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const createConnectedAccountLinkRequest = z.strictObject({
  auth_config_id: authConfigId,
  user_id: userId,
  callback_url: z.url({ message: 'must be a URL' }).max(2048).optional(),
});

export const updateConnectedAccountStatusRequest = z.strictObject({ enabled: z.boolean() });

const statusList = z
  .string()
  .max(2000)
  .transform((raw) =>
    raw
      .split(',')
      .map((part) => part.trim().toUpperCase())
      .filter((part) => part.length > 0),
  )
  .pipe(z.array(connectedAccountStatus).max(6));

export const listConnectedAccountsQuery = cursorQuery.extend({
  user_ids: commaList(userId).optional(),
  toolkit_slugs: commaList(toolkitSlug).optional(),
  statuses: statusList.optional(),
  auth_config_ids: commaList(authConfigId).optional(),
  order_by: z.enum(['created_at', 'updated_at']).default('created_at'),
  order_direction: orderDirection,
});
