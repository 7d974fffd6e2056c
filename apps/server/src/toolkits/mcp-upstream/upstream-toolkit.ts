import type { RequestOptions } from '@modelcontextprotocol/sdk/shared/protocol.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import { capabilityKey } from '../relay.js';
import type { FeatureContext, ToolkitFeatures } from '../runtime.js';
import {
  errorResult,
  type ToolCallContext,
  type ToolDefinition,
  type ToolkitRuntime,
  type ToolResult,
} from '../runtime.js';
import {
  defaultUpstreamTimeoutMs,
  fingerprint,
  perUserNames,
  resolvePerUserValues,
  type UpstreamDefinition,
  validateDefinition,
} from './definition.js';
import {
  callSignal,
  isConnectionLoss,
  isTimeout,
  messageOf,
  PoolClosedError,
  PoolFullError,
  UpstreamStartError,
} from './errors.js';
import { upstreamFeatures } from './features.js';
import { RemoteConnections } from './remote.js';
import type { UpstreamSession } from './session.js';
import { maxMessageBytes } from './spawn.js';
import { type ProcessInfo, StdioPool, type StdioPoolOptions, type ToolkitRef } from './stdio-pool.js';

export interface McpUpstreamToolkitOptions {
  logger: Logger;
  /** Share one pool between toolkits so the process cap is global; without it the toolkit owns a pool of its own. */
  pool?: StdioPool | undefined;
  /** For the toolkit's own pool when `pool` is not given. */
  poolOptions?: Omit<StdioPoolOptions, 'logger'> | undefined;
}

export interface UpstreamStats {
  /** Running stdio processes of this toolkit (remote: open client connections). */
  processes: number;
  starting: number;
  calls: number;
  /** Stdio processes that exited by themselves (remote: connections lost). */
  crashes: number;
}

/** Who a call is for, as far as choosing the process or connection goes. */
type Caller = Pick<ToolCallContext, 'userId' | 'credentials' | 'relay'>;

/**
 * A connection lent to one call. `lost` is told about every failure: it explains one caused by the connection
 * ending, and lets a remote connection drop or probe itself so the next call reconnects.
 */
interface Handle {
  session: UpstreamSession;
  release(): void;
  lost(error: unknown): string | undefined;
}

class MissingCredentialsError extends Error {
  constructor(
    readonly toolkit: string,
    readonly fields: readonly string[],
  ) {
    super(
      `${toolkit} needs a connected account providing ${fields.map((field) => `"${field}"`).join(', ')}; ` +
        'connect one for this user and try again',
    );
    this.name = 'MissingCredentialsError';
  }
}

/** An upstream MCP server (stdio command or remote URL) as a Patchbay toolkit. */
export class McpUpstreamToolkit implements ToolkitRuntime {
  readonly slug: string;
  /** Which of the pool's processes are this toolkit's: its project's, of its slug. */
  private readonly poolRef: ToolkitRef;
  private readonly pool: StdioPool;
  private readonly ownsPool: boolean;
  private readonly remote: RemoteConnections | undefined;
  private readonly logger: Logger;
  private calls = 0;
  private closed = false;

  constructor(
    readonly definition: UpstreamDefinition,
    options: McpUpstreamToolkitOptions,
  ) {
    const problems = validateDefinition(definition);
    if (problems.length > 0) throw new Error(`invalid MCP upstream "${definition.slug}": ${problems.join('; ')}`);
    this.slug = definition.slug;
    this.poolRef = { projectId: definition.projectId ?? '', toolkit: definition.slug };
    this.logger = options.logger.child({ toolkit: definition.slug });
    this.ownsPool = options.pool === undefined;
    this.pool = options.pool ?? new StdioPool({ ...options.poolOptions, logger: options.logger });
    const startTimeoutMs = definition.timeoutMs ?? defaultUpstreamTimeoutMs;
    const idleTimeoutMs = options.poolOptions?.idleTimeoutMs ?? 300_000;
    this.remote =
      definition.transport === 'stdio'
        ? undefined
        : new RemoteConnections(definition, this.logger, startTimeoutMs, idleTimeoutMs);
  }

  async listTools(
    context: Omit<ToolCallContext, 'timeoutMs'> & { timeoutMs?: number | undefined },
  ): Promise<ToolDefinition[]> {
    return this.use(context, async (session, options) => (await session.tools(options)).definitions);
  }

  /** The upstream's resources and prompts, fetched as the user, on the connection their tool calls use. */
  readonly features: ToolkitFeatures = upstreamFeatures((context, run) =>
    this.use(context, (session, options) => run(session.client, options)),
  );

  /** Runs one request on the caller's connection, within the toolkit's time limit; failures throw an explained Error. */
  private async use<T>(
    context: FeatureContext,
    run: (session: UpstreamSession, options: RequestOptions) => Promise<T>,
  ): Promise<T> {
    const limit = this.limit(context.timeoutMs);
    const deadline = Date.now() + limit;
    const { signal, dispose } = callSignal(context.signal);
    let handle: Handle | undefined;
    try {
      handle = await this.open(context, limit, signal);
      return await run(handle.session, { timeout: remaining(deadline), signal });
    } catch (error) {
      throw new Error(this.explain(error, limit, signal, handle));
    } finally {
      handle?.release();
      dispose();
    }
  }

  async callTool(toolSlug: string, args: Record<string, unknown>, context: ToolCallContext): Promise<ToolResult> {
    this.calls++;
    const limit = this.limit(context.timeoutMs);
    const deadline = Date.now() + limit;
    const { signal, dispose } = callSignal(context.signal);
    let handle: Handle | undefined;
    try {
      handle = await this.open(context, limit, signal);
      const catalog = await handle.session.tools({ timeout: remaining(deadline), signal });
      const name = catalog.upstreamName(toolSlug);
      if (name === undefined) {
        return errorResult(`${this.slug} has no tool "${toolSlug}"; list the toolkit's tools to see the current slugs`);
      }
      return await handle.session.call(name, args, { timeout: remaining(deadline), signal }, context.relay);
    } catch (error) {
      try {
        return errorResult(this.explain(error, limit, signal, handle));
      } catch {
        // Explaining must never be the thing that throws out of a call.
        return errorResult(`${this.slug} failed`);
      }
    } finally {
      handle?.release();
      dispose();
    }
  }

  stats(): UpstreamStats {
    if (this.remote !== undefined) {
      return { processes: this.remote.count(), starting: 0, calls: this.calls, crashes: this.remote.losses };
    }
    return { ...this.pool.stats(this.poolRef), calls: this.calls };
  }

  /** The toolkit's stdio processes (pids, users, busy or idle), for ops and tests. */
  processes(): ProcessInfo[] {
    return this.pool.processes(this.poolRef);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([
      this.ownsPool ? this.pool.close() : this.pool.closeToolkit(this.poolRef),
      this.remote?.close() ?? Promise.resolve(),
    ]);
  }

  /** The call's own limit, capped by the toolkit's `timeoutMs`. */
  private limit(contextTimeoutMs: number | undefined): number {
    const own = this.definition.timeoutMs ?? defaultUpstreamTimeoutMs;
    return contextTimeoutMs === undefined ? own : Math.min(own, contextTimeoutMs);
  }

  private async open(caller: Caller, timeoutMs: number, signal: AbortSignal): Promise<Handle> {
    if (this.closed) throw new PoolClosedError();
    const perUser = resolvePerUserValues(this.definition, caller.credentials);
    if (!perUser.ok) throw new MissingCredentialsError(this.slug, perUser.missing);
    const definition = this.definition;
    const capabilities = caller.relay?.capabilities ?? {};
    const capabilitiesKey = capabilityKey(capabilities);
    if (definition.transport === 'stdio') {
      const lease = await this.pool.acquire(
        {
          ...this.poolRef,
          userId: caller.userId,
          fingerprint: fingerprint(perUser.values),
          capabilities: capabilitiesKey,
        },
        {
          command: definition.command,
          args: definition.args ?? [],
          env: { ...definition.env, ...perUser.values },
          cwd: definition.cwd,
          noAuth: perUserNames(definition).length === 0,
          variant: { capabilities, oneUser: true },
        },
        { timeoutMs, signal },
      );
      return {
        session: lease.session,
        release: lease.release,
        lost: () => {
          const end = lease.end();
          if (end === 'running') return undefined;
          if (lease.oversized()) {
            return (
              `${this.slug}'s result was larger than the ${maxMessageBytes / 1024 / 1024} MiB Patchbay accepts from an ` +
              'upstream, so the call was stopped; ask for less (a filter, a smaller page). The next call starts a fresh process.'
            );
          }
          if (end === 'closed') return `${this.slug}'s upstream process was shut down by Patchbay during the call`;
          const tail = lease.stderrTail();
          return (
            `${this.slug}'s upstream process (pid ${lease.pid ?? 'unknown'}) exited during the call; ` +
            `the next call starts a fresh one.${tail === '' ? ' It wrote nothing to stderr.' : ` Its stderr ended with:\n${tail}`}`
          );
        },
      };
    }
    const remote = this.remote;
    if (remote === undefined) throw new Error('remote connections missing');
    // A connection that may ask the client something back serves one user, so the question reaches that user.
    const shared = perUserNames(definition).length === 0 && capabilitiesKey === '';
    const key = shared ? 'shared' : `${caller.userId}\u0000${fingerprint(perUser.values)}\u0000${capabilitiesKey}`;
    const { session, release } = await remote.get(
      key,
      { ...definition.headers, ...perUser.values },
      { timeoutMs, signal },
      { capabilities, oneUser: !shared },
    );
    return {
      session,
      release,
      lost: (error) => {
        if (isTimeout(error)) remote.probe(key, session);
        if (!session.closed && !isConnectionLoss(error)) return undefined;
        remote.drop(key, session);
        return `lost the connection to ${this.slug} (${messageOf(error)}); the next call reconnects`;
      },
    };
  }

  /** One helpful sentence for any failure; the stack never reaches the caller. */
  private explain(error: unknown, limitMs: number, signal: AbortSignal, handle: Handle | undefined): string {
    if (signal.aborted) return `the call to ${this.slug} was cancelled`;
    if (isTimeout(error)) {
      handle?.lost(error);
      return `${this.slug} did not answer within ${limitMs} ms; raise the toolkit's timeout_ms or check the upstream`;
    }
    if (error instanceof MissingCredentialsError) return error.message;
    if (error instanceof PoolClosedError)
      return `${this.slug} is shut down; Patchbay is closing or the toolkit was removed`;
    if (error instanceof PoolFullError) {
      return (
        `${this.slug} could not start: Patchbay already runs its maximum of ${error.maxProcesses} upstream processes ` +
        'and all are busy; try again shortly or raise the process limit'
      );
    }
    if (error instanceof UpstreamStartError) {
      const detail = error.detail === '' ? '' : `\nIts stderr ended with:\n${error.detail}`;
      return `${this.slug} ${error.message}${detail}`;
    }
    const lost = handle?.lost(error);
    if (lost !== undefined) return lost;
    if (error instanceof McpError) return `${this.slug} answered with an error: ${error.message}`;
    this.logger.warn({ err: messageOf(error) }, 'upstream call failed');
    return `${this.slug} failed: ${messageOf(error)}`;
  }
}

function remaining(deadline: number): number {
  return Math.max(1, deadline - Date.now());
}

export function createMcpUpstreamToolkit(
  definition: UpstreamDefinition,
  options: McpUpstreamToolkitOptions,
): McpUpstreamToolkit {
  return new McpUpstreamToolkit(definition, options);
}
