import type { McpCaller } from './caller.js';
import type { WebSseServerTransport } from './sse-transport.js';

interface Session {
  transport: WebSseServerTransport;
  caller: McpCaller;
}

/**
 * Open legacy SSE sessions of this replica. The legacy transport is stateful by design: a client's POSTs must reach
 * the replica that holds its stream (sticky routing); Streamable HTTP has no such need.
 */
export class SseSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.sessions.size;
  }

  add(transport: WebSseServerTransport, caller: McpCaller): boolean {
    if (this.sessions.size >= this.max) return false;
    this.sessions.set(transport.sessionId, { transport, caller });
    transport.onclose = () => this.sessions.delete(transport.sessionId);
    return true;
  }

  get(sessionId: string): Session | undefined {
    return this.sessions.get(sessionId);
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((s) => s.transport.close()));
  }
}

/** The same project, server and user: a session's POSTs must come from the caller who opened it. */
export function sameCaller(a: McpCaller, b: McpCaller): boolean {
  return (
    a.projectId === b.projectId &&
    a.server.id === b.server.id &&
    a.userId === b.userId &&
    a.connectedAccountId === b.connectedAccountId
  );
}
