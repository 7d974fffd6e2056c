// The shapes shared by the bad-input cases and their test.

export interface Fixture {
  key: string;
  serverId: string;
  otherServerId: string;
  otherAuthConfig: string;
  otherKeyId: string;
  revokedKey: string;
  plainKey: string;
}

export interface Case {
  name: string;
  method: string;
  path: (f: Fixture) => string;
  body?: unknown;
  /** Sent as is (malformed JSON, huge bodies). */
  raw?: string;
  headers?: (f: Fixture) => Record<string, string>;
  status: number;
  /** A line of `errors` must start with this field path. */
  field?: string;
  /** Set when the request id must be generated rather than echoed. */
  requestId?: string;
}

export const json = { 'content-type': 'application/json' };
