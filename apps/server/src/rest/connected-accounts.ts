import {
  type ConnectedAccountList,
  connectedAccountId,
  createConnectedAccountLinkRequest,
  createConnectedAccountRequest,
  listConnectedAccountsQuery,
  updateConnectedAccountStatusRequest,
} from '@patchbay/core';
import { Hono } from 'hono';
import { connectLink, createConnection, linkConnection, requireAccount } from '../accounts/connections.js';
import type { AccountsDeps } from '../accounts/deps.js';
import { refreshAccount } from '../accounts/refresh.js';
import type { AppEnv } from '../http/env.js';
import { apiError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { keysetCursor } from '../paging/cursors.js';
import { cursorPage, cursorPosition } from '../paging/page.js';
import { presentAccount, presentConnection } from '../present/accounts.js';
import { getAuthConfig } from '../store/auth-configs.js';
import { useConnectLinks } from '../store/connect-links.js';
import { deleteAccount, listAccounts, updateAccount } from '../store/connected-accounts.js';

/** `/connected_accounts`: one user's connection to a toolkit. No answer ever carries a token, key or password. */
export function connectedAccountRoutes(deps: AccountsDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  app.post('/connected_accounts', async (c) => {
    const body = await parseBody(c, createConnectedAccountRequest);
    const projectId = c.get('apiKey').project_id;
    const config = await getAuthConfig(db, projectId, body.auth_config.id);
    if (config === undefined) throw notFound('auth config', body.auth_config.id);
    const made = await createConnection(deps, {
      projectId,
      config,
      userId: body.connection.user_id,
      callbackUrl: body.connection.callback_url,
      state: body.connection.state,
      data: body.connection.data,
    });
    return reply(c, 'createConnectedAccount', presentConnection(config, made), 201);
  });

  app.post('/connected_accounts/link', async (c) => {
    const body = await parseBody(c, createConnectedAccountLinkRequest);
    const projectId = c.get('apiKey').project_id;
    const config = await getAuthConfig(db, projectId, body.auth_config_id);
    if (config === undefined) throw notFound('auth config', body.auth_config_id);
    const { account, link } = await linkConnection(deps, {
      projectId,
      config,
      userId: body.user_id,
      callbackUrl: body.callback_url,
    });
    const answer = {
      connected_account_id: account.id,
      redirect_url: link.url,
      link_token: link.token,
      expires_at: link.expiresAt.toISOString(),
    };
    return reply(c, 'createConnectedAccountLink', answer, 201);
  });

  app.get('/connected_accounts', async (c) => {
    const query = parseQuery(c, listConnectedAccountsQuery);
    const after = cursorPosition(query.cursor, keysetCursor);
    const page = await listAccounts(db, c.get('apiKey').project_id, {
      userIds: query.user_ids,
      toolkitSlugs: query.toolkit_slugs?.map((slug) => deps.registry.canonicalSlug(slug)),
      statuses: query.statuses,
      authConfigIds: query.auth_config_ids,
      orderBy: query.order_by,
      direction: query.order_direction,
      after,
      limit: query.limit,
    });
    const answer: ConnectedAccountList = cursorPage(page.rows.map(presentAccount), { ...page, limit: query.limit });
    return reply(c, 'listConnectedAccounts', answer);
  });

  app.get('/connected_accounts/:id', async (c) => {
    const account = await requireAccount(deps, c.get('apiKey').project_id, parseParam(c, 'id', connectedAccountId));
    return reply(c, 'getConnectedAccount', presentAccount(account));
  });

  app.delete('/connected_accounts/:id', async (c) => {
    const id = parseParam(c, 'id', connectedAccountId);
    if (!(await deleteAccount(db, c.get('apiKey').project_id, id))) throw notFound('connected account', id);
    return reply(c, 'deleteConnectedAccount', { success: true });
  });

  app.post('/connected_accounts/:id/refresh', async (c) => {
    const account = await requireAccount(deps, c.get('apiKey').project_id, parseParam(c, 'id', connectedAccountId));
    if (account.status === 'INACTIVE') {
      throw apiError(
        409,
        `Connected account ${account.id} is disabled.`,
        'Enable it (PATCH …/status {"enabled": true}) first.',
      );
    }
    if (account.auth_scheme !== 'OAUTH2') {
      return reply(c, 'refreshConnectedAccount', { id: account.id, status: account.status, redirect_url: null });
    }
    if (account.status === 'ACTIVE') {
      const refreshed = await refreshAccount(deps, account);
      if (refreshed.ok)
        return reply(c, 'refreshConnectedAccount', { id: account.id, status: 'ACTIVE', redirect_url: null });
      if (!refreshed.expired)
        throw apiError(503, `The token could not be refreshed: ${refreshed.message}.`, 'Try again shortly.');
    }
    // The user must authorise again: a fresh link, and the account waits for them.
    await updateAccount(db, account.project_id, account.id, { status: 'INITIATED' });
    return reply(c, 'refreshConnectedAccount', {
      id: account.id,
      status: 'INITIATED',
      redirect_url: await connectLink(deps, account),
    });
  });

  app.patch('/connected_accounts/:id/status', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const id = parseParam(c, 'id', connectedAccountId);
    const body = await parseBody(c, updateConnectedAccountStatusRequest);
    const account = await requireAccount(deps, projectId, id);
    if (!body.enabled) {
      await db.transaction(async (tx) => {
        await updateAccount(tx, projectId, id, { status: 'INACTIVE', statusReason: 'Disabled through the API.' });
        await useConnectLinks(tx, id);
      });
    } else if (account.status === 'INACTIVE') {
      const ready = account.secrets_encrypted !== null || account.auth_scheme === 'NO_AUTH';
      await updateAccount(db, projectId, id, { status: ready ? 'ACTIVE' : 'INITIATED', statusReason: null });
    }
    return reply(c, 'updateConnectedAccountStatus', { success: true });
  });

  return app;
}
