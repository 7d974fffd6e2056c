import type { Tool, ToolAnnotations, Toolkit, ToolkitDetail } from '@patchbay/core';
import type { ToolkitMeta } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import { iso } from './iso.js';

/** The MCP hints the API reports, in the order their names appear in `tags`. */
const hintNames = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;

export function presentToolkit(meta: ToolkitMeta, toolsCount: number): Toolkit {
  return {
    slug: meta.slug,
    name: meta.name,
    description: meta.description,
    logo: meta.logo,
    categories: [...meta.categories],
    kind: meta.kind,
    auth_schemes: meta.authSchemes,
    no_auth: meta.noAuth,
    tools_count: toolsCount,
    is_custom: meta.isCustom,
    created_at: iso(meta.createdAt),
    updated_at: iso(meta.updatedAt),
  };
}

export function presentToolkitDetail(meta: ToolkitMeta, toolsCount: number): ToolkitDetail {
  return { ...presentToolkit(meta, toolsCount), source: meta.source };
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

export function presentTool(meta: ToolkitMeta, tool: ToolDefinition): Tool {
  return {
    slug: tool.slug,
    name: tool.name,
    description: tool.description,
    toolkit: { slug: meta.slug, name: meta.name, logo: meta.logo },
    input_parameters: { ...tool.inputSchema },
    output_parameters: tool.outputSchema === undefined ? {} : { ...tool.outputSchema },
    tags: toolTags(tool, meta.categories),
    annotations: presentAnnotations(tool.annotations),
    no_auth: tool.noAuth,
  };
}
