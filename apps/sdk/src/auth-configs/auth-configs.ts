import {
  type AuthConfigStatus,
  authConfigId,
  createAuthConfigRequest,
  listAuthConfigsQuery,
  type Paged,
  unwrap,
  updateAuthConfigRequest,
} from '@patchbay/core';
import type { Context } from '../context.js';
import type { IterateOptions } from '../mcp/types.js';
import { checked } from '../validate.js';
import { type CursorPage, iterateCursor, queryText, toCursorPage } from '../wire.js';
import { createNames, listNames, toAuthConfig, toCreateBody, toCreated, toListQuery, toUpdateBody } from './mappers.js';
import type {
  AuthConfig,
  AuthConfigCreated,
  CreateAuthConfigOptions,
  ListAuthConfigsOptions,
  UpdateAuthConfigOptions,
} from './types.js';

/** `patchbay.authConfigs`: how a toolkit's users authenticate (your OAuth app, an API-key scheme, …). */
export class AuthConfigs {
  constructor(private readonly ctx: Context) {}

  /** Default: Patchbay-managed credentials, as the hosted SDK defaults. */
  async create(
    toolkit: string,
    options: CreateAuthConfigOptions = { type: 'use_composio_managed_auth' },
  ): Promise<AuthConfigCreated> {
    const body = checked(createAuthConfigRequest, toCreateBody(toolkit, options), 'authConfigs.create', createNames);
    return toCreated(await unwrap(this.ctx.api.POST('/auth_configs', { body })));
  }

  async list(options: ListAuthConfigsOptions = {}): Promise<CursorPage<AuthConfig>> {
    const query = toListQuery(options);
    checked(listAuthConfigsQuery, queryText(query), 'authConfigs.list', listNames);
    return toCursorPage(await unwrap(this.ctx.api.GET('/auth_configs', { params: { query } })), toAuthConfig);
  }

  iterate(options: Omit<ListAuthConfigsOptions, 'cursor'> & IterateOptions = {}): Paged<AuthConfig> {
    const { maxItems, signal, ...filters } = options;
    const base = toListQuery(filters);
    checked(listAuthConfigsQuery, queryText(base), 'authConfigs.iterate', listNames);
    return iterateCursor(
      base,
      { limit: filters.limit, maxItems, signal },
      (query, pageSignal) => unwrap(this.ctx.api.GET('/auth_configs', { params: { query }, signal: pageSignal })),
      toAuthConfig,
    );
  }

  async get(id: string): Promise<AuthConfig> {
    checked(authConfigId, id, 'authConfigs.get', 'id');
    return toAuthConfig(await unwrap(this.ctx.api.GET('/auth_configs/{id}', { params: { path: { id } } })));
  }

  async update(id: string, options: UpdateAuthConfigOptions): Promise<AuthConfig> {
    checked(authConfigId, id, 'authConfigs.update', 'id');
    const body = checked(updateAuthConfigRequest, toUpdateBody(options), 'authConfigs.update');
    return toAuthConfig(await unwrap(this.ctx.api.PATCH('/auth_configs/{id}', { params: { path: { id } }, body })));
  }

  /** Refused (409) while connected accounts use it. */
  async delete(id: string): Promise<{ id: string; deleted: boolean }> {
    checked(authConfigId, id, 'authConfigs.delete', 'id');
    const answer = await unwrap(this.ctx.api.DELETE('/auth_configs/{id}', { params: { path: { id } } }));
    return { id: answer.id, deleted: answer.deleted };
  }

  enable(id: string): Promise<{ success: boolean }> {
    return this.setStatus(id, 'ENABLED');
  }

  disable(id: string): Promise<{ success: boolean }> {
    return this.setStatus(id, 'DISABLED');
  }

  private async setStatus(id: string, status: AuthConfigStatus): Promise<{ success: boolean }> {
    checked(authConfigId, id, `authConfigs.${status === 'ENABLED' ? 'enable' : 'disable'}`, 'id');
    const answer = await unwrap(
      this.ctx.api.PATCH('/auth_configs/{id}/{status}', { params: { path: { id, status } } }),
    );
    return { success: answer.success };
  }
}
