import type {
  AuthConfigDetail,
  AuthField,
  HostedAuthField,
  Tool,
  ToolAnnotations,
  Toolkit,
  ToolkitAuthScheme,
  ToolkitCategory,
  ToolkitDetail,
} from '@patchbay/core';
import { isUserKeyScheme } from '../accounts/schemes.js';
import type { ToolkitMeta } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import { iso } from './iso.js';

/** The MCP hints the API reports, in the order their names appear in `tags`. */
const hintNames = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;

/** What the catalog knows of a toolkit beyond its meta: counted and hashed from its tools. */
export interface ToolkitFacts {
  toolsCount: number;
  version: string;
}

const schemeNames: Record<ToolkitAuthScheme['mode'], string> = {
  OAUTH2: 'OAuth 2',
  OAUTH1: 'OAuth 1',
  API_KEY: 'API key',
  BEARER_TOKEN: 'Bearer token',
  BASIC: 'Basic',
  NO_AUTH: 'No auth',
};

const hostedField = (field: AuthField): HostedAuthField => ({
  name: field.name,
  displayName: field.display_name,
  type: field.type,
  required: field.required,
  description: field.description,
  is_secret: field.secret,
});

const fieldGroup = (fields: readonly AuthField[]) => ({
  required: fields.filter((f) => f.required).map(hostedField),
  optional: fields.filter((f) => !f.required).map(hostedField),
});

/** A scheme as the hosted API describes it: required and optional fields apart, `displayName` in camelCase. */
function presentScheme(scheme: ToolkitAuthScheme): AuthConfigDetail {
  const detail: AuthConfigDetail = {
    name: schemeNames[scheme.mode],
    mode: scheme.mode,
    fields: {
      auth_config_creation: fieldGroup(scheme.fields.auth_config_creation),
      connected_account_initiation: fieldGroup(scheme.fields.connected_account_initiation),
    },
  };
  if (scheme.authorization_url !== undefined) detail.authorization_url = scheme.authorization_url;
  if (scheme.token_url !== undefined) detail.token_url = scheme.token_url;
  if (scheme.default_scopes !== undefined) detail.default_scopes = scheme.default_scopes;
  return detail;
}

/** `developer-tools` → `Developer tools`. */
function categoryName(id: string): string {
  const words = id.split(/[-_\s]+/).filter((w) => w !== '');
  const text = words.join(' ');
  return text === '' ? id : `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

export function presentCategory(id: string): ToolkitCategory {
  return { id, slug: id, name: categoryName(id) };
}

/** A managed auth config takes the first scheme; it needs no credentials of the caller's when users bring keys. */
function managedSchemes(meta: ToolkitMeta): ToolkitAuthScheme['mode'][] {
  const first = meta.authSchemes[0]?.mode;
  return first !== undefined && isUserKeyScheme(first) ? [first] : [];
}

export function presentToolkit(meta: ToolkitMeta, facts: ToolkitFacts): Toolkit {
  const createdAt = iso(meta.createdAt);
  const updatedAt = iso(meta.updatedAt);
  const hostedMeta: Toolkit['meta'] = {
    description: meta.description,
    categories: meta.categories.map(presentCategory),
    created_at: createdAt,
    updated_at: updatedAt,
    tools_count: facts.toolsCount,
    triggers_count: 0,
    available_versions: [facts.version],
  };
  if (meta.logo !== null) hostedMeta.logo = meta.logo;
  return {
    slug: meta.slug,
    name: meta.name,
    description: meta.description,
    logo: meta.logo,
    categories: [...meta.categories],
    kind: meta.kind,
    auth_schemes: meta.authSchemes.map((scheme) => scheme.mode),
    auth_config_details: meta.authSchemes.map(presentScheme),
    no_auth: meta.noAuth,
    tools_count: facts.toolsCount,
    is_custom: meta.isCustom,
    created_at: createdAt,
    updated_at: updatedAt,
    version: facts.version,
    aliases: [...(meta.aliases ?? [])],
    meta: hostedMeta,
    is_local_toolkit: false,
    composio_managed_auth_schemes: managedSchemes(meta),
  };
}

export function presentToolkitDetail(meta: ToolkitMeta, facts: ToolkitFacts): ToolkitDetail {
  return { ...presentToolkit(meta, facts), source: meta.source };
}

/**
 * Only the annotations the API documents: upstream MCP servers may send other keys, which a client of this API
 * has no contract for.
 */
function presentAnnotations(annotations: ToolDefinition['annotations']): ToolAnnotations {
  const out: ToolAnnotations = {};
  if (annotations === undefined) return out;
  for (const name of hintNames) {
    const value = annotations[name];
    if (typeof value === 'boolean') out[name] = value;
  }
  if (typeof annotations.title === 'string') out.title = annotations.title;
  return out;
}

/** The names of the true hints, then the toolkit's categories (without repeats), as the spec defines `tags`. */
export function toolTags(tool: ToolDefinition, categories: readonly string[]): string[] {
  const hints = hintNames.filter((name) => tool.annotations?.[name] === true);
  return [...new Set<string>([...hints, ...categories])];
}

/** `version` is the toolkit's (a tool has no version of its own). */
export function presentTool(meta: ToolkitMeta, tool: ToolDefinition, version: string): Tool {
  const toolkit: Tool['toolkit'] = { slug: meta.slug, name: meta.name };
  if (meta.logo !== null) toolkit.logo = meta.logo;
  return {
    slug: tool.slug,
    name: tool.name,
    description: tool.description,
    toolkit,
    input_parameters: { ...tool.inputSchema },
    output_parameters: tool.outputSchema === undefined ? {} : { ...tool.outputSchema },
    tags: toolTags(tool, meta.categories),
    annotations: presentAnnotations(tool.annotations),
    no_auth: tool.noAuth,
    version,
    available_versions: [version],
  };
}
