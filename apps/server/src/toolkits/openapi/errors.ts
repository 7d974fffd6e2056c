/** Turns a thrown fetch error into the part a person can act on. */

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici reports "fetch failed" and puts the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`; a failed
  // happy-eyeballs connect makes that an AggregateError with an empty message and the details inside.
  let cause: unknown = error.cause ?? error;
  if (cause instanceof AggregateError && cause.message === '' && cause.errors[0] instanceof Error)
    cause = cause.errors[0];
  if (!(cause instanceof Error)) return error.message;
  const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  if (!cause.message) return code ?? error.message;
  return code && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
}
