import type { Database } from '../db/database.js';
import type { Metrics } from '../metrics/registry.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import type { Logger } from '../util/logger.js';
import type { Vault } from './crypto.js';

/** What the accounts code needs of the server's context (context.ts), which satisfies it. */
export interface AccountsDeps {
  db: Database;
  vault: Vault;
  /** The server's public base URL: connect links and the OAuth redirect URI start with it. */
  publicUrl: string;
  registry: Pick<ToolkitRegistry, 'find' | 'canonicalSlug'>;
  logger: Logger;
  /** For the token endpoint (tests may swap it); the global fetch by default. */
  fetch: typeof fetch;
  /** Counts token refreshes, when given. */
  metrics?: Pick<Metrics, 'oauthRefreshes'> | undefined;
}

export const oauthCallbackPath = '/oauth/callback';
export const redirectUriOf = (deps: Pick<AccountsDeps, 'publicUrl'>): string => `${deps.publicUrl}${oauthCallbackPath}`;

/** How long an authorisation attempt may take (state and PKCE verifier), and how long a connect link lives. */
export const stateTtlMs = 10 * 60_000;
export const linkTtlMs = 60 * 60_000;
