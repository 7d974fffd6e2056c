import type {
  DeletedResponse,
  HostedAuthField as WireAuthField,
  AuthConfigDetail as WireAuthScheme,
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
  displayName: 'displayName',
  type: 'type',
  required: 'required',
  description: 'description',
  is_secret: 'secret',
} satisfies FieldMap<WireAuthField, AuthField>;

export const authSchemeFields = {
  name: { omitted: "a display name of `mode` (e.g. 'OAuth 2'), for the hosted SDK" },
  mode: 'mode',
  fields: { to: 'fields', via: 'authSchemeFieldLists' },
  authorization_url: 'authorizationUrl',
  token_url: 'tokenUrl',
  default_scopes: 'defaultScopes',
} satisfies FieldMap<WireAuthScheme, ToolkitAuthScheme>;

export const authSchemeFieldLists = {
  auth_config_creation: { to: 'authConfigCreation', via: 'toFields: required then optional, toField on each' },
  connected_account_initiation: {
    to: 'connectedAccountInitiation',
    via: 'toFields: required then optional, toField on each',
  },
} satisfies FieldMap<WireAuthScheme['fields'], ToolkitAuthScheme['fields']>;

export const toolkitFields = {
  slug: 'slug',
  name: 'name',
  description: 'description',
  logo: 'logo',
  categories: 'categories',
  kind: 'kind',
  auth_schemes: { omitted: 'the modes of auth_config_details, which authSchemes carries whole' },
  auth_config_details: { to: 'authSchemes', via: 'toScheme on each' },
  no_auth: 'noAuth',
  tools_count: 'toolsCount',
  is_custom: 'isCustom',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
  version: { omitted: 'not yet in the SDK: pinning versions is the hosted SDK’s need (execute takes none here)' },
  aliases: { omitted: 'not yet in the SDK: every alias is accepted where a slug is given' },
  meta: { omitted: 'the hosted SDK’s copy of description, logo, categories, counts and dates' },
  is_local_toolkit: { omitted: 'always false; for the hosted SDK' },
  composio_managed_auth_schemes: { omitted: 'for the hosted SDK; authSchemes says what each scheme needs' },
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
