import { mcpTool } from '../mcp/server-tools.js';
import type { ToolSource } from '../mcp/tool-source.js';
import type { ToolResult } from '../toolkits/runtime.js';
import { findSessionTool, sessionCatalog } from './catalog.js';
import { runInSession } from './execute.js';
import { type MetaDeps, type MetaOptions, runMetaTool } from './meta-run.js';
import { sessionMetaTools } from './meta-tools.js';
import type { SessionScope } from './scope.js';

/** Results over MCP are `{data, error, successful}`, as the hosted meta-tools answer: the JSON text is all an agent reads. */
function answer(data: Record<string, unknown>, error: string | null): ToolResult {
  const body = { data, error, successful: error === null };
  return {
    content: [{ type: 'text', text: JSON.stringify(body) }],
    structuredContent: body,
    ...(error === null ? {} : { isError: true }),
  };
}

/** The slugs a session preloads: its list, or every tool it allows for `all`. */
export async function preloadedSlugs(deps: MetaDeps, scope: SessionScope): Promise<string[]> {
  const wanted = scope.policy.config.preload?.tools ?? [];
  if (wanted === 'all') {
    return (await sessionCatalog(deps.registry, scope.projectId, scope.policy)).slice(0, 1000).map((t) => t.tool.slug);
  }
  return wanted.map((slug) => deps.registry.canonicalToolSlug(slug));
}

/** A session's MCP tools: its meta-tools, then its preloaded tools, each call checked against the session's rules. */
export function sessionToolSource(deps: MetaDeps, scope: SessionScope, options: MetaOptions = {}): ToolSource {
  return {
    async list() {
      const preloaded = await Promise.all(
        (await preloadedSlugs(deps, scope)).map((slug) =>
          findSessionTool(deps.registry, scope.projectId, scope.policy, slug),
        ),
      );
      return [
        ...sessionMetaTools(scope.policy),
        ...preloaded.flatMap((found) => ('found' in found ? [mcpTool(found.found.tool)] : [])),
      ];
    },
    async call(name, args, signal) {
      const meta = await runMetaTool(deps, scope, name, args, signal, options);
      if (meta !== undefined) return answer(meta.data, meta.error);
      const wanted = deps.registry.canonicalToolSlug(name);
      if (!(await preloadedSlugs(deps, scope)).includes(wanted)) return undefined;
      const ran = await runInSession(deps, scope, { slug: wanted, args, source: 'mcp' }, signal);
      return answer(ran.data, ran.error);
    },
  };
}
