import { type components, mcpSource, openApiSource } from '@patchbay/core';
import type { CustomToolkitRow } from '../store/custom-toolkits.js';
import type { Logger } from '../util/logger.js';
import { createMcpUpstreamToolkit, type StdioPool, type UpstreamDefinition } from './mcp-upstream/index.js';
import { createOpenApiToolkit } from './openapi/index.js';
import type { CustomToolkitFactory, RegisteredToolkit, ToolkitMeta } from './registry.js';
import { errorResult, type ToolkitRuntime } from './runtime.js';

type AuthField = components['schemas']['AuthField'];
type AuthScheme = components['schemas']['ToolkitAuthScheme'];

const secretField = (name: string, description: string): AuthField => ({
  name,
  display_name: name,
  type: 'string',
  required: true,
  description,
  secret: true,
});

/** What a connected account must hold for an OpenAPI toolkit's auth scheme. */
function openApiSchemes(scheme: components['schemas']['AuthScheme']): AuthScheme[] {
  const needs = (fields: AuthField[]): AuthScheme[] => [
    { mode: scheme, fields: { auth_config_creation: [], connected_account_initiation: fields } },
  ];
  switch (scheme) {
    case 'NO_AUTH':
      return [];
    case 'API_KEY':
      return needs([secretField('api_key', 'The API key.')]);
    case 'BEARER_TOKEN':
      return needs([secretField('token', 'The bearer token.')]);
    case 'BASIC':
      return needs([
        { ...secretField('username', 'The user name.'), secret: false },
        secretField('password', 'The password.'),
      ]);
    case 'OAUTH2':
    case 'OAUTH1':
      return [
        {
          mode: scheme,
          fields: {
            auth_config_creation: [
              { ...secretField('client_id', "The OAuth app's client id."), secret: false },
              secretField('client_secret', "The OAuth app's client secret."),
            ],
            connected_account_initiation: [],
          },
        },
      ];
  }
}

/** A runtime for a stored source that no longer parses: every call says so instead of failing obscurely. */
function brokenRuntime(slug: string, problem: string): ToolkitRuntime {
  return {
    slug,
    listTools: async () => [],
    callTool: async () =>
      errorResult(`The ${slug} toolkit is misconfigured (${problem}); fix it with PATCH /api/v3/toolkits/${slug}.`),
  };
}

function build(
  row: CustomToolkitRow,
  logger: Logger,
  pool: StdioPool,
): { runtime: ToolkitRuntime; schemes: AuthScheme[] } {
  if (row.kind === 'openapi') {
    const parsed = openApiSource.safeParse(row.source);
    if (!parsed.success) return { runtime: brokenRuntime(row.slug, 'its OpenAPI source is invalid'), schemes: [] };
    const source = parsed.data;
    const scheme = source.auth?.scheme ?? 'NO_AUTH';
    if (scheme === 'OAUTH1') return { runtime: brokenRuntime(row.slug, 'OAuth 1 is not supported'), schemes: [] };
    const runtime = createOpenApiToolkit({
      slug: row.slug,
      spec: source.spec,
      specUrl: source.spec_url,
      baseUrl: source.base_url,
      auth: { scheme, in: source.auth?.in, name: source.auth?.name },
      timeoutMs: row.timeout_ms,
    });
    return { runtime, schemes: openApiSchemes(scheme) };
  }
  const parsed = mcpSource.safeParse(row.source);
  if (!parsed.success) return { runtime: brokenRuntime(row.slug, 'its MCP source is invalid'), schemes: [] };
  const source = parsed.data;
  let definition: UpstreamDefinition;
  let schemes: AuthScheme[] = [];
  if (source.transport === 'stdio') {
    definition = {
      slug: row.slug,
      projectId: row.project_id,
      transport: 'stdio',
      command: source.command,
      args: source.args,
      env: source.env,
      perUserEnv: source.per_user_env,
      timeoutMs: row.timeout_ms,
    };
    const perUser = source.per_user_env ?? [];
    if (perUser.length > 0) {
      const fields = perUser.map((name) =>
        secretField(name, `Set as the environment variable ${name} of the user's process.`),
      );
      schemes = [{ mode: 'API_KEY', fields: { auth_config_creation: [], connected_account_initiation: fields } }];
    }
  } else {
    definition = {
      slug: row.slug,
      projectId: row.project_id,
      transport: source.transport,
      url: source.url,
      headers: source.headers,
      timeoutMs: row.timeout_ms,
    };
  }
  return { runtime: createMcpUpstreamToolkit(definition, { logger, pool }), schemes };
}

/** Builds catalog entries and runtimes for a project's custom toolkits; stdio upstreams share one process pool. */
export function customToolkitFactory(logger: Logger, pool: StdioPool): CustomToolkitFactory {
  return (row): RegisteredToolkit => {
    const { runtime, schemes } = build(row, logger, pool);
    const meta: ToolkitMeta = {
      slug: row.slug,
      name: row.name,
      description: row.description,
      logo: row.logo,
      categories: row.categories,
      kind: row.kind,
      authSchemes: schemes,
      noAuth: schemes.length === 0,
      isCustom: true,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      source: sourceOf(row),
      timeoutMs: row.timeout_ms,
    };
    return { meta, runtime };
  };
}

function sourceOf(row: CustomToolkitRow): ToolkitMeta['source'] {
  if (row.kind === 'openapi') {
    const parsed = openApiSource.safeParse(row.source);
    return parsed.success ? { openapi: parsed.data, timeout_ms: row.timeout_ms } : null;
  }
  const parsed = mcpSource.safeParse(row.source);
  return parsed.success ? { mcp: parsed.data, timeout_ms: row.timeout_ms } : null;
}
