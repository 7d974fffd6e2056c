/**
 * The authorization server's scope and paths, apart from provider.ts so that the routes and the resource server can
 * name them without loading oidc-provider, which is loaded on the first OAuth request instead of at start.
 */

/** The one scope of an MCP URL: use its tools as the user who signed in. */
export const mcpScope = 'mcp';
export const interactionPath = '/oauth/interaction';

export const oauthRoutes = {
  authorization: '/oauth/authorize',
  token: '/oauth/token',
  registration: '/oauth/register',
  revocation: '/oauth/revoke',
  jwks: '/oauth/jwks',
  userinfo: '/oauth/userinfo',
  end_session: '/oauth/logout',
  pushed_authorization_request: '/oauth/par',
} as const;
