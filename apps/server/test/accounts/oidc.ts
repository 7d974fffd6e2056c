import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OAuth 2 / OpenID provider (oidc-provider, in-process on a loopback port) and a small "SaaS" API that
 * accepts a Bearer token only while the provider's introspection endpoint says it is active.
 */

export const clientId = 'patchbay-test-app';
export const clientSecret = 'client-secret-Zq8vN3xR7tLp2Wk9';
const apiClientId = 'saas-api';
const apiClientSecret = 'saas-api-secret-Hf5mQ1yT6uBc';

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0);
    });
  });
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

export interface TestProvider {
  issuer: string;
  authorizationUrl: string;
  tokenUrl: string;
  /** Revokes a token (and with it the whole grant, as oidc-provider does). */
  revoke(token: string): Promise<void>;
  /**
   * Ends one access token early, as if its lifetime had run out: the provider forgets it (introspection then calls it
   * inactive), while the grant and its refresh token live on.
   */
  expire(accessToken: string): Promise<void>;
  introspect(token: string): Promise<{ active: boolean; sub?: string | undefined }>;
  stop(): Promise<void>;
}

export async function startProvider(options: {
  redirectUris: string[];
  accessTokenTtlSeconds: number;
}): Promise<TestProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => handler?.(req, res));
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: apiClientId,
        client_secret: apiClientSecret,
        redirect_uris: [],
        grant_types: [],
        response_types: [],
      },
    ],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
    },
    ttl: {
      AccessToken: options.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      RefreshToken: 3600,
      Grant: 3600,
      Interaction: 600,
      Session: 3600,
    },
    issueRefreshToken: async () => true,
    findAccount: async (_ctx: unknown, id: string) => ({ accountId: id, claims: async () => ({ sub: id }) }),
    cookies: { keys: ['cookie-signing-key-for-tests-only'] },
  });
  handler = provider.callback();

  const asApi = {
    authorization: `Basic ${Buffer.from(`${apiClientId}:${apiClientSecret}`).toString('base64')}`,
    'content-type': 'application/x-www-form-urlencoded',
  };
  return {
    issuer,
    authorizationUrl: `${issuer}/auth`,
    tokenUrl: `${issuer}/token`,
    async revoke(token) {
      const res = await fetch(`${issuer}/token/revocation`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ token }).toString(),
      });
      if (!res.ok) throw new Error(`revocation answered ${res.status}`);
    },
    async expire(accessToken) {
      const token = await provider.AccessToken.find(accessToken);
      if (token === undefined) throw new Error('the provider knows no such access token');
      await token.destroy();
    },
    async introspect(token) {
      const res = await fetch(`${issuer}/token/introspection`, {
        method: 'POST',
        headers: asApi,
        body: new URLSearchParams({ token }).toString(),
      });
      const body: unknown = await res.json();
      if (typeof body !== 'object' || body === null) return { active: false };
      const active = 'active' in body && body.active === true;
      const sub = 'sub' in body && typeof body.sub === 'string' ? body.sub : undefined;
      return { active, sub };
    },
    stop: () => close(server),
  };
}

export interface SaasApi {
  url: string;
  /** Every Authorization header it received, in order, and whether it accepted it. */
  received: { token: string | undefined; accepted: boolean }[];
  stop(): Promise<void>;
}

/** GET /me answers who the token belongs to, or 401 when the provider no longer knows the token as active. */
export async function startSaas(provider: TestProvider): Promise<SaasApi> {
  const received: SaasApi['received'] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const info = token === undefined ? { active: false } : await provider.introspect(token);
      received.push({ token, accepted: info.active });
      res.setHeader('content-type', 'application/json');
      if (!info.active) {
        res.statusCode = 401;
        res.end(JSON.stringify({ error: 'invalid_token' }));
        return;
      }
      res.end(JSON.stringify({ user: info.sub, path: req.url }));
    })();
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, received, stop: () => close(server) };
}

export const saasSpec = {
  openapi: '3.0.3',
  info: { title: 'SaaS', version: '1.0.0' },
  paths: {
    '/me': {
      get: {
        operationId: 'getMe',
        summary: 'Who am I',
        responses: { '200': { description: 'The user' } },
      },
    },
  },
};
