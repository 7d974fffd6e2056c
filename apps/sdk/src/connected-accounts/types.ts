import type { AuthScheme, ConnectedAccountOrderBy, ConnectedAccountStatus, OrderDirection } from '@patchbay/core';
import type { CamelCase } from '../wire.js';

export interface ConnectedAccount {
  id: string;
  toolkit: { slug: string };
  authConfig: { id: string; authScheme: AuthScheme; isComposioManaged: boolean; isDisabled: boolean };
  userId: string;
  status: ConnectedAccountStatus;
  /** Why it is FAILED, EXPIRED or INACTIVE. */
  statusReason: string | null;
  isDisabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface InitiateOptions {
  /** OAuth: where the user's browser goes after authorising. */
  callbackUrl?: string | undefined;
  /**
   * Non-OAuth schemes: the credentials, e.g. `{ api_key: '…' }` or `{ token: '…' }` (the hosted form
   * `{ authScheme: 'API_KEY', val: { … } }` works too). Sent as `connection.state`; never answered back.
   */
  config?: Record<string, unknown> | undefined;
  /** Extra non-secret values a toolkit needs (e.g. a subdomain). */
  data?: Record<string, unknown> | undefined;
}

export interface WaitOptions {
  /** Give up after this long; default 60 s. */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** What initiate() answers: open `redirectUrl` (OAuth), then wait for the account to become ACTIVE. */
export interface ConnectionRequest {
  id: string;
  status: ConnectedAccountStatus;
  /** OAuth: the URL the user opens to authorise; null for other schemes. */
  redirectUrl: string | null;
  /** Non-secret details of the connection (the `data` given to initiate()); never a token or key. */
  connectionData?: Record<string, unknown> | undefined;
  waitForConnection(options?: WaitOptions): Promise<ConnectedAccount>;
}

/** The wire's `order_by` values as the hosted SDK spells them; mappers.ts holds the one table between the two. */
export type AccountOrderBy = CamelCase<ConnectedAccountOrderBy>;

export interface ListConnectedAccountsOptions {
  userIds?: string[] | undefined;
  toolkitSlugs?: string[] | undefined;
  statuses?: ConnectedAccountStatus[] | undefined;
  authConfigIds?: string[] | undefined;
  orderBy?: AccountOrderBy | undefined;
  orderDirection?: OrderDirection | undefined;
  cursor?: string | undefined;
  /** Default 20, at most 1000. */
  limit?: number | undefined;
}

export interface RefreshedAccount {
  id: string;
  status: ConnectedAccountStatus;
  /** Set when the user must authorise again. */
  redirectUrl: string | null;
}
