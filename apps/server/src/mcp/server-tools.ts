import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { servedContent } from '../calls/feature-names.js';
import { resolveTool } from '../calls/resolve-tool.js';
import type { ToolRunner } from '../calls/tool-runner.js';
import { listScopedTools } from '../calls/tool-scope.js';
import type { McpServerRow } from '../store/mcp-servers.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import type { Logger } from '../util/logger.js';
import type { McpCaller } from './caller.js';
import type { ToolSource } from './tool-source.js';

export interface ServerToolsDeps {
  registry: ToolkitRegistry;
  runner: ToolRunner;
  logger: Logger;
}

/** MCP types each property schema as an object; a boolean schema (`true`) means "anything", i.e. `{}`. */
function objectProperties(properties: Record<string, unknown> | undefined): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [name, schema] of Object.entries(properties ?? {})) {
    out[name] = typeof schema === 'object' && schema !== null ? schema : {};
  }
  return out;
}

export function mcpTool(tool: ToolDefinition): Tool {
  return {
    name: tool.slug,
    title: tool.name,
    description: tool.description,
    inputSchema: { ...tool.inputSchema, properties: objectProperties(tool.inputSchema.properties) },
    ...(tool.outputSchema
      ? { outputSchema: { ...tool.outputSchema, properties: objectProperties(tool.outputSchema.properties) } }
      : {}),
    ...(tool.annotations ? { annotations: tool.annotations } : {}),
  };
}

/**
 * A named MCP server's toolkits, narrowed to its allow-list, acting as the caller. `managedAuth` tells the credential
 * provider whether an unconnected user should be pointed at the account-management tools.
 */
export function serverTools(
  deps: ServerToolsDeps,
  caller: McpCaller,
  server: McpServerRow,
  managedAuth: boolean,
): ToolSource {
  const scope = {
    projectId: caller.projectId,
    userId: caller.userId,
    connectedAccountId: caller.connectedAccountId,
    toolkits: server.toolkits,
    allowedTools: server.allowed_tools,
  };
  return {
    async list(signal, relay) {
      return (await listScopedTools(deps.registry, { ...scope, relay }, deps.logger, signal)).map(({ tool }) =>
        mcpTool(tool),
      );
    },
    async call(name, args, signal, relay) {
      const resolved = await resolveTool(deps.registry, scope, name);
      if (resolved === undefined) return undefined;
      const { result } = await deps.runner.run({
        projectId: caller.projectId,
        serverId: server.id,
        userId: caller.userId,
        connectedAccountId: caller.connectedAccountId,
        toolkit: resolved.toolkit,
        toolSlug: resolved.toolSlug,
        args,
        source: 'mcp',
        signal,
        relay,
        server: { authConfigIds: server.auth_config_ids, managedAuth },
      });
      // An upstream's links to its resources, as this server serves them.
      if (resolved.toolkit.runtime.features === undefined) return result;
      return { ...result, content: servedContent(resolved.toolkit.meta.slug, result.content) };
    },
  };
}
