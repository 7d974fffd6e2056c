import type {
  CreateToolkitRequest,
  ListToolkitsParams,
  UpdateToolkitRequest,
  HostedAuthField as WireAuthField,
  HostedAuthFieldGroup as WireAuthFieldGroup,
  AuthConfigDetail as WireAuthScheme,
  McpSource as WireMcpSource,
  OpenApiSource as WireOpenApiSource,
  Toolkit as WireToolkit,
  ToolkitDetail as WireToolkitDetail,
  ToolkitSource as WireToolkitSource,
} from '@patchbay/core';
import type {
  AuthField,
  CreateToolkitOptions,
  ListToolkitsOptions,
  McpSource,
  OpenApiSource,
  Toolkit,
  ToolkitAuthScheme,
  ToolkitDetail,
  ToolkitSource,
  UpdateToolkitOptions,
} from './types.js';

// The one place where toolkit wire names meet the SDK's; fields.ts records what becomes of each wire field.

const toField = (wire: WireAuthField): AuthField => ({
  name: wire.name,
  displayName: wire.displayName,
  type: wire.type,
  required: wire.required,
  description: wire.description,
  secret: wire.is_secret,
});

/** The wire keeps required and optional fields apart (as the hosted API does); the SDK lists them in one. */
const toFields = (group: WireAuthFieldGroup): AuthField[] => [...group.required, ...group.optional].map(toField);

function toScheme(wire: WireAuthScheme): ToolkitAuthScheme {
  const scheme: ToolkitAuthScheme = {
    mode: wire.mode,
    fields: {
      authConfigCreation: toFields(wire.fields.auth_config_creation),
      connectedAccountInitiation: toFields(wire.fields.connected_account_initiation),
    },
  };
  if (wire.authorization_url !== undefined) scheme.authorizationUrl = wire.authorization_url;
  if (wire.token_url !== undefined) scheme.tokenUrl = wire.token_url;
  if (wire.default_scopes !== undefined) scheme.defaultScopes = wire.default_scopes;
  return scheme;
}

export function toToolkit(wire: WireToolkit): Toolkit {
  return {
    slug: wire.slug,
    name: wire.name,
    description: wire.description,
    logo: wire.logo,
    categories: wire.categories,
    kind: wire.kind,
    authSchemes: wire.auth_config_details.map(toScheme),
    noAuth: wire.no_auth,
    toolsCount: wire.tools_count,
    isCustom: wire.is_custom,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}

function fromWireMcp(wire: WireMcpSource): McpSource {
  if (wire.transport === 'stdio') {
    return { transport: 'stdio', command: wire.command, args: wire.args, env: wire.env, perUserEnv: wire.per_user_env };
  }
  return { transport: wire.transport, url: wire.url, headers: wire.headers };
}

function fromWireOpenApi(wire: WireOpenApiSource): OpenApiSource {
  return { specUrl: wire.spec_url, spec: wire.spec, baseUrl: wire.base_url, auth: wire.auth };
}

function toSource(wire: WireToolkitSource): ToolkitSource {
  const source: ToolkitSource = { timeoutMs: wire.timeout_ms };
  if (wire.mcp !== undefined) source.mcp = fromWireMcp(wire.mcp);
  if (wire.openapi !== undefined) source.openapi = fromWireOpenApi(wire.openapi);
  return source;
}

export function toToolkitDetail(wire: WireToolkitDetail): ToolkitDetail {
  return { ...toToolkit(wire), source: wire.source === null ? null : toSource(wire.source) };
}

function toWireMcp(source: McpSource): WireMcpSource {
  if (source.transport === 'stdio') {
    const wire: WireMcpSource = { transport: 'stdio', command: source.command };
    if (source.args !== undefined) wire.args = source.args;
    if (source.env !== undefined) wire.env = source.env;
    if (source.perUserEnv !== undefined) wire.per_user_env = source.perUserEnv;
    return wire;
  }
  const wire: WireMcpSource = { transport: source.transport, url: source.url };
  if (source.headers !== undefined) wire.headers = source.headers;
  return wire;
}

function toWireOpenApi(source: OpenApiSource): WireOpenApiSource {
  const wire: WireOpenApiSource = {};
  if (source.specUrl !== undefined) wire.spec_url = source.specUrl;
  if (source.spec !== undefined) wire.spec = source.spec;
  if (source.baseUrl !== undefined) wire.base_url = source.baseUrl;
  if (source.auth !== undefined) wire.auth = source.auth;
  return wire;
}

/** Shared optional fields; only those given are sent. */
function fields(options: UpdateToolkitOptions): UpdateToolkitRequest {
  const wire: UpdateToolkitRequest = {};
  if (options.name !== undefined) wire.name = options.name;
  if (options.description !== undefined) wire.description = options.description;
  if (options.logo !== undefined) wire.logo = options.logo;
  if (options.categories !== undefined) wire.categories = options.categories;
  if (options.timeoutMs !== undefined) wire.timeout_ms = options.timeoutMs;
  if (options.mcp !== undefined) wire.mcp = toWireMcp(options.mcp);
  if (options.openapi !== undefined) wire.openapi = toWireOpenApi(options.openapi);
  return wire;
}

export function toCreateBody(options: CreateToolkitOptions): CreateToolkitRequest {
  const { name, ...rest } = fields(options);
  const base = { ...rest, slug: options.slug, name: name ?? options.name };
  if (options.mcp !== undefined) return { ...base, mcp: toWireMcp(options.mcp) };
  return { ...base, openapi: toWireOpenApi(options.openapi) };
}

export const toUpdateBody = fields;

export function toListQuery(options: ListToolkitsOptions): ListToolkitsParams {
  const query: ListToolkitsParams = {};
  if (options.search !== undefined) query.search = options.search;
  if (options.category !== undefined) query.category = options.category;
  if (options.kind !== undefined) query.kind = options.kind;
  if (options.cursor !== undefined) query.cursor = options.cursor;
  if (options.limit !== undefined) query.limit = options.limit;
  return query;
}

export const toolkitNames = {
  timeout_ms: 'timeoutMs',
  'mcp.per_user_env': 'mcp.perUserEnv',
  'openapi.spec_url': 'openapi.specUrl',
  'openapi.base_url': 'openapi.baseUrl',
};
