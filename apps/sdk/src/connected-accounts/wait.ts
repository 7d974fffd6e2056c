import { backoffMs, type ConnectedAccountStatus, PatchbayError } from '@patchbay/core';
import type { ConnectedAccount } from './types.js';

// Statuses that will not become ACTIVE by waiting: the user must act (or the account be enabled) first.
const settledFailures = new Set<ConnectedAccountStatus>(['FAILED', 'EXPIRED', 'INACTIVE']);
const pollPolicy = { retries: 0, baseDelayMs: 250, maxDelayMs: 5_000, timeoutMs: 0 };

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls `get` until the account is ACTIVE (answered) or settles as FAILED/EXPIRED/INACTIVE (a PatchbayError saying
 * why), backing off from 250 ms to 5 s between polls so a long OAuth consent does not hammer the server.
 */
export async function pollUntilActive(
  id: string,
  get: (id: string) => Promise<ConnectedAccount>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<ConnectedAccount> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const account = await get(id);
    if (account.status === 'ACTIVE') return account;
    if (settledFailures.has(account.status)) {
      throw new PatchbayError({
        status: 0,
        slug: 'connection_failed',
        message: `Connected account ${id} is ${account.status}${account.statusReason ? `: ${account.statusReason}` : ''}.`,
        suggestedFix: 'Initiate the connection again, or enable the account.',
      });
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new PatchbayError({
        status: 0,
        slug: 'timeout',
        message: `Connected account ${id} is still ${account.status} after ${timeoutMs} ms.`,
        suggestedFix: 'The user may not have finished authorising; open the redirect URL, or wait longer.',
      });
    }
    await sleep(Math.min(left, backoffMs(attempt, pollPolicy)), signal);
  }
}
