import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { clientRelay, handleSetLevel, type LogThreshold } from './client-relay.js';
import { handleFeatures } from './feature-handlers.js';
import { guardRequests, ProtocolError } from './request-guard.js';
import type { ServedTools } from './tool-source.js';

export const serverInfo = { name: 'patchbay', version: '0.1.0' };

// The SDK builds an Ajv instance per Server unless given one; with a Server per request that was ~6% of CPU.
const sharedValidator = new AjvJsonSchemaValidator();

/**
 * One MCP protocol server for what one URL serves one caller. It is cheap to build, so the stateless endpoint builds
 * one per request: nothing is held between requests and any replica can answer any of them.
 */
export function createProtocolServer(served: ServedTools): Server {
  const server = new Server(
    { ...serverInfo, title: served.title },
    {
      // `logging`: upstreams' log messages are relayed to the client that made the call.
      capabilities: {
        tools: { listChanged: false },
        logging: {},
        ...(served.features === undefined ? {} : { resources: {}, prompts: {}, completions: {} }),
      },
      jsonSchemaValidator: sharedValidator,
      instructions: served.instructions,
    },
  );

  const threshold: LogThreshold = { level: undefined };
  handleSetLevel(server, threshold);
  if (served.features !== undefined) handleFeatures(server, served.features, threshold, served.onUse);

  server.setRequestHandler(ListToolsRequestSchema, async (_request, extra) => {
    served.onUse?.();
    const relay = clientRelay(server, extra, threshold);
    const lists = await Promise.all(served.sources.map((source) => source.list(extra.signal, relay)));
    return { tools: lists.flat() };
  });

  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    served.onUse?.();
    const name = request.params.name;
    const args = request.params.arguments ?? {};
    const relay = clientRelay(server, extra, threshold);
    for (const source of served.sources) {
      const result = await source.call(name, args, extra.signal, relay);
      if (result !== undefined) return result;
    }
    throw new ProtocolError(
      ErrorCode.InvalidParams,
      `Tool ${name} is not available on this server; tools/list shows the tools it allows.`,
    );
  });
  return server;
}

/**
 * Connects a protocol server for `served` to a transport, with bad request params answered as -32602 first;
 * `observe` then wraps the transport outermost (metrics, traces), so it sees every message either answers.
 */
export async function serveOn(
  served: ServedTools,
  transport: Transport,
  observe?: (transport: Transport) => void,
): Promise<Server> {
  const server = createProtocolServer(served);
  await server.connect(transport);
  guardRequests(transport);
  observe?.(transport);
  return server;
}
