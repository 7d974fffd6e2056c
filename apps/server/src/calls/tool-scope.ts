import type { RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import type { CallRelay } from '../toolkits/relay.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import type { Logger } from '../util/logger.js';
import { isAllowed } from './resolve-tool.js';

/** Whose tools are listed, from which toolkits, narrowed to which allow-list. */
export interface ToolScope {
  projectId: string;
  userId: string;
  connectedAccountId: string | undefined;
  toolkits: readonly string[];
  allowedTools: readonly string[];
  /** The MCP client listing them: an upstream may offer more tools to a client that declares more capabilities. */
  relay?: CallRelay | undefined;
}

export interface ScopedTool {
  toolkit: RegisteredToolkit;
  tool: ToolDefinition;
}

/**
 * The tools a server offers a user: its toolkits' tools, narrowed to the allow-list. A toolkit that cannot list its
 * tools (an upstream that is down) is left out and logged, rather than failing the whole list.
 */
export async function listScopedTools(
  registry: ToolkitRegistry,
  scope: ToolScope,
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
          relay: scope.relay,
        });
        return tools.filter((tool) => isAllowed(scope.allowedTools, tool.slug)).map((tool) => ({ toolkit, tool }));
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
