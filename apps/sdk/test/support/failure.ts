import { PatchbayError } from '@patchbay/core';

/** Awaits a call that must fail and answers its PatchbayError (anything else fails the test). */
export async function failure(pending: Promise<unknown>): Promise<PatchbayError> {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PatchbayError)) throw new Error(`expected a PatchbayError, got ${String(error)}`);
  return error;
}
