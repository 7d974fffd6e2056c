import { randomUUID } from 'node:crypto';
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
export interface SessionLimits {
  /** Open sessions of this kind on this replica. */
  total: number;
  /** Of one caller (project, user, account): one client cannot take every slot from the others. */
  perCaller: number;
  /** Of one project. */
  perProject: number;
}

export type SessionRefusal = 'replica' | 'caller' | 'project';

const callerKey = (caller: McpCaller) =>
  `${caller.projectId}\u0000${caller.userId}\u0000${caller.connectedAccountId ?? ''}`;

export class McpSessions<T extends SessionTransport> {
  private readonly sessions = new Map<string, Session<T>>();
  private readonly byCaller = new Map<string, number>();
  private readonly byProject = new Map<string, number>();
  readonly limits: SessionLimits;

  /**
   * `replica` names this replica in every session id it makes (`r1.…`), so a load balancer can send a session's
   * requests to the replica that holds it (deploy/haproxy: a `use-server` rule per replica).
   */
  constructor(
    limits: number | Partial<SessionLimits>,
    private readonly replica?: string | undefined,
  ) {
    const total = typeof limits === 'number' ? limits : (limits.total ?? 10_000);
    const given = typeof limits === 'number' ? {} : limits;
    this.limits = {
      total,
      perCaller: given.perCaller ?? Math.max(1, Math.ceil(total / 100)),
      perProject: given.perProject ?? Math.max(1, Math.ceil(total / 4)),
    };
  }

  /** A new session id, naming this replica when it has a name. */
  newId(): string {
    return this.replica === undefined ? randomUUID() : `${this.replica}.${randomUUID()}`;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Which limit a new session of `caller` would pass, or undefined when it fits. */
  refusal(caller: McpCaller): SessionRefusal | undefined {
    if (this.sessions.size >= this.limits.total) return 'replica';
    if ((this.byCaller.get(callerKey(caller)) ?? 0) >= this.limits.perCaller) return 'caller';
    if ((this.byProject.get(caller.projectId) ?? 0) >= this.limits.perProject) return 'project';
    return undefined;
  }

  /** The limit it passed, or undefined once added; the caller arranges `remove` when the transport closes. */
  add(id: string, transport: T, served: ServedTools): SessionRefusal | undefined {
    const refused = this.refusal(served.caller);
    if (refused !== undefined) return refused;
    this.sessions.set(id, { transport, caller: served.caller, served: served.key });
    bump(this.byCaller, callerKey(served.caller), 1);
    bump(this.byProject, served.caller.projectId, 1);
    return undefined;
  }

  remove(id: string): void {
    const session = this.sessions.get(id);
    if (session === undefined) return;
    this.sessions.delete(id);
    bump(this.byCaller, callerKey(session.caller), -1);
    bump(this.byProject, session.caller.projectId, -1);
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

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
