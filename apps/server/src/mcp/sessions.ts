import { type McpCaller, sameCaller } from './caller.js';
import type { ServedTools } from './tool-source.js';

/** What a session registry needs of a transport: a way to end it. */
export interface SessionTransport {
  close(): Promise<void>;
}

interface Session<T> {
  transport: T;
  caller: McpCaller;
  /** What the session serves (`ServedTools.key`). */
  served: string;
}

/**
 * Open MCP sessions of this replica: legacy SSE streams, and Streamable HTTP sessions for clients that ask for them.
 * A session lives in one process, so a client's requests must reach the replica that holds it (sticky routing); the
 * stateless Streamable HTTP endpoint, the default, has no such need.
 */
export class McpSessions<T extends SessionTransport> {
  private readonly sessions = new Map<string, Session<T>>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.sessions.size;
  }

  get full(): boolean {
    return this.sessions.size >= this.max;
  }

  /** False when the registry is full; the caller arranges `remove` when the transport closes. */
  add(id: string, transport: T, served: ServedTools): boolean {
    if (this.full) return false;
    this.sessions.set(id, { transport, caller: served.caller, served: served.key });
    return true;
  }

  remove(id: string): void {
    this.sessions.delete(id);
  }

  get(id: string): Session<T> | undefined {
    return this.sessions.get(id);
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((s) => s.transport.close()));
  }
}

/** A session's requests must come from the caller who opened it, for what it was opened for. */
export function sameSession(session: { caller: McpCaller; served: string }, served: ServedTools): boolean {
  return session.served === served.key && sameCaller(session.caller, served.caller);
}
