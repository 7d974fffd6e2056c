import { describe, expect, it } from 'vitest';
import { authorizationRequestUrl, resolveOAuthApp } from '../../src/accounts/oauth.js';
import { schemeOf } from '../../src/accounts/schemes.js';
import { curatedToolkits } from '../../src/toolkits/curated/index.js';

const request = { state: 's', codeChallenge: 'c', redirectUri: 'http://127.0.0.1:8787/oauth/callback' };
const app = { client_id: 'id', client_secret: 'secret' };

function authorizeUrl(slug: string): URL {
  const toolkit = curatedToolkits().find((t) => t.meta.slug === slug)?.meta;
  const resolved = resolveOAuthApp(app, [], schemeOf(toolkit, 'OAUTH2'), toolkit?.oauth);
  if (!resolved.ok) throw new Error(resolved.message);
  return new URL(authorizationRequestUrl(resolved.app, request));
}

function tokenAuth(slug: string): string {
  const toolkit = curatedToolkits().find((t) => t.meta.slug === slug)?.meta;
  const resolved = resolveOAuthApp(app, [], schemeOf(toolkit, 'OAUTH2'), toolkit?.oauth);
  if (!resolved.ok) throw new Error(resolved.message);
  return resolved.app.tokenAuth;
}

describe("curated providers' OAuth conventions reach the authorize URL and the token request", () => {
  it.each([
    ['slack', ','],
    ['linear', ','],
    ['github', ' '],
    ['gmail', ' '],
    ['google-calendar', ' '],
  ])('joins %s scopes with %j', (slug, separator) => {
    const toolkit = curatedToolkits().find((t) => t.meta.slug === slug)?.meta;
    const scopes = schemeOf(toolkit, 'OAUTH2')?.default_scopes ?? [];
    expect(scopes.length).toBeGreaterThan(0);
    expect(authorizeUrl(slug).searchParams.get('scope')).toBe(scopes.join(separator));
  });

  it('adds the parameters Notion and Google require, without letting them override the standard ones', () => {
    expect(authorizeUrl('notion').searchParams.get('owner')).toBe('user');
    const google = authorizeUrl('google-calendar');
    expect(google.searchParams.get('access_type')).toBe('offline');
    expect(google.searchParams.get('state')).toBe('s');
    expect(google.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('sends the client secret the way each provider documents it', () => {
    expect(tokenAuth('github')).toBe('client_secret_post');
    expect(tokenAuth('linear')).toBe('client_secret_post');
  });

  it("an auth config's explicit choice still wins", () => {
    const toolkit = curatedToolkits().find((t) => t.meta.slug === 'github')?.meta;
    const resolved = resolveOAuthApp(
      { ...app, token_endpoint_auth_method: 'client_secret_basic' },
      [],
      schemeOf(toolkit, 'OAUTH2'),
      toolkit?.oauth,
    );
    expect(resolved.ok && resolved.app.tokenAuth).toBe('client_secret_basic');
  });
});
