/**
 * Whether an error means the database cannot be reached right now (down, restarting, out of connections), as opposed
 * to a query that is wrong: the first is a 503 the client may retry, the second a 500.
 */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
// SQLSTATE class 08 (connection exception); 57P01-57P03 (shutting down, cannot connect now); 53300 (too many clients).
const sqlStates = /^(08...|57P0[1-3]|53300)$/;
const messages =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = Reflect.get(error, 'code');
  if (typeof code === 'string' && (networkCodes.has(code) || sqlStates.test(code))) return true;
  if (messages.test(error.message)) return true;
  return error.cause !== undefined && isDatabaseUnavailable(error.cause);
}
