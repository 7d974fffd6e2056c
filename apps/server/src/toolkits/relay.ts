import type {
  ClientCapabilities,
  CreateMessageRequest,
  ElicitRequest,
  LoggingMessageNotification,
  Progress,
} from '@modelcontextprotocol/sdk/types.js';

/** What of the client's capabilities an upstream may use through Patchbay: the server→client requests. */
export type RelayedCapabilities = Pick<ClientCapabilities, 'elicitation' | 'sampling' | 'roots'>;

/** The server→client requests Patchbay relays from an upstream to the client that made the call. */
export type RelayedRequest =
  | { method: 'elicitation/create'; params: ElicitRequest['params'] }
  | { method: 'sampling/createMessage'; params: CreateMessageRequest['params'] }
  | { method: 'roots/list'; params?: Record<string, unknown> | undefined };

/**
 * The client behind a tool call, as far as an upstream MCP server can reach it: progress and log messages go back to
 * it, and requests the upstream makes of it (elicitation, sampling, roots) are forwarded when it declared them. The MCP
 * endpoint builds one per request; other callers (REST execute) have none, and the upstream then sees a client that
 * declares nothing.
 */
export interface CallRelay {
  /** Exactly what the client declared (stateless requests declare nothing: there is no way back to the client). */
  capabilities: RelayedCapabilities;
  /** Set when the client asked for progress (it sent a progress token). */
  progress?: ((progress: Progress) => void) | undefined;
  /** A log message the upstream sent while the call ran. */
  log?: ((params: LoggingMessageNotification['params']) => void) | undefined;
  /** Forwards a request to the client and resolves to its result; rejects when the client refuses or cannot answer. */
  request(request: RelayedRequest, signal: AbortSignal): Promise<Record<string, unknown>>;
}

/**
 * The capabilities an upstream connection declares for `capabilities`: the same, except that roots are declared
 * without `listChanged` (Patchbay does not forward the client's roots notifications).
 */
export function upstreamCapabilities(capabilities: RelayedCapabilities | undefined): RelayedCapabilities {
  const out: RelayedCapabilities = {};
  if (capabilities?.elicitation !== undefined) out.elicitation = capabilities.elicitation;
  if (capabilities?.sampling !== undefined) out.sampling = capabilities.sampling;
  if (capabilities?.roots !== undefined) out.roots = {};
  return out;
}

/** A stable name of a capability set, to keep upstream connections that declared different ones apart. */
export function capabilityKey(capabilities: RelayedCapabilities | undefined): string {
  const declared = upstreamCapabilities(capabilities);
  return Object.keys(declared).length === 0
    ? ''
    : JSON.stringify([declared.elicitation ?? null, declared.sampling ?? null, declared.roots ?? null]);
}
