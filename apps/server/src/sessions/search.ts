import type { ToolRouterSearchResponse, ToolRouterToolSchema } from '@patchbay/core';
import type { SearchScope, ToolSearch } from '../search/tool-search.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import { sessionToolkits } from './catalog.js';
import { connectionStates } from './connections.js';
import type { SessionDeps } from './deps.js';
import { metaToolNames } from './meta-tools.js';
import type { SessionScope } from './scope.js';

const primaryCount = 3;
const resultCount = 8;

/**
 * What search may return for a session: toolkits it allows whole (no tool filter, no tags) go in as toolkits; the
 * rest tool by tool, as the policy judges each.
 */
async function searchScope(deps: SessionDeps, scope: SessionScope, only?: readonly string[]): Promise<SearchScope> {
  const wanted = only && new Set(only.map((s) => deps.registry.canonicalSlug(s)));
  const all = await deps.registry.all(scope.projectId);
  const toolkits = (await sessionToolkits(deps.registry, scope.projectId, scope.policy)).filter(
    (t) => wanted === undefined || wanted.has(t.meta.slug),
  );
  const { config } = scope.policy;
  const whole: string[] = [];
  const picked: string[] = [];
  await Promise.all(
    toolkits.map(async (toolkit) => {
      const slug = toolkit.meta.slug;
      const filtered =
        config.tags !== undefined ||
        Object.keys(config.tools ?? {}).some((k) => deps.registry.canonicalSlug(k) === slug);
      if (!filtered) {
        whole.push(slug);
        return;
      }
      for (const tool of await deps.registry.catalogTools(scope.projectId, toolkit)) {
        if (scope.policy.tool(slug, tool) === undefined) picked.push(tool.slug);
      }
    }),
  );
  return { toolkits, whole, picked, everything: whole.length === all.length };
}

function schemaOf(toolkitSlug: string, tool: ToolDefinition, connected: boolean): ToolRouterToolSchema {
  return {
    tool_slug: tool.slug,
    toolkit: toolkitSlug,
    description: tool.description,
    hasFullSchema: true,
    input_schema: { ...tool.inputSchema },
    is_connected: connected,
  };
}

/** The hosted search answer, for REST search and COMPOSIO_SEARCH_TOOLS alike; each hit with its schema and connection. */
export async function searchSession(
  deps: SessionDeps & { search: ToolSearch },
  scope: SessionScope,
  request: { queries: readonly { use_case: string }[]; toolkits?: readonly string[] | undefined },
): Promise<ToolRouterSearchResponse> {
  const where = await searchScope(deps, scope, request.toolkits);
  const ranked = await Promise.all(
    request.queries.map((q) => deps.search.search(scope.projectId, q.use_case, where, resultCount)),
  );
  const used = where.toolkits.filter((t) => ranked.some((hits) => hits.some((h) => h.toolkitSlug === t.meta.slug)));
  const states = await connectionStates(deps, scope, used);
  const tool_schemas: Record<string, ToolRouterToolSchema> = {};
  for (const state of states) {
    const tools = await deps.registry.catalogTools(scope.projectId, state.toolkit);
    for (const hit of ranked.flat().filter((h) => h.toolkitSlug === state.toolkit.meta.slug)) {
      const tool = tools.find((t) => t.slug === hit.toolSlug);
      if (tool) tool_schemas[tool.slug] = schemaOf(state.toolkit.meta.slug, tool, state.connected);
    }
  }
  const results = request.queries.map((q, i) => {
    const hits = ranked[i] ?? [];
    return {
      index: i + 1,
      use_case: q.use_case,
      primary_tool_slugs: hits.slice(0, primaryCount).map((h) => h.toolSlug),
      related_tool_slugs: hits.slice(primaryCount).map((h) => h.toolSlug),
      toolkits: [...new Set(hits.map((h) => h.toolkitSlug))],
      ...(hits.length === 0 ? { error: 'No tool this session allows matches; rephrase, or widen the session.' } : {}),
    };
  });
  const failed = results.filter((r) => r.error !== undefined).length;
  const now = new Date();
  const unconnected = states.filter((s) => !s.connected).map((s) => s.toolkit.meta.slug);
  return {
    success: failed === 0,
    error: failed === 0 ? null : `${failed} out of ${results.length} searches failed, reasons: no matching tool`,
    results,
    tool_schemas,
    toolkit_connection_statuses: states.map((s) => ({
      toolkit: s.toolkit.meta.slug,
      description: s.toolkit.meta.description,
      has_active_connection: s.connected,
      status_message: s.connected
        ? 'Connected: its tools can run.'
        : `Not connected: call ${metaToolNames.manage} with this toolkit first.`,
    })),
    next_steps_guidance: [
      ...(unconnected.length > 0 ? [`Connect ${unconnected.join(', ')} with ${metaToolNames.manage}.`] : []),
      `Run the primary tools with ${metaToolNames.multiExecute} (schemas are in tool_schemas).`,
    ],
    session: { id: scope.id, generate_id: false, instructions: 'Pass this session id to later meta-tool calls.' },
    time_info: {
      current_time_utc: now.toISOString(),
      current_time_utc_epoch_seconds: Math.floor(now.getTime() / 1000),
      message: 'The current time, for resolving "today" and "tomorrow".',
    },
  };
}
