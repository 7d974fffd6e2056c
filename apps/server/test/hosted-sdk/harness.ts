import { Composio } from '@composio/core';
import { type MockInstance, vi } from 'vitest';
import type { AccountsServer } from '../accounts/harness.js';

/**
 * The hosted service's own SDK (`@composio/core`, pinned), pointed at a real Patchbay by `baseURL` and nothing else:
 * what a user of the hosted service changes to move. No telemetry and no version check (nothing leaves the machine).
 */
export function hostedSdk(server: Pick<AccountsServer, 'url' | 'apiKey'>): Composio {
  return new Composio({ apiKey: server.apiKey, baseURL: server.url, allowTracking: false, disableVersionCheck: true });
}

/**
 * The SDK validates answers with its own zod schemas and, where they do not fit, only warns (`Transform validation
 * failed`) and hands back the unvalidated object: a shape that drifted shows here, not as a throw.
 */
export function sdkWarnings(): { lines(): string[]; restore(): void } {
  const spy: MockInstance<typeof console.warn> = vi.spyOn(console, 'warn');
  return {
    lines: () => spy.mock.calls.map((args) => args.map(String).join(' ')),
    restore: () => spy.mockRestore(),
  };
}

/** The error an SDK call threw, for assertions on its class and cause. */
export async function thrown(call: Promise<unknown>): Promise<Error & { cause?: unknown; status?: number }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-error: ${String(error)}`);
  }
  throw new Error('the call did not throw');
}
