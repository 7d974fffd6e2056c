import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type { ToolRunner } from '../calls/tool-runner.js';
import { isAllowed, listScopedTools, type ServerScope, toolkitForSlug } from '../calls/tool-scope.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolResult } from '../toolkits/runtime.js';
import type { Logger } from '../util/logger.js';
import type { McpCaller } from './caller.js';

export interface ProtocolDeps {
  registry: ToolkitRegistry;
  runner: ToolRunner;
  logger: Logger;
  /** Called once per request that lists or calls tools, so a user's instance exists once they use the server. */
  onUse?: ((caller: McpCaller) => void) | undefined;
  /** Tools served beside the toolkits' for this caller (e.g. the account-management tools), or undefined for none. */
  extraTools?: ((caller: McpCaller) => ExtraTools | undefined) | undefined;
}

/** Tools that Patchbay itself answers; listed before the toolkits' tools and not subject to allowed_tools. */
export interface ExtraTools {
  tools: Tool[];
  /** Runs the tool when `name` is one of `tools`; undefined otherwise. */
  call(name: string, args: Record<string, unknown>, signal: AbortSignal): Promise<ToolResult> | undefined;
}

/** MCP types each property schema as an object; a boolean schema (`true`) means "anything", i.e. `{}`. */
function objectProperties(properties: Record<string, unknown> | undefined): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [name, schema] of Object.entries(properties ?? {})) {
    out[name] = typeof schema === 'object' && schema !== null ? schema : {};
  }
  return out;
}

export const serverInfo = { name: 'patchbay', version: '0.1.0' };

// The SDK builds an Ajv instance per Server unless given one; with a Server per request that was ~6% of CPU.
const sharedValidator = new AjvJsonSchemaValidator();

function scopeOf(caller: McpCaller): ServerScope {
  return {
    projectId: caller.projectId,
    userId: caller.userId,
    connectedAccountId: caller.connectedAccountId,
    toolkits: caller.server.toolkits,
    allowedTools: caller.server.allowed_tools,
  };
}

/**
 * One MCP protocol server for one caller. It is cheap to build, so the stateless endpoint builds one per request:
 * nothing is held between requests and any replica can answer any of them.
 */
export function createProtocolServer(deps: ProtocolDeps, caller: McpCaller): Server {
  const server = new Server(
    { ...serverInfo, title: `Patchbay: ${caller.server.name}` },
    {
      capabilities: { tools: { listChanged: false } },
      jsonSchemaValidator: sharedValidator,
      instructions: `Tools of the Patchbay MCP server "${caller.server.name}", acting as user "${caller.userId}".`,
    },
  );
  const scope = scopeOf(caller);
  const injected = deps.extraTools?.(caller);

  server.setRequestHandler(ListToolsRequestSchema, async (_request, extra) => {
    deps.onUse?.(caller);
    const tools = await listScopedTools(deps.registry, scope, deps.logger, extra.signal);
    return {
      tools: [
        ...(injected?.tools ?? []),
        ...tools.map(
          ({ tool }): Tool => ({
            name: tool.slug,
            title: tool.name,
            description: tool.description,
            inputSchema: { ...tool.inputSchema, properties: objectProperties(tool.inputSchema.properties) },
            ...(tool.outputSchema
              ? { outputSchema: { ...tool.outputSchema, properties: objectProperties(tool.outputSchema.properties) } }
              : {}),
            ...(tool.annotations ? { annotations: tool.annotations } : {}),
          }),
        ),
      ],
    };
  });

  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    deps.onUse?.(caller);
    const slug = request.params.name;
    const handled = injected?.call(slug, request.params.arguments ?? {}, extra.signal);
    if (handled) return await handled;
    const toolkit = isAllowed(scope, slug) ? await toolkitForSlug(deps.registry, scope, slug) : undefined;
    if (toolkit === undefined) {
      throw new McpError(
        ErrorCode.InvalidParams,
        `Tool ${slug} is not available on this server; tools/list shows the tools it allows.`,
      );
    }
    const { result } = await deps.runner.run({
      projectId: caller.projectId,
      serverId: caller.server.id,
      userId: caller.userId,
      connectedAccountId: caller.connectedAccountId,
      toolkit,
      toolSlug: slug,
      args: request.params.arguments ?? {},
      source: 'mcp',
      signal: extra.signal,
      server: { authConfigIds: caller.server.auth_config_ids, managedAuth: caller.helperActions },
    });
    return result;
  });
  return server;
}
