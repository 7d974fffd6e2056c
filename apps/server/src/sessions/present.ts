import type { Tool as McpTool } from '@modelcontextprotocol/sdk/types.js';
import type { Tool, ToolRouterSession } from '@patchbay/core';
import type { ToolSessionRow } from '../store/tool-sessions.js';
import { configWarnings } from './check-config.js';
import { echoConfig } from './config.js';
import { sessionMcpPath } from './endpoint.js';
import { preloadedSlugs } from './mcp-source.js';
import type { MetaDeps } from './meta-run.js';
import { sessionMetaTools } from './meta-tools.js';
import type { SessionScope } from './scope.js';

export async function presentSession(
  deps: MetaDeps,
  row: ToolSessionRow,
  scope: SessionScope,
): Promise<ToolRouterSession> {
  const config = scope.policy.config;
  return {
    session_id: row.id,
    mcp: { type: 'http', url: `${deps.publicUrl}${sessionMcpPath(row.id)}` },
    tool_router_tools: [...sessionMetaTools(scope.policy).map((t) => t.name), ...(await preloadedSlugs(deps, scope))],
    config: echoConfig(row.user_id, config),
    config_version: row.config_version,
    warnings: configWarnings(config),
  };
}

const hints = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;

/** A meta-tool in the catalog's Tool shape (the hosted `/tools` list holds them too). */
export function presentMetaTool(tool: McpTool): Tool {
  const annotations = tool.annotations ?? {};
  return {
    slug: tool.name,
    name: tool.title ?? tool.name,
    description: tool.description ?? '',
    toolkit: { slug: 'composio', name: 'Composio' },
    input_parameters: { ...tool.inputSchema },
    output_parameters: {},
    tags: hints.filter((h) => annotations[h] === true),
    annotations: Object.fromEntries(
      hints.flatMap((h) => (typeof annotations[h] === 'boolean' ? [[h, annotations[h]]] : [])),
    ),
    no_auth: true,
    version: '1',
    available_versions: ['1'],
  };
}
