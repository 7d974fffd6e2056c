import type { RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import { toolSlugPrefix } from '../toolkits/tool-names.js';
import type { Logger } from '../util/logger.js';

export interface ServerScope {
  projectId: string;
  userId: string;
  connectedAccountId: string | undefined;
  toolkits: readonly string[];
  allowedTools: readonly string[];
}

export interface ScopedTool {
  toolkit: RegisteredToolkit;
  tool: ToolDefinition;
}

/** An empty allow-list means every tool of the server's toolkits, as the hosted API defines it. */
export function isAllowed(scope: ServerScope, slug: string): boolean {
  return scope.allowedTools.length === 0 || scope.allowedTools.includes(slug);
}

/**
 * The tools a server offers a user: its toolkits' tools, narrowed to the allow-list. A toolkit that cannot list its
 * tools (an upstream that is down) is left out and logged, rather than failing the whole list.
 */
export async function listScopedTools(
  registry: ToolkitRegistry,
  scope: ServerScope,
  logger: Logger,
  signal: AbortSignal,
): Promise<ScopedTool[]> {
  const lists = await Promise.all(
    scope.toolkits.map(async (slug) => {
      const toolkit = await registry.find(scope.projectId, slug);
      if (toolkit === undefined) return [];
      try {
        const tools = await toolkit.runtime.listTools({
          projectId: scope.projectId,
          userId: scope.userId,
          connectedAccountId: scope.connectedAccountId,
          signal,
          timeoutMs: toolkit.meta.timeoutMs,
        });
        return tools.filter((tool) => isAllowed(scope, tool.slug)).map((tool) => ({ toolkit, tool }));
      } catch (error) {
        logger.warn({ err: error, toolkit: slug }, 'toolkit could not list its tools');
        return [];
      }
    }),
  );
  // Slugs are unique within a server: a later toolkit cannot shadow an earlier one's tool.
  const bySlug = new Map<string, ScopedTool>();
  for (const entry of lists.flat()) if (!bySlug.has(entry.tool.slug)) bySlug.set(entry.tool.slug, entry);
  return [...bySlug.values()];
}

/** The toolkit of the server that owns `slug`, by its `TOOLKIT_` prefix (the longest match wins). */
export async function toolkitForSlug(
  registry: ToolkitRegistry,
  scope: ServerScope,
  slug: string,
): Promise<RegisteredToolkit | undefined> {
  const candidates = scope.toolkits
    .filter((toolkitSlug) => slug.startsWith(toolSlugPrefix(toolkitSlug)))
    .sort((a, b) => toolSlugPrefix(b).length - toolSlugPrefix(a).length);
  for (const candidate of candidates) {
    const toolkit = await registry.find(scope.projectId, candidate);
    if (toolkit !== undefined) return toolkit;
  }
  return undefined;
}
