import type { RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import { toolSlugPrefix } from '../toolkits/tool-names.js';

/** Where a tool slug is looked up. */
export interface ToolLookup {
  projectId: string;
  /** A named server's toolkits; undefined for every toolkit of the project (the REST catalog and execute). */
  toolkits?: readonly string[] | undefined;
  /** An allow-list; empty or undefined allows every tool. */
  allowedTools?: readonly string[] | undefined;
}

export interface ResolvedTool {
  toolkit: RegisteredToolkit;
  /** The slug as the toolkit spells it (upper snake case). */
  toolSlug: string;
  /** The catalog's definition, when the toolkit lists the tool without a user. */
  definition: ToolDefinition | undefined;
}

/** Tool slugs are upper snake case (tool-names.ts), so any spelling a client sends is matched by its upper case. */
const canonical = (slug: string) => slug.toUpperCase();

/** An empty allow-list means every tool of the server's toolkits, as the hosted API defines it. */
export function isAllowed(allowedTools: readonly string[] | undefined, slug: string): boolean {
  if (allowedTools === undefined || allowedTools.length === 0) return true;
  const wanted = canonical(slug);
  return allowedTools.some((allowed) => canonical(allowed) === wanted);
}

async function candidates(registry: ToolkitRegistry, lookup: ToolLookup, wanted: string) {
  const toolkits =
    lookup.toolkits === undefined
      ? await registry.all(lookup.projectId)
      : (await Promise.all(lookup.toolkits.map((slug) => registry.find(lookup.projectId, slug)))).filter(
          (toolkit) => toolkit !== undefined,
        );
  // Longest prefix first, so `my_kit` wins over `my` for `MY_KIT_RUN`.
  return toolkits
    .filter(({ meta }) => wanted.startsWith(toolSlugPrefix(meta.slug)))
    .sort((a, b) => toolSlugPrefix(b.meta.slug).length - toolSlugPrefix(a.meta.slug).length);
}

/**
 * The toolkit that runs `slug`, found by its `TOOLKIT_` prefix. A named server's toolkits answer for their own
 * prefixes: their tool lists may depend on the user, which only the call itself knows, so the toolkit says whether
 * the tool exists. The project-wide lookup (REST) knows tools by the catalog listing; a toolkit that lists none
 * without a user (or whose upstream was down) may still have the tool, so it is handed the call when nothing else has it.
 */
export async function resolveTool(
  registry: ToolkitRegistry,
  lookup: ToolLookup,
  slug: string,
): Promise<ResolvedTool | undefined> {
  const wanted = registry.canonicalToolSlug(slug);
  if (!isAllowed(lookup.allowedTools, wanted)) return undefined;
  let unlisted: RegisteredToolkit | undefined;
  for (const toolkit of await candidates(registry, lookup, wanted)) {
    if (lookup.toolkits !== undefined) return { toolkit, toolSlug: wanted, definition: undefined };
    const tools = await registry.catalogTools(lookup.projectId, toolkit);
    const definition = tools.find((tool) => canonical(tool.slug) === wanted);
    if (definition !== undefined) return { toolkit, toolSlug: definition.slug, definition };
    if (tools.length === 0) unlisted ??= toolkit;
  }
  return unlisted && { toolkit: unlisted, toolSlug: wanted, definition: undefined };
}
