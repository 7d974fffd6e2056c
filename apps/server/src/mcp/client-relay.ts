import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  CreateMessageResultSchema,
  ElicitResultSchema,
  ErrorCode,
  ListRootsResultSchema,
  type LoggingLevel,
  LoggingLevelSchema,
  McpError,
  type ServerNotification,
  type ServerRequest,
  SetLevelRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { CallRelay, RelayedCapabilities, RelayedRequest } from '../toolkits/relay.js';

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

const severity = new Map(LoggingLevelSchema.options.map((level, index) => [level, index]));

/** The least severe level the client wants (`logging/setLevel`), kept per protocol server, i.e. per session. */
export interface LogThreshold {
  level: LoggingLevel | undefined;
}

/** Answers `logging/setLevel` by keeping the level, so relayed upstream logs below it are dropped. */
export function handleSetLevel(server: Server, threshold: LogThreshold): void {
  server.setRequestHandler(SetLevelRequestSchema, (request) => {
    threshold.level = request.params.level;
    return {};
  });
}

const capabilityOf: Record<RelayedRequest['method'], keyof RelayedCapabilities> = {
  'elicitation/create': 'elicitation',
  'sampling/createMessage': 'sampling',
  'roots/list': 'roots',
};

function send(extra: Extra, request: RelayedRequest, signal: AbortSignal): Promise<Record<string, unknown>> {
  const options = { signal };
  if (request.method === 'elicitation/create') return extra.sendRequest(request, ElicitResultSchema, options);
  if (request.method === 'sampling/createMessage') {
    return extra.sendRequest(request, CreateMessageResultSchema, options);
  }
  return extra.sendRequest({ method: 'roots/list', params: request.params }, ListRootsResultSchema, options);
}

/**
 * The client behind one tools/call or tools/list request, for the upstream that serves it. Notifications go out tied
 * to the request, so a stateless request answered as an SSE stream gets them on that stream and a session gets them on
 * the stream of the request. A stateless request has no initialize behind it, hence no capabilities: the client's
 * answer to a request would arrive as a new POST that no one is waiting for.
 */
export function clientRelay(server: Server, extra: Extra, threshold: LogThreshold): CallRelay {
  const declared = server.getClientCapabilities() ?? {};
  const capabilities: RelayedCapabilities = {};
  if (declared.elicitation !== undefined) capabilities.elicitation = declared.elicitation;
  if (declared.sampling !== undefined) capabilities.sampling = declared.sampling;
  if (declared.roots !== undefined) capabilities.roots = declared.roots;
  const token = extra._meta?.progressToken;
  const notify = (notification: ServerNotification) => {
    // A client that went away cannot be told; the call goes on (or is cancelled by its own signal).
    extra.sendNotification(notification).catch(() => {});
  };
  return {
    capabilities,
    progress:
      token === undefined
        ? undefined
        : (progress) => notify({ method: 'notifications/progress', params: { ...progress, progressToken: token } }),
    log(params) {
      const wanted = threshold.level === undefined ? 0 : (severity.get(threshold.level) ?? 0);
      if ((severity.get(params.level) ?? 0) >= wanted) notify({ method: 'notifications/message', params });
    },
    async request(request, signal) {
      const capability = capabilityOf[request.method];
      if (capabilities[capability] === undefined) {
        throw new McpError(
          ErrorCode.InvalidRequest,
          `The client did not declare the ${capability} capability${
            server.getClientCapabilities() === undefined
              ? ' (a stateless MCP request cannot be asked anything back; connect with sessions=true or over /sse)'
              : ''
          }, so Patchbay cannot forward ${request.method} to it.`,
        );
      }
      return send(extra, request, signal);
    },
  };
}
