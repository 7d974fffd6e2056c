import { PatchbayError } from './errors.js';

export interface RetryPolicy {
  /** Further attempts after the first, for idempotent methods only. */
  retries: number;
  /** First backoff delay; doubles each attempt, with jitter. */
  baseDelayMs: number;
  /** No wait (backoff or `Retry-After`) is longer than this. */
  maxDelayMs: number;
  /** Each attempt's time limit. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 250, maxDelayMs: 10_000, timeoutMs: 30_000 };

const idempotentMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, exponential / 2 + random() * (exponential / 2));
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Wraps fetch with per-attempt timeouts and retries. Only idempotent methods are retried (a repeated POST could
 * create twice); they are retried on network errors, 429 and 5xx, waiting `Retry-After` when the server sends it.
 * Failures without an HTTP answer become a PatchbayError with status 0.
 */
export function retryingFetch(
  fetchImpl: (request: Request) => Promise<Response>,
  policy: RetryPolicy,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const attempts = idempotentMethods.has(request.method.toUpperCase()) ? policy.retries + 1 : 1;
    const requestId = request.headers.get('x-request-id') ?? undefined;
    for (let attempt = 1; ; attempt++) {
      const timeout = AbortSignal.timeout(policy.timeoutMs);
      const signal = AbortSignal.any([request.signal, timeout]);
      const last = attempt >= attempts;
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await fetchImpl(new Request(last ? request : request.clone(), { signal }));
      } catch (error) {
        failure = error;
      }
      if (response !== undefined && (!isRetryableStatus(response.status) || last)) return response;
      if (request.signal.aborted) {
        throw new PatchbayError(
          { status: 0, slug: 'aborted', message: 'The request was cancelled.', requestId },
          { cause: failure },
        );
      }
      if (last) throw networkError(request, failure, timeout.aborted, policy, requestId);
      const hinted = response ? retryAfterMs(response.headers.get('retry-after')) : undefined;
      await response?.body?.cancel();
      await wait(Math.min(policy.maxDelayMs, hinted ?? backoffMs(attempt, policy)), request.signal);
    }
  };
}

function networkError(
  request: Request,
  cause: unknown,
  timedOut: boolean,
  policy: RetryPolicy,
  requestId: string | undefined,
): PatchbayError {
  const target = new URL(request.url).origin;
  if (timedOut) {
    return new PatchbayError(
      {
        status: 0,
        slug: 'timeout',
        message: `${request.method} ${target} took longer than ${policy.timeoutMs} ms.`,
        suggestedFix: 'Check that the server is healthy, or raise the client timeout.',
        requestId,
      },
      { cause },
    );
  }
  const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : '';
  return new PatchbayError(
    {
      status: 0,
      slug: 'network_error',
      message: `Could not reach ${target}${reason ? `: ${reason}` : ''}.`,
      suggestedFix: 'Check the base URL and that the Patchbay server is running (`npm start` starts a local one).',
      requestId,
    },
    { cause },
  );
}
