import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { OidcSignIn } from './options.js';
import { origin } from './resource.js';

/**
 * Sign-in mode 2: the operator's OpenID Connect identity provider says who the end user is. Patchbay is an ordinary
 * confidential client of it (authorization code + PKCE, ID token checked against the provider's keys, issuer,
 * audience and nonce); the configured claim becomes the user id.
 */
interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint: string | undefined;
}

export const idpCallbackPath = '/oauth/idp/callback';

export class IdentityProvider {
  #discovery: Promise<Discovery> | undefined;
  #keys: JWTVerifyGetKey | undefined;

  constructor(
    private readonly config: OidcSignIn,
    private readonly publicUrl: string,
    private readonly fetcher: typeof fetch,
  ) {}

  get redirectUri(): string {
    return `${origin(this.publicUrl)}${idpCallbackPath}`;
  }

  private discovery(): Promise<Discovery> {
    this.#discovery ??= (async () => {
      const response = await this.fetcher(`${this.config.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
      const body: unknown = await response.json();
      const optional = (key: string) => {
        const value: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, key) : undefined;
        return typeof value === 'string' ? value : undefined;
      };
      const field = (key: string) => {
        const value = optional(key);
        if (value === undefined) throw new Error(`the identity provider's discovery lacks ${key}`);
        return value;
      };
      return {
        authorization_endpoint: field('authorization_endpoint'),
        token_endpoint: field('token_endpoint'),
        jwks_uri: field('jwks_uri'),
        userinfo_endpoint: optional('userinfo_endpoint'),
      };
    })().catch((error: unknown) => {
      this.#discovery = undefined;
      throw error;
    });
    return this.#discovery;
  }

  /** Where to send the browser, and what must come back with it. */
  async start(): Promise<{ url: string; state: string; nonce: string; verifier: string }> {
    const { authorization_endpoint } = await this.discovery();
    const state = randomBytes(16).toString('base64url');
    const nonce = randomBytes(16).toString('base64url');
    const verifier = randomBytes(32).toString('base64url');
    const url = new URL(authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.clientId,
      redirect_uri: this.redirectUri,
      scope: this.config.scope ?? 'openid',
      state,
      nonce,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.toString(), state, nonce, verifier };
  }

  /** Exchanges the code and answers the user id the ID token names. */
  async finish(code: string, expected: { nonce: string; verifier: string }): Promise<string> {
    const { token_endpoint, jwks_uri, userinfo_endpoint } = await this.discovery();
    const basic = Buffer.from(
      `${encodeURIComponent(this.config.clientId)}:${encodeURIComponent(this.config.clientSecret)}`,
    ).toString('base64');
    const response = await this.fetcher(token_endpoint, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: this.redirectUri,
        code_verifier: expected.verifier,
      }).toString(),
    });
    const body: unknown = await response.json();
    const tokenField = (key: string) =>
      typeof body === 'object' && body !== null ? Reflect.get(body, key) : undefined;
    const idToken = tokenField('id_token');
    const accessToken = tokenField('access_token');
    if (!response.ok || typeof idToken !== 'string')
      throw new Error(`the identity provider answered ${response.status}`);
    this.#keys ??= createRemoteJWKSet(new URL(jwks_uri));
    const { payload } = await jwtVerify(idToken, this.#keys, {
      issuer: this.config.issuer,
      audience: this.config.clientId,
    });
    if (payload.nonce !== expected.nonce) throw new Error('the ID token is not for this sign-in (nonce)');
    const claim = this.config.userClaim ?? 'sub';
    let user: unknown = payload[claim];
    // Providers may keep scope-requested claims out of the ID token: then they are the userinfo's, of the same sub.
    if (user === undefined && userinfo_endpoint !== undefined && typeof accessToken === 'string') {
      const info = await this.fetcher(userinfo_endpoint, { headers: { authorization: `Bearer ${accessToken}` } });
      const claims: unknown = info.ok ? await info.json() : undefined;
      if (typeof claims === 'object' && claims !== null && Reflect.get(claims, 'sub') === payload.sub) {
        user = Reflect.get(claims, claim);
      }
    }
    if (typeof user !== 'string' || user === '' || user.length > 256) {
      throw new Error(`the identity provider gave no usable ${claim} claim`);
    }
    return user;
  }
}
