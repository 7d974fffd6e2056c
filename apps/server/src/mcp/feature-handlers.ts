import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CompleteRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { clientRelay, type LogThreshold } from './client-relay.js';
import { ProtocolError } from './request-guard.js';
import type { FeatureSource } from './tool-source.js';

/** MCP's code for a resource that does not exist. */
const resourceNotFound = -32002;

/** Serves resources/* and prompts/* from `features`; lists are whole (upstreams' pages are followed and joined). */
export function handleFeatures(server: Server, features: FeatureSource, threshold: LogThreshold, onUse?: () => void) {
  server.setRequestHandler(ListResourcesRequestSchema, async (_request, extra) => {
    onUse?.();
    return { resources: await features.resources(extra.signal, clientRelay(server, extra, threshold)) };
  });
  server.setRequestHandler(ListResourceTemplatesRequestSchema, async (_request, extra) => {
    onUse?.();
    const relay = clientRelay(server, extra, threshold);
    return { resourceTemplates: await features.resourceTemplates(extra.signal, relay) };
  });
  server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
    onUse?.();
    const { uri } = request.params;
    const result = await features.readResource(uri, extra.signal, clientRelay(server, extra, threshold));
    if (result === undefined) {
      throw new ProtocolError(
        resourceNotFound,
        `Resource ${uri} is not available on this server; resources/list and resources/templates/list show what it serves.`,
      );
    }
    return result;
  });
  server.setRequestHandler(CompleteRequestSchema, async (request, extra) => {
    onUse?.();
    return features.complete(request.params, extra.signal, clientRelay(server, extra, threshold));
  });
  server.setRequestHandler(ListPromptsRequestSchema, async (_request, extra) => {
    onUse?.();
    return { prompts: await features.prompts(extra.signal, clientRelay(server, extra, threshold)) };
  });
  server.setRequestHandler(GetPromptRequestSchema, async (request, extra) => {
    onUse?.();
    const { name } = request.params;
    const relay = clientRelay(server, extra, threshold);
    const result = await features.getPrompt(name, request.params.arguments ?? {}, extra.signal, relay);
    if (result === undefined) {
      throw new ProtocolError(
        ErrorCode.InvalidParams,
        `Prompt ${name} is not available on this server; prompts/list shows the prompts it serves.`,
      );
    }
    return result;
  });
}
