import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';

/** The upstream did not answer within the time limit (ours, or the SDK's request timeout). */
export class UpstreamTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'UpstreamTimeoutError';
  }
}

/** Every stdio slot is taken by a process that is starting or busy, so the call is refused rather than grow. */
export class PoolFullError extends Error {
  constructor(readonly maxProcesses: number) {
    super(`all ${maxProcesses} upstream process slots are busy`);
    this.name = 'PoolFullError';
  }
}

/** The process or connection could not be started; `detail` may carry the process's stderr tail. */
export class UpstreamStartError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'UpstreamStartError';
  }
}

export class PoolClosedError extends Error {
  constructor() {
    super('the toolkit has been closed');
    this.name = 'PoolClosedError';
  }
}

export function isTimeout(error: unknown): boolean {
  return (
    error instanceof UpstreamTimeoutError || (error instanceof McpError && error.code === ErrorCode.RequestTimeout)
  );
}

/** The connection itself ended (process exit, socket gone), as opposed to the upstream answering with an error. */
export function isConnectionLoss(error: unknown): boolean {
  if (error instanceof McpError) return error.code === ErrorCode.ConnectionClosed;
  return !(error instanceof UpstreamTimeoutError || error instanceof PoolFullError || error instanceof PoolClosedError);
}

/** An error's message, cut short: some servers answer failures with a whole HTML page. */
export function messageOf(error: unknown, maxChars = 300): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  return message.length > maxChars ? `${message.slice(0, maxChars)}…` : message;
}

/**
 * Waits for `promise` but gives up after `timeoutMs` or when `signal` aborts; the promise itself carries on (a shared
 * process start must not die because one of its waiters gave up).
 */
export function within<T>(promise: Promise<T>, timeoutMs: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      reject(new UpstreamTimeoutError(timeoutMs));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A signal for one call that follows `parent`. The SDK (1.32) adds an abort listener per request and never removes
 * it; on a long-lived caller signal (one per MCP session, say) those would pile up, each holding its request.
 * Handing the SDK a short-lived signal instead leaves only our own listener on `parent`, removed by `dispose`.
 */
export function callSignal(parent: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const forward = (): void => controller.abort(parent.reason);
  parent.addEventListener('abort', forward, { once: true });
  return { signal: controller.signal, dispose: () => parent.removeEventListener('abort', forward) };
}
