import {
  grantId,
  listOAuthGrantsQuery,
  type OAuthGrantList,
  type OAuthSettings,
  oauthSettings,
  oauthSignInDecision,
  signInId,
  uuid,
} from '@patchbay/core';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { listGrants, revokeGrant } from '../oauth/grants.js';
import { decideSignIn, loginUrlOf, returnUrl, setLoginUrl } from '../oauth/sign-ins.js';
import { iso, isoOrNull } from '../present/iso.js';
import { getMcpServer } from '../store/mcp-servers.js';

/** MCP authorization: the grants users gave AI clients, how they sign in, and the developer's approvals. */
export function oauthRestRoutes({ db, oauth, publicUrl }: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const liveServer = async (projectId: string, id: string) => {
    const server = await getMcpServer(db, projectId, id);
    if (!server) throw notFound('MCP server', id);
    return server;
  };

  app.get('/mcp/servers/:server_id/oauth_grants', async (c) => {
    const server = await liveServer(c.get('apiKey').project_id, parseParam(c, 'server_id', uuid));
    const query = parseQuery(c, listOAuthGrantsQuery);
    const rows = await listGrants(db, server.id, query.user_id);
    const provider = await oauth.provider();
    const names = new Map<string, string | null>();
    for (const clientId of new Set(rows.map((row) => row.client_id))) {
      const client = await provider.Client.find(clientId).catch(() => undefined);
      names.set(clientId, client?.clientName ?? null);
    }
    const answer: OAuthGrantList = {
      items: rows.map((row) => ({
        id: row.grant_id,
        client_id: row.client_id,
        client_name: names.get(row.client_id) ?? null,
        user_id: row.user_id,
        server_id: row.server_id,
        created_at: iso(row.created_at),
        expires_at: isoOrNull(row.expires_at),
      })),
    };
    return reply(c, 'listOAuthGrants', answer);
  });

  app.delete('/mcp/servers/:server_id/oauth_grants/:grant_id', async (c) => {
    const server = await liveServer(c.get('apiKey').project_id, parseParam(c, 'server_id', uuid));
    const id = parseParam(c, 'grant_id', grantId);
    if (!(await revokeGrant(db, server.id, id))) throw notFound('OAuth grant', id);
    return reply(c, 'revokeOAuthGrant', { id, deleted: true });
  });

  app.get('/mcp/oauth/settings', async (c) => {
    const answer: OAuthSettings = { login_url: await loginUrlOf(db, c.get('apiKey').project_id) };
    return reply(c, 'getOAuthSettings', answer);
  });

  app.put('/mcp/oauth/settings', async (c) => {
    const body = await parseBody(c, oauthSettings);
    await setLoginUrl(db, c.get('apiKey').project_id, body.login_url);
    return reply(c, 'updateOAuthSettings', body);
  });

  app.post('/mcp/oauth/sign_ins/:sign_in_id', async (c) => {
    const id = parseParam(c, 'sign_in_id', signInId);
    const body = await parseBody(c, oauthSignInDecision);
    const decision = body.user_id !== undefined ? { userId: body.user_id } : { deny: true as const };
    const decided = await decideSignIn(db, c.get('apiKey').project_id, id, decision);
    if (decided === undefined) throw notFound('pending sign-in', id);
    return reply(c, 'decideOAuthSignIn', {
      sign_in_id: id,
      status: decided.denied ? 'denied' : 'approved',
      ...(decided.user_id === null ? {} : { user_id: decided.user_id }),
      server_id: decided.server_id,
      client_id: decided.client_id,
      return_to: returnUrl(publicUrl, decided.interaction_uid),
    });
  });

  return app;
}
