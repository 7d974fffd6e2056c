import { resolveTool } from '../calls/resolve-tool.js';
import type { RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import type { Refusal, SessionPolicy } from './policy.js';

export interface SessionTool {
  toolkit: RegisteredToolkit;
  tool: ToolDefinition;
}

/** The toolkits of the project that the session allows, in registry order. */
export async function sessionToolkits(
  registry: ToolkitRegistry,
  projectId: string,
  policy: SessionPolicy,
): Promise<RegisteredToolkit[]> {
  return (await registry.all(projectId)).filter(({ meta }) => policy.toolkit(meta.slug) === undefined);
}

/** Every catalog tool the session allows: what search ranks and preload `all` serves. */
export async function sessionCatalog(
  registry: ToolkitRegistry,
  projectId: string,
  policy: SessionPolicy,
): Promise<SessionTool[]> {
  const lists = await Promise.all(
    (await sessionToolkits(registry, projectId, policy)).map(async (toolkit) =>
      (await registry.catalogTools(projectId, toolkit))
        .filter((tool) => policy.tool(toolkit.meta.slug, tool) === undefined)
        .map((tool) => ({ toolkit, tool })),
    ),
  );
  return lists.flat();
}

/**
 * One tool by slug, if the session allows it; else the rule that refuses it. A toolkit that lists its tools only per
 * user has no catalog definition: its tool is judged with no annotations, i.e. as possibly destructive.
 */
export async function findSessionTool(
  registry: ToolkitRegistry,
  projectId: string,
  policy: SessionPolicy,
  slug: string,
): Promise<{ found: SessionTool & { toolSlug: string } } | { refused: Refusal }> {
  const resolved = await resolveTool(registry, { projectId }, slug);
  if (resolved === undefined) {
    return { refused: { rule: 'unknown_tool', message: `No tool ${JSON.stringify(slug)} exists in this project.` } };
  }
  const definition: ToolDefinition = resolved.definition ?? {
    slug: resolved.toolSlug,
    originalName: resolved.toolSlug,
    name: resolved.toolSlug,
    description: '',
    inputSchema: { type: 'object' },
    noAuth: resolved.toolkit.meta.noAuth,
  };
  const refused = policy.tool(resolved.toolkit.meta.slug, definition);
  if (refused) return { refused };
  return { found: { toolkit: resolved.toolkit, tool: definition, toolSlug: resolved.toolSlug } };
}
