import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { RequestOptions } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ObjectSchema, ToolDefinition } from '../runtime.js';
import { uniqueToolSlugs } from '../tool-names.js';
import { allPages } from './features.js';

/** One upstream's tools as Patchbay exposes them, with the way back from a slug to the upstream's own name. */
export interface UpstreamToolList {
  definitions: ToolDefinition[];
  upstreamName(slug: string): string | undefined;
}

/** Every tool, following `nextCursor` until the upstream stops giving one (or repeats itself). */
export function listAllTools(client: Client, options: RequestOptions): Promise<Tool[]> {
  return allPages(async (cursor) => {
    const result = await client.listTools(cursor === undefined ? {} : { cursor }, options);
    return { items: result.tools, nextCursor: result.nextCursor };
  });
}

/** MCP requires `type: "object"` at the top of a tool's schemas; some servers leave it out of `outputSchema`. */
function objectSchema(schema: Readonly<Record<string, unknown>>): ObjectSchema {
  const copy: ObjectSchema = { ...schema, type: 'object' };
  const properties = schema.properties;
  if (
    properties !== undefined &&
    (typeof properties !== 'object' || properties === null || Array.isArray(properties))
  ) {
    delete copy.properties;
  }
  const required = schema.required;
  if (required !== undefined) {
    if (Array.isArray(required)) copy.required = required.filter((item): item is string => typeof item === 'string');
    else delete copy.required;
  }
  return copy;
}

export function buildToolList(toolkitSlug: string, tools: readonly Tool[], noAuth: boolean): UpstreamToolList {
  // The SDK has validated the shape; duplicates are the upstream's bug, and the first one wins so slugs stay stable.
  const unique: Tool[] = [];
  const names = new Set<string>();
  for (const tool of tools) {
    // Such a tool answers only a task-augmented call (tasks/get, tasks/result), which Patchbay does not relay: listed,
    // it could never run.
    if (tool.execution?.taskSupport === 'required') continue;
    if (names.has(tool.name)) continue;
    names.add(tool.name);
    unique.push(tool);
  }
  const slugs = uniqueToolSlugs(
    toolkitSlug,
    unique.map((tool) => tool.name),
  );
  const bySlug = new Map<string, string>();
  const definitions = unique.map((tool, i): ToolDefinition => {
    const slug = slugs[i] ?? '';
    bySlug.set(slug, tool.name);
    return {
      slug,
      originalName: tool.name,
      name: tool.annotations?.title ?? tool.title ?? tool.name,
      description: tool.description ?? '',
      inputSchema: objectSchema(tool.inputSchema),
      outputSchema: tool.outputSchema === undefined ? undefined : objectSchema(tool.outputSchema),
      annotations: tool.annotations,
      noAuth,
    };
  });
  return { definitions, upstreamName: (slug) => bySlug.get(slug) };
}
