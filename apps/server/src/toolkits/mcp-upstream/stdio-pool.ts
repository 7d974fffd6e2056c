import type { Logger } from 'pino';
import { PoolClosedError, PoolFullError, within } from './errors.js';
import { processAlive, waitForExit } from './process.js';
import { endProcessGroup, type UpstreamSandbox } from './sandbox.js';
import type { UpstreamSession } from './session.js';
import { type StdioLaunch, spawnUpstream } from './spawn.js';
import type { StderrTail } from './stderr-tail.js';

export interface StdioPoolOptions {
  logger: Logger;
  /** Processes (starting or running) across all toolkits sharing the pool. Default 32. */
  maxProcesses?: number | undefined;
  /** A process unused this long is closed. Default 5 minutes. */
  idleTimeoutMs?: number | undefined;
  /** Spawn plus MCP initialize. Default 30 s. */
  startTimeoutMs?: number | undefined;
  /** How processes are confined (sandbox.ts); none by default. */
  sandbox?: UpstreamSandbox | undefined;
}

/**
 * A process belongs to one project's toolkit and one user; `fingerprint` changes when the user's secrets do. Two
 * projects may each have a toolkit of the same slug: the project keeps their processes apart.
 */
export interface PoolKey {
  /** The project that owns the toolkit (custom toolkits are per project); '' for a toolkit outside any project. */
  projectId: string;
  toolkit: string;
  userId: string;
  fingerprint: string;
  /** Which client capabilities the process was initialized with (relay.ts `capabilityKey`); '' for none. */
  capabilities?: string | undefined;
}

/** One project's toolkit, for the per-toolkit views and closes. */
export type ToolkitRef = Pick<PoolKey, 'projectId' | 'toolkit'>;

const refKey = (ref: ToolkitRef) => `${ref.projectId}\u0000${ref.toolkit}`;
const sameToolkit = (key: PoolKey, ref: ToolkitRef | undefined) =>
  ref === undefined || (key.projectId === ref.projectId && key.toolkit === ref.toolkit);

export type ProcessEnd = 'running' | 'exited' | 'closed';

export interface StdioLease {
  session: UpstreamSession;
  pid: number | undefined;
  /** `exited`: the process ended by itself (crash, kill); `closed`: Patchbay closed it. */
  end(): ProcessEnd;
  stderrTail(): string;
  /** The process was closed because it wrote a message larger than `maxMessageBytes`. */
  oversized(): boolean;
  release(): void;
}

export interface ProcessInfo {
  projectId: string;
  toolkit: string;
  userId: string;
  pid: number | undefined;
  state: 'starting' | 'ready';
  inFlight: number;
  idleMs: number;
}

export interface PoolStats {
  processes: number;
  starting: number;
  crashes: number;
  /** Processes started in place of one that crashed. */
  restarts: number;
}

/** A pool slot's state; its start promise is added once the slot exists, since the start writes into it. */
interface Slot {
  id: string;
  key: PoolKey;
  state: 'starting' | 'ready';
  session: UpstreamSession | undefined;
  pid: number | undefined;
  stderr: StderrTail | undefined;
  oversized: boolean;
  /** Calls holding a lease, and callers still waiting for the start: neither may be evicted or reaped. */
  inFlight: number;
  waiting: number;
  lastUsed: number;
  idleTimer: NodeJS.Timeout | undefined;
  end: ProcessEnd;
  exited: Promise<void>;
  markExited: () => void;
}

interface Entry extends Slot {
  start: Promise<UpstreamSession>;
}

/**
 * Stdio upstream processes, one per (toolkit, user, secrets), shared by that user's concurrent calls, reaped when
 * idle, capped in number, and replaced after a crash on the next call.
 */
export class StdioPool {
  private readonly entries = new Map<string, Entry>();
  /**
   * Processes on their way out. They still count against the cap until gone, unless a new process has claimed
   * the slot (and waits for the exit before spawning).
   */
  private readonly closing = new Map<Promise<void>, { claimed: boolean }>();
  private readonly crashes = new Map<string, number>();
  /** Slots whose process crashed and has not been replaced yet; the next start there is a restart. */
  private readonly crashed = new Set<string>();
  private restarts = 0;
  private readonly logger: Logger;
  readonly maxProcesses: number;
  private readonly idleTimeoutMs: number;
  private readonly startTimeoutMs: number;
  private readonly sandbox: UpstreamSandbox | undefined;
  private closed = false;

  constructor(options: StdioPoolOptions) {
    this.logger = options.logger;
    this.maxProcesses = options.maxProcesses ?? 32;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 300_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 30_000;
    this.sandbox = options.sandbox;
  }

  /** A running process for `key`, started if needed; waits at most `timeoutMs` (the start goes on for others). */
  async acquire(
    key: PoolKey,
    launch: StdioLaunch,
    wait: { timeoutMs: number; signal?: AbortSignal | undefined },
  ): Promise<StdioLease> {
    const id = `${key.projectId}\u0000${key.toolkit}\u0000${key.userId}\u0000${key.fingerprint}\u0000${key.capabilities ?? ''}`;
    const deadline = Date.now() + wait.timeoutMs;
    let entry: Entry;
    let session: UpstreamSession;
    // A process can die between its start and this lease; then one fresh attempt, within the same time limit.
    for (let attempt = 0; ; attempt++) {
      if (this.closed) throw new PoolClosedError();
      entry = this.entries.get(id) ?? this.create(id, key, launch);
      entry.waiting++;
      try {
        session = await within(entry.start, Math.max(1, deadline - Date.now()), wait.signal);
      } finally {
        entry.waiting--;
      }
      if (entry.end === 'running' || attempt > 0) break;
    }
    const leased = entry;
    leased.inFlight++;
    leased.lastUsed = Date.now();
    clearTimeout(leased.idleTimer);
    let released = false;
    return {
      session,
      pid: leased.pid,
      end: () => leased.end,
      stderrTail: () => leased.stderr?.tail() ?? '',
      oversized: () => leased.oversized,
      release: () => {
        if (released) return;
        released = true;
        leased.inFlight--;
        leased.lastUsed = Date.now();
        if (leased.inFlight === 0) this.armIdle(leased);
      },
    };
  }

  stats(toolkit?: ToolkitRef): PoolStats {
    let processes = 0;
    let starting = 0;
    for (const entry of this.entries.values()) {
      if (!sameToolkit(entry.key, toolkit)) continue;
      if (entry.state === 'ready') processes++;
      else starting++;
    }
    let crashes = 0;
    for (const [name, count] of this.crashes) if (toolkit === undefined || name === refKey(toolkit)) crashes += count;
    return { processes, starting, crashes, restarts: toolkit === undefined ? this.restarts : 0 };
  }

  processes(toolkit?: ToolkitRef): ProcessInfo[] {
    const now = Date.now();
    return [...this.entries.values()]
      .filter((entry) => sameToolkit(entry.key, toolkit))
      .map((entry) => ({
        projectId: entry.key.projectId,
        toolkit: entry.key.toolkit,
        userId: entry.key.userId,
        pid: entry.pid,
        state: entry.state,
        inFlight: entry.inFlight,
        idleMs: entry.inFlight > 0 ? 0 : now - entry.lastUsed,
      }));
  }

  /** Ends the processes of one toolkit (when it is unregistered) and waits until they are gone. */
  async closeToolkit(toolkit: ToolkitRef): Promise<void> {
    const ending = [...this.entries.values()].filter((entry) => sameToolkit(entry.key, toolkit));
    await Promise.all(ending.map((entry) => this.closeEntry(entry, 'toolkit closed')));
  }

  /** Ends every process and waits until each pid is gone; safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    for (const entry of [...this.entries.values()]) void this.closeEntry(entry, 'pool closed');
    while (this.closing.size > 0) await Promise.all([...this.closing.keys()]);
  }

  private create(id: string, key: PoolKey, launch: StdioLaunch): Entry {
    // A new fingerprint for the same user means their secrets changed: the old process holds stale ones. A busy one
    // finishes its calls and is reaped when idle.
    for (const other of [...this.entries.values()]) {
      const sameUser =
        sameToolkit(other.key, key) &&
        other.key.userId === key.userId &&
        (other.key.capabilities ?? '') === (key.capabilities ?? '');
      if (sameUser && other.state === 'ready' && other.inFlight === 0 && other.waiting === 0) {
        void this.closeEntry(other, 'credentials changed');
      }
    }
    const victimClosed = this.claimSlot();
    if (this.crashed.delete(id)) this.restarts++;
    let markExited = (): void => {};
    const exited = new Promise<void>((resolve) => {
      markExited = resolve;
    });
    const slot: Slot = {
      id,
      key,
      state: 'starting',
      session: undefined,
      pid: undefined,
      stderr: undefined,
      oversized: false,
      inFlight: 0,
      waiting: 0,
      lastUsed: Date.now(),
      idleTimer: undefined,
      end: 'running',
      exited,
      markExited,
    };
    const entry: Entry = Object.assign(slot, { start: this.start(slot, launch, victimClosed) });
    this.entries.set(id, entry);
    entry.start.then(
      () => {
        entry.state = 'ready';
        if (entry.inFlight === 0) this.armIdle(entry);
      },
      () => {
        if (this.entries.get(id) === entry) this.entries.delete(id);
        entry.markExited();
      },
    );
    return entry;
  }

  private async start(
    entry: Slot,
    launch: StdioLaunch,
    victimClosed: Promise<void> | undefined,
  ): Promise<UpstreamSession> {
    // The cap is strict: the evicted process is gone before its replacement is spawned.
    await victimClosed;
    if (entry.end !== 'running') throw new PoolClosedError();
    const log = this.logger.child({ toolkit: entry.key.toolkit, userId: entry.key.userId });
    return spawnUpstream(launch, entry, {
      toolkit: entry.key.toolkit,
      startTimeoutMs: this.startTimeoutMs,
      logger: log,
      onClose: () => this.onExit(entry, log),
      closedByPool: () => entry.end === 'closed',
      sandbox: this.sandbox,
    });
  }

  private onExit(entry: Slot, log: Logger): void {
    clearTimeout(entry.idleTimer);
    // A crashed upstream's children go with it.
    if (entry.pid !== undefined) endProcessGroup(entry.pid);
    if (this.entries.get(entry.id) === entry) this.entries.delete(entry.id);
    if (entry.end === 'running') {
      entry.end = 'exited';
      if (entry.state === 'ready') {
        this.crashes.set(refKey(entry.key), (this.crashes.get(refKey(entry.key)) ?? 0) + 1);
        this.crashed.add(entry.id);
        log.warn({ pid: entry.pid, inFlight: entry.inFlight }, 'upstream process exited unexpectedly');
      }
    }
    entry.markExited();
  }

  private armIdle(entry: Slot): void {
    clearTimeout(entry.idleTimer);
    if (entry.end !== 'running' || entry.state !== 'ready') return;
    entry.idleTimer = setTimeout(() => {
      if (entry.inFlight === 0 && entry.waiting === 0) void this.closeEntry(entry, 'idle');
    }, this.idleTimeoutMs);
    // An idle timer alone must not keep Patchbay alive.
    entry.idleTimer.unref();
  }

  /**
   * Makes room under the cap: nothing to wait for when there is room; else a process already exiting, or the least
   * recently used idle one, whose exit the new process awaits. Throws when every slot is busy.
   */
  private claimSlot(): Promise<void> | undefined {
    const unclaimed = [...this.closing].filter(([, state]) => !state.claimed);
    if (this.entries.size + unclaimed.length < this.maxProcesses) return undefined;
    const exiting = unclaimed[0];
    if (exiting !== undefined) {
      exiting[1].claimed = true;
      return exiting[0];
    }
    const victim = this.leastRecentlyUsedIdle();
    if (victim === undefined) throw new PoolFullError(this.maxProcesses);
    const closed = this.closeEntry(victim, 'evicted to make room');
    const state = this.closing.get(closed);
    if (state !== undefined) state.claimed = true;
    return closed;
  }

  private leastRecentlyUsedIdle(): Entry | undefined {
    let oldest: Entry | undefined;
    for (const entry of this.entries.values()) {
      if (entry.state !== 'ready' || entry.inFlight > 0 || entry.waiting > 0) continue;
      if (oldest === undefined || entry.lastUsed < oldest.lastUsed) oldest = entry;
    }
    return oldest;
  }

  /** Removes the entry at once (so its slot is free to reuse) and resolves when its process is gone. */
  private closeEntry(entry: Slot, reason: string): Promise<void> {
    if (this.entries.get(entry.id) === entry) this.entries.delete(entry.id);
    clearTimeout(entry.idleTimer);
    if (entry.end === 'running') entry.end = 'closed';
    const done = (async () => {
      this.logger.info(
        { toolkit: entry.key.toolkit, userId: entry.key.userId, pid: entry.pid, reason },
        'closing upstream',
      );
      // The SDK closes stdin, then sends SIGTERM, then SIGKILL; we wait for the exit and check the pid ourselves.
      await entry.session?.close().catch(() => {});
      if (entry.session !== undefined) await within(entry.exited, 5_000).catch(() => {});
      if (entry.pid !== undefined && processAlive(entry.pid)) {
        try {
          process.kill(entry.pid, 'SIGKILL');
        } catch {
          // Already gone between the check and the kill.
        }
        await waitForExit(entry.pid, 5_000);
      }
      if (entry.pid !== undefined) endProcessGroup(entry.pid);
    })();
    this.closing.set(done, { claimed: false });
    void done.finally(() => this.closing.delete(done));
    return done;
  }
}
