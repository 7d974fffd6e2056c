import { PatchbayError } from '@patchbay/core';

/** The buttons an error notification can carry; each one helps with a kind of failure. */
export const errorActions = ['Set API Key', 'Connect to Server', 'Start Server', 'Open Logs'] as const;

export type ErrorAction = (typeof errorActions)[number];

/** Whether a notification's answer is one of the error buttons. */
export function isErrorAction(value: unknown): value is ErrorAction {
  return errorActions.some((action) => action === value);
}

export interface ErrorReport {
  message: string;
  actions: ErrorAction[];
}

/** Thrown when the person closes a prompt: the command ends quietly. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
  constructor() {
    super('Cancelled');
  }
}

/** Ends the command when a prompt answered nothing (Escape). */
export function given<T>(value: T | undefined): T {
  if (value === undefined) throw new Cancelled();
  return value;
}

const keySlugs = new Set(['no_api_key', 'unauthorized', 'invalid_api_key', 'forbidden']);
const unreachableSlugs = new Set(['network_error', 'timeout', 'no_local_server', 'invalid_base_url']);

/** What to tell the person: the server's message and suggested fix, and the buttons that would help. */
export function describeError(error: unknown, doing: string): ErrorReport {
  if (error instanceof PatchbayError) {
    const details =
      error.errors.length > 0 && !error.message.includes(error.errors[0] ?? '') ? ` (${error.errors.join('; ')})` : '';
    const fix = error.suggestedFix ? ` ${error.suggestedFix}` : '';
    const actions: ErrorAction[] = [];
    if (keySlugs.has(error.slug) || error.status === 401) actions.push('Set API Key');
    if (unreachableSlugs.has(error.slug)) actions.push('Start Server', 'Connect to Server');
    actions.push('Open Logs');
    return { message: `Patchbay could not ${doing}: ${error.message}${details}${fix}`, actions };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { message: `Patchbay could not ${doing}: ${text}`, actions: ['Open Logs'] };
}
