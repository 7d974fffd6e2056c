/** Who is calling an MCP URL, and as whom its tools run; what is served is a `ServedTools` (tool-source.ts). */
export interface McpCaller {
  projectId: string;
  userId: string;
  /** Set when the URL or the token pins one connected account. */
  connectedAccountId: string | undefined;
  via: 'api_key' | 'token' | 'oauth';
  /** For `oauth`: the client and grant the access token belongs to (for the access log; never the token). */
  oauth?: { clientId: string; grantId: string } | undefined;
}

export type CallerErrorKind = 'bad_request' | 'unauthenticated' | 'forbidden' | 'not_found';

/**
 * Why a caller cannot be served: raised by the resolvers, mapped to HTTP by the endpoint (transports.ts), so that the
 * MCP layer names what went wrong and the HTTP layer alone decides how to say it.
 */
export class CallerError extends Error {
  constructor(
    readonly kind: CallerErrorKind,
    message: string,
    readonly suggestedFix: string,
    /** A more precise error slug than the kind's (e.g. `token_revoked`). */
    readonly slug?: string | undefined,
  ) {
    super(message);
    this.name = 'CallerError';
  }
}

/** The same project, user and account: a session's requests must come from the caller who opened it. */
export function sameCaller(a: McpCaller, b: McpCaller): boolean {
  return a.projectId === b.projectId && a.userId === b.userId && a.connectedAccountId === b.connectedAccountId;
}
