import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Logger } from 'pino';
import { messageOf, UpstreamStartError } from './errors.js';
import { waitForExit } from './process.js';
import type { SessionVariant } from './relay-handlers.js';
import { noSandbox, sandboxed, type UpstreamSandbox } from './sandbox.js';
import { UpstreamSession } from './session.js';
import { StderrTail } from './stderr-tail.js';

export interface StdioLaunch {
  command: string;
  args: readonly string[];
  /** Already merged with the user's values; never logged. */
  env: Record<string, string>;
  cwd?: string | undefined;
  noAuth: boolean;
  /** The capabilities to declare for the clients behind the process's calls. */
  variant?: SessionVariant | undefined;
}

/**
 * Where a starting process is recorded as soon as each part exists, so the pool can close it, verify its pid and
 * quote its stderr even while MCP initialize is still running.
 */
export interface SpawnTarget {
  pid: number | undefined;
  session: UpstreamSession | undefined;
  stderr: StderrTail | undefined;
  /** Set when the upstream wrote a message larger than `maxMessageBytes` (the transport then closed it). */
  oversized: boolean;
}

/** The largest message Patchbay reads from a stdio upstream: a bigger result would only fill memory. */
export const maxMessageBytes = 16 * 1024 * 1024;

export interface SpawnOptions {
  toolkit: string;
  startTimeoutMs: number;
  logger: Logger;
  /** Called when the process ends, however it ends. */
  onClose: () => void;
  /** True when the pool closed the slot while it was starting (the failure is then expected). */
  closedByPool: () => boolean;
  sandbox?: UpstreamSandbox | undefined;
}

/** Spawns one stdio upstream and runs MCP initialize; on failure the process is gone before this rejects. */
export async function spawnUpstream(
  launch: StdioLaunch,
  target: SpawnTarget,
  options: SpawnOptions,
): Promise<UpstreamSession> {
  const { logger } = options;
  const began = performance.now();
  const run = await sandboxed(options.sandbox ?? noSandbox, launch.command, launch.args, launch.cwd);
  const transport = new StdioClientTransport({
    command: run.command,
    args: run.args,
    env: launch.env,
    cwd: run.cwd,
    stderr: 'pipe',
    maxBufferSize: maxMessageBytes,
  });
  // The SDK reports an over-long message only in its error text; it then closes the process itself. Set before
  // connect: the protocol chains its own handler after this one.
  transport.onerror = (error) => {
    if (/ReadBuffer exceeded maximum size/.test(error.message)) target.oversized = true;
  };
  const stderr = new StderrTail(transport.stderr);
  target.stderr = stderr;
  // Client.connect both spawns and initializes; record the pid in between, so a process that hangs in initialize
  // can still be verified gone.
  const spawn = transport.start.bind(transport);
  transport.start = async () => {
    await spawn();
    target.pid = transport.pid ?? undefined;
  };
  // A stdio process serves one user, so it may pass on what it says outside a call's request.
  const session = new UpstreamSession(options.toolkit, launch.noAuth, logger, {
    capabilities: launch.variant?.capabilities ?? {},
    oneUser: true,
  });
  target.session = session;
  session.onClose(() => {
    void run.cleanup();
    options.onClose();
  });
  try {
    await session.connect(transport, { timeout: options.startTimeoutMs });
  } catch (error) {
    await session.close().catch(() => {});
    if (target.pid !== undefined) await waitForExit(target.pid, 5_000);
    const stopped = options.closedByPool() ? ' (closed while starting)' : '';
    logger.warn({ err: messageOf(error), pid: target.pid }, `upstream failed to start${stopped}`);
    throw new UpstreamStartError(`could not start \`${launch.command}\`: ${messageOf(error)}${stopped}`, stderr.tail());
  }
  logger.info({ pid: target.pid, ms: Math.round(performance.now() - began) }, 'upstream process started');
  return session;
}
