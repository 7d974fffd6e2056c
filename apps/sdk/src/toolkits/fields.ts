import type {
  DeletedResponse,
  AuthField as WireAuthField,
  ToolkitAuthScheme as WireAuthScheme,
  McpHttpSource as WireMcpHttpSource,
  McpStdioSource as WireMcpStdioSource,
  OpenApiSource as WireOpenApiSource,
  Toolkit as WireToolkit,
  ToolkitDetail as WireToolkitDetail,
  ToolkitSource as WireToolkitSource,
} from '@patchbay/core';
import type { FieldMap } from '../field-map.js';
import type {
  AuthField,
  McpHttpSource,
  McpStdioSource,
  OpenApiSource,
  Toolkit,
  ToolkitAuthScheme,
  ToolkitDetail,
  ToolkitSource,
} from './types.js';

// Every toolkit wire field and what mappers.ts (and delete() in toolkits.ts) make of it; see field-map.ts.

export const authFieldFields = {
  name: 'name',
  display_name: 'displayName',
  type: 'type',
  required: 'required',
  description: 'description',
  secret: 'secret',
} satisfies FieldMap<WireAuthField, AuthField>;

export const authSchemeFields = {
  mode: 'mode',
  fields: { to: 'fields', via: 'authSchemeFieldLists' },
  authorization_url: 'authorizationUrl',
  token_url: 'tokenUrl',
  default_scopes: 'defaultScopes',
} satisfies FieldMap<WireAuthScheme, ToolkitAuthScheme>;

export const authSchemeFieldLists = {
  auth_config_creation: { to: 'authConfigCreation', via: 'toField on each' },
  connected_account_initiation: { to: 'connectedAccountInitiation', via: 'toField on each' },
} satisfies FieldMap<WireAuthScheme['fields'], ToolkitAuthScheme['fields']>;

export const toolkitFields = {
  slug: 'slug',
  name: 'name',
  description: 'description',
  logo: 'logo',
  categories: 'categories',
  kind: 'kind',
  auth_schemes: { to: 'authSchemes', via: 'toScheme on each' },
  no_auth: 'noAuth',
  tools_count: 'toolsCount',
  is_custom: 'isCustom',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
} satisfies FieldMap<WireToolkit, Toolkit>;

export const toolkitDetailFields = {
  ...toolkitFields,
  source: { to: 'source', via: 'toSource, null kept' },
} satisfies FieldMap<WireToolkitDetail, ToolkitDetail>;

export const sourceFields = {
  mcp: { to: 'mcp', via: 'fromWireMcp' },
  openapi: { to: 'openapi', via: 'fromWireOpenApi' },
  timeout_ms: 'timeoutMs',
} satisfies FieldMap<WireToolkitSource, ToolkitSource>;

export const stdioSourceFields = {
  transport: 'transport',
  command: 'command',
  args: 'args',
  env: 'env',
  per_user_env: 'perUserEnv',
} satisfies FieldMap<WireMcpStdioSource, McpStdioSource>;

export const httpSourceFields = {
  transport: 'transport',
  url: 'url',
  headers: 'headers',
} satisfies FieldMap<WireMcpHttpSource, McpHttpSource>;

export const openApiSourceFields = {
  spec_url: 'specUrl',
  spec: 'spec',
  base_url: 'baseUrl',
  auth: 'auth',
} satisfies FieldMap<WireOpenApiSource, OpenApiSource>;

/** A toolkit's id is its slug, and the SDK calls it that. */
export const toolkitDeletedFields = {
  id: 'slug',
  deleted: 'deleted',
} satisfies FieldMap<DeletedResponse, { slug: string; deleted: boolean }>;
