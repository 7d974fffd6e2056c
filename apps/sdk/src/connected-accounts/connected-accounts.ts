import {
  connectedAccountId,
  createConnectedAccountRequest,
  listConnectedAccountsQuery,
  type Paged,
  unwrap,
} from '@patchbay/core';
import type { Context } from '../context.js';
import type { IterateOptions } from '../mcp/types.js';
import { checked } from '../validate.js';
import { type CursorPage, iterateCursor, queryText, toCursorPage } from '../wire.js';
import {
  initiateNames,
  listNames,
  toAccount,
  toConnectionRequest,
  toInitiateBody,
  toListQuery,
  toRefreshed,
} from './mappers.js';
import type {
  ConnectedAccount,
  ConnectionRequest,
  InitiateOptions,
  ListConnectedAccountsOptions,
  RefreshedAccount,
  WaitOptions,
} from './types.js';
import { pollUntilActive } from './wait.js';

/** `patchbay.connectedAccounts`: one user's connection to a toolkit, through an auth config. */
export class ConnectedAccounts {
  constructor(private readonly ctx: Context) {}

  /** Starts a connection. OAuth answers a `redirectUrl` for the user; key-style schemes with `config` are ACTIVE at once. */
  async initiate(userId: string, authConfigId: string, options: InitiateOptions = {}): Promise<ConnectionRequest> {
    const body = checked(
      createConnectedAccountRequest,
      toInitiateBody(userId, authConfigId, options),
      'connectedAccounts.initiate',
      initiateNames,
    );
    const made = await unwrap(this.ctx.api.POST('/connected_accounts', { body }));
    return toConnectionRequest(made, (wait) => this.waitForConnection(made.id, wait));
  }

  async list(options: ListConnectedAccountsOptions = {}): Promise<CursorPage<ConnectedAccount>> {
    const query = toListQuery(options);
    checked(listConnectedAccountsQuery, queryText(query), 'connectedAccounts.list', listNames);
    return toCursorPage(await unwrap(this.ctx.api.GET('/connected_accounts', { params: { query } })), toAccount);
  }

  iterate(options: Omit<ListConnectedAccountsOptions, 'cursor'> & IterateOptions = {}): Paged<ConnectedAccount> {
    const { maxItems, signal, ...filters } = options;
    const base = toListQuery(filters);
    checked(listConnectedAccountsQuery, queryText(base), 'connectedAccounts.iterate', listNames);
    return iterateCursor(
      base,
      { limit: filters.limit, maxItems, signal },
      (query, pageSignal) => unwrap(this.ctx.api.GET('/connected_accounts', { params: { query }, signal: pageSignal })),
      toAccount,
    );
  }

  async get(id: string): Promise<ConnectedAccount> {
    checked(connectedAccountId, id, 'connectedAccounts.get', 'id');
    return toAccount(await unwrap(this.ctx.api.GET('/connected_accounts/{id}', { params: { path: { id } } })));
  }

  async delete(id: string): Promise<{ success: boolean }> {
    checked(connectedAccountId, id, 'connectedAccounts.delete', 'id');
    const answer = await unwrap(this.ctx.api.DELETE('/connected_accounts/{id}', { params: { path: { id } } }));
    return { success: answer.success };
  }

  async refresh(id: string): Promise<RefreshedAccount> {
    checked(connectedAccountId, id, 'connectedAccounts.refresh', 'id');
    return toRefreshed(
      await unwrap(this.ctx.api.POST('/connected_accounts/{id}/refresh', { params: { path: { id } } })),
    );
  }

  enable(id: string): Promise<{ success: boolean }> {
    return this.setEnabled(id, true);
  }

  disable(id: string): Promise<{ success: boolean }> {
    return this.setEnabled(id, false);
  }

  /** Polls until ACTIVE; FAILED, EXPIRED or INACTIVE, or the time limit, end the wait with a PatchbayError. */
  waitForConnection(id: string, options: WaitOptions = {}): Promise<ConnectedAccount> {
    checked(connectedAccountId, id, 'connectedAccounts.waitForConnection', 'id');
    return pollUntilActive(id, (account) => this.get(account), options.timeoutMs ?? 60_000, options.signal);
  }

  private async setEnabled(id: string, enabled: boolean): Promise<{ success: boolean }> {
    checked(connectedAccountId, id, `connectedAccounts.${enabled ? 'enable' : 'disable'}`, 'id');
    const answer = await unwrap(
      this.ctx.api.PATCH('/connected_accounts/{id}/status', { params: { path: { id } }, body: { enabled } }),
    );
    return { success: answer.success };
  }
}
