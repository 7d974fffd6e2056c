import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ErrorCode,
  ListRootsRequestSchema,
  LoggingMessageNotificationSchema,
  McpError,
  type Progress,
  ProgressNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { CallRelay, RelayedCapabilities, RelayedRequest } from '../relay.js';

/** How an upstream connection is set up for the clients behind its calls. */
export interface SessionVariant {
  /** Declared to the upstream at initialize: what the clients of this connection's calls declared. */
  capabilities: RelayedCapabilities;
  /**
   * Every call on the connection acts for one user, so what the upstream says outside a call's own request (log
   * messages, requests back to the client) may go to that user's calls. A shared no-auth connection serves many users:
   * its log messages stay unrelayed.
   */
  oneUser: boolean;
}

export const plainVariant: SessionVariant = { capabilities: {}, oneUser: false };

/**
 * The calls in flight on one upstream connection, and the handlers that pass the upstream's log messages and requests
 * on to their clients. MCP does not say which request a log message or an elicitation belongs to, so log messages go
 * to every call in flight and a request to the latest one: on a one-user connection, all are that user's.
 */
export class RelayedCalls {
  private readonly calls = new Set<CallRelay>();
  /** Our own progress tokens: the SDK's `onprogress` loses the last step when it arrives with the result. */
  private readonly progress = new Map<string, (progress: Progress) => void>();
  private nextToken = 0;

  constructor(client: Client, variant: SessionVariant) {
    // Replaces the SDK's handler, which looks tokens up in a map its response handler has already cleared when a
    // step and the result arrive in one read. Ours is cleared only once the call's caller has the result.
    client.setNotificationHandler(ProgressNotificationSchema, (notification) => {
      const { progressToken, ...progress } = notification.params;
      this.progress.get(String(progressToken))?.(progress);
    });
    if (variant.oneUser) {
      client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
        for (const relay of this.calls) relay.log?.(notification.params);
      });
    }
    const forward = (request: RelayedRequest, signal: AbortSignal) => {
      const relay = [...this.calls].at(-1);
      if (relay === undefined) {
        throw new McpError(
          ErrorCode.InvalidRequest,
          `Patchbay forwards ${request.method} only during a tool call that a client made; none is running now.`,
        );
      }
      return relay.request(request, signal);
    };
    const { capabilities } = variant;
    if (capabilities.elicitation !== undefined) {
      client.setRequestHandler(ElicitRequestSchema, (request, extra) => forward(request, extra.signal));
    }
    if (capabilities.sampling !== undefined) {
      client.setRequestHandler(CreateMessageRequestSchema, (request, extra) => forward(request, extra.signal));
    }
    if (capabilities.roots !== undefined) {
      client.setRequestHandler(ListRootsRequestSchema, (request, extra) =>
        forward({ method: 'roots/list', params: request.params }, extra.signal),
      );
    }
  }

  /** Tracks `relay` while `run` runs; `run` gets the progress token to send when the client asked for progress. */
  async during<T>(relay: CallRelay | undefined, run: (progressToken: string | undefined) => Promise<T>): Promise<T> {
    if (relay === undefined) return run(undefined);
    const onProgress = relay.progress;
    const token = onProgress === undefined ? undefined : `patchbay-${++this.nextToken}`;
    if (token !== undefined && onProgress !== undefined) this.progress.set(token, onProgress);
    this.calls.add(relay);
    try {
      return await run(token);
    } finally {
      this.calls.delete(relay);
      if (token !== undefined) this.progress.delete(token);
    }
  }
}
