import type { Database } from '../db/database.js';
import { mcpScope } from './paths.js';
import { serverOfResource } from './resource.js';
import type { OAuthServer } from './server.js';
import { findResourceServer, type ResourceServer } from './servers.js';

/** A sign-in waiting for its user: who asks (the client), for which MCP server. */
export interface PendingSignIn {
  uid: string;
  clientId: string;
  clientName: string;
  resource: string;
  server: ResourceServer;
  /**
   * Scopes asked for that the server knows (`openid`, `offline_access`, `mcp`). `mcp` is also the resource's scope:
   * a client that names it in its registration gets it granted on both levels.
   */
  oidcScopes: string[];
  /** A user id the client suggested (`login_hint`). */
  hint: string | undefined;
  /** Where the browser goes at the end; the consent form may lead there. */
  redirectUri: string;
}

export interface InteractionDeps {
  db: Database;
  publicUrl: string;
  oauth: OAuthServer;
}

/** The browser's request on a sign-in page (its cookies name the interaction) and where it comes from. */
export interface BrowserRequest {
  request: Request;
  address: string;
}

export class SignInError extends Error {
  override readonly name = 'SignInError';
}

const stringParam = (params: Record<string, unknown>, name: string) => {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
};

/** The sign-in the browser's interaction cookie names, with what its consent page shows. */
export async function pendingSignIn(deps: InteractionDeps, from: BrowserRequest): Promise<PendingSignIn> {
  const provider = await deps.oauth.provider();
  const { req, res } = deps.oauth.pair(from.request, from.address);
  const interaction = await provider.interactionDetails(req, res).catch(() => {
    throw new SignInError('This sign-in is unknown or has expired. Start again from your AI client.');
  });
  const { params } = interaction;
  const clientId = stringParam(params, 'client_id') ?? '';
  const resource = stringParam(params, 'resource');
  const serverId = resource === undefined ? undefined : serverOfResource(deps.publicUrl, resource);
  const server = serverId === undefined ? undefined : await findResourceServer(deps.db, serverId);
  if (resource === undefined || server === undefined) {
    throw new SignInError('The client did not say which MCP URL it signs in for (the resource parameter).');
  }
  const client = await provider.Client.find(clientId);
  const scopes = (stringParam(params, 'scope') ?? '').split(' ');
  return {
    uid: interaction.uid,
    clientId,
    clientName: client?.clientName ?? clientId,
    resource,
    server,
    oidcScopes: scopes.filter((s) => s === 'openid' || s === 'offline_access' || s === mcpScope),
    hint: stringParam(params, 'login_hint'),
    redirectUri: stringParam(params, 'redirect_uri') ?? '',
  };
}

/** Completes the sign-in as `userId`: a grant of the MCP URL's scope to the client, then back to the client. */
export async function approveSignIn(
  oauth: OAuthServer,
  from: BrowserRequest,
  pending: PendingSignIn,
  userId: string,
): Promise<string> {
  const provider = await oauth.provider();
  const grant = new provider.Grant({ accountId: userId, clientId: pending.clientId });
  if (pending.oidcScopes.length > 0) grant.addOIDCScope(pending.oidcScopes);
  grant.addResourceScope(pending.resource, mcpScope);
  const grantId = await grant.save();
  const { req, res } = oauth.pair(from.request, from.address);
  return provider.interactionResult(req, res, { login: { accountId: userId }, consent: { grantId } });
}

/** Ends the sign-in with `access_denied`; the client learns it at its redirect URI. */
export async function denySignIn(oauth: OAuthServer, from: BrowserRequest): Promise<string> {
  const provider = await oauth.provider();
  const { req, res } = oauth.pair(from.request, from.address);
  return provider.interactionResult(req, res, {
    error: 'access_denied',
    error_description: 'The user denied access.',
  });
}

/** User ids as the rest of the API takes them. */
export const validUserId = (userId: string): boolean => userId.length >= 1 && userId.length <= 256;
