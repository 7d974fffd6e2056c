import { randomUUID } from 'node:crypto';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestBrowser } from './browser.js';
import { authorizeUrl, consent, mcpWith, pkcePair, register, tokenRequest } from './flow.js';

const redirectUri = 'http://127.0.0.1:8977/callback';

describe.each(databaseKinds)('OAuth tokens and attacks on %s', (kind) => {
  let t: TestServer;
  let serverA: string;
  let serverB: string;
  let clientId: string;
  const resourceOf = (id: string) => `${t.url}/v3/mcp/${id}`;

  beforeAll(async () => {
    t = await startTestServer(kind);
    const make = async (name: string) =>
      (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name, toolkits: ['notes'] } }))).id;
    serverA = await make('Server A');
    serverB = await make('Server B');
    clientId = await register(t.url, [redirectUri]);
  });
  afterAll(async () => t.stop());

  /** A code for `user` on `server`, as the consent page issues it. */
  async function codeFor(user: string, server = serverA) {
    const { verifier, challenge } = pkcePair();
    const callback = await consent(
      authorizeUrl(t.url, { clientId, redirectUri, resource: resourceOf(server), challenge }),
      redirectUri,
      {
        api_key: t.apiKey,
        user_id: user,
        action: 'allow',
      },
    );
    const code = callback.searchParams.get('code');
    if (code === null) throw new Error(`no code: ${callback}`);
    return { code, verifier };
  }

  const exchange = (code: string, verifier: string | undefined, resource = resourceOf(serverA)) =>
    tokenRequest(t.url, {
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      redirect_uri: redirectUri,
      resource,
      ...(verifier === undefined ? {} : { code_verifier: verifier }),
    });

  async function tokensFor(user: string, server = serverA) {
    const { code, verifier } = await codeFor(user, server);
    const answer = await exchange(code, verifier, resourceOf(server));
    expect(answer.status).toBe(200);
    return answer.body;
  }

  it('issues short-lived tokens bound to the MCP URL; refresh rotates, and reusing a rotated one ends the grant', async () => {
    const first = await tokensFor('ana');
    expect(first.expires_in).toBeLessThanOrEqual(600);
    expect((await mcpWith(resourceOf(serverA), first.access_token ?? '')).status).toBe(200);
    const refreshed = await tokenRequest(t.url, {
      grant_type: 'refresh_token',
      client_id: clientId,
      refresh_token: first.refresh_token ?? '',
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);
    expect((await mcpWith(resourceOf(serverA), refreshed.body.access_token ?? '')).status).toBe(200);
    // The rotated one again: someone else holds a copy, so the whole family goes.
    const reused = await tokenRequest(t.url, {
      grant_type: 'refresh_token',
      client_id: clientId,
      refresh_token: first.refresh_token ?? '',
    });
    expect(reused.status).toBe(400);
    expect(reused.body.access_token).toBeUndefined();
    const after = await mcpWith(resourceOf(serverA), refreshed.body.access_token ?? '');
    expect(after.status).toBe(401);
    expect(after.challenge).toContain(
      `resource_metadata="${t.url}/.well-known/oauth-protected-resource/v3/mcp/${serverA}"`,
    );
    const newest = await tokenRequest(t.url, {
      grant_type: 'refresh_token',
      client_id: clientId,
      refresh_token: refreshed.body.refresh_token ?? '',
    });
    expect(newest.status).toBe(400);
  });

  it('revocation (RFC 7009) ends an access token: the MCP URL answers 401 with the challenge again', async () => {
    const tokens = await tokensFor('ana');
    const revoked = await fetch(`${t.url}/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.access_token ?? '', client_id: clientId }).toString(),
    });
    expect(revoked.status).toBe(200);
    const after = await mcpWith(resourceOf(serverA), tokens.access_token ?? '');
    expect(after.status).toBe(401);
    expect(after.challenge).toMatch(/^Bearer error="invalid_token", resource_metadata="/);
  });

  it('refuses a missing or wrong PKCE verifier, and a replayed code', async () => {
    const { code, verifier } = await codeFor('ana');
    const missing = await exchange(code, undefined);
    expect(missing.status).toBe(400);
    expect(missing.body.access_token).toBeUndefined();
    const wrong = await exchange(code, pkcePair().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.body.access_token).toBeUndefined();
    const second = await codeFor('ana');
    const ok = await exchange(second.code, second.verifier);
    expect(ok.status).toBe(200);
    const replay = await exchange(second.code, second.verifier);
    expect(replay.status).toBe(400);
    expect(replay.body.access_token).toBeUndefined();
    // A replayed code means it leaked: what it issued is revoked too.
    expect((await mcpWith(resourceOf(serverA), ok.body.access_token ?? '')).status).toBe(401);
    void verifier;
  });

  it('never redirects to an unregistered redirect URI (extended, prefix, lookalike)', async () => {
    for (const uri of [
      `${redirectUri}/evil`,
      `${redirectUri}x`,
      'http://127.0.0.1:8977/callbac',
      'http://127.0.0.1.evil.example:8977/callback',
      'http://localhost:8977/callback',
    ]) {
      const { challenge } = pkcePair();
      const response = await new TestBrowser().request(
        authorizeUrl(t.url, { clientId, redirectUri: uri, resource: resourceOf(serverA), challenge }),
      );
      expect(response.status, uri).toBe(400);
      expect(response.headers.get('location'), uri).toBeNull();
    }
  });

  it('refuses a resource that is not one of its MCP URLs, and authorization without PKCE', async () => {
    for (const resource of [resourceOf(randomUUID()), 'https://elsewhere.example/mcp', `${t.url}/api/v3`]) {
      const { challenge } = pkcePair();
      const response = await new TestBrowser().request(
        authorizeUrl(t.url, { clientId, redirectUri, resource, challenge }),
      );
      const location = new URL(response.headers.get('location') ?? '', t.url);
      expect(location.searchParams.get('error'), resource).toBe('invalid_target');
      expect(location.searchParams.get('code')).toBeNull();
    }
    const response = await new TestBrowser().request(
      authorizeUrl(t.url, { clientId, redirectUri, resource: resourceOf(serverA) }),
    );
    expect(new URL(response.headers.get('location') ?? '', t.url).searchParams.get('error')).toBe('invalid_request');
  });

  it("refuses a code exchanged for another server's resource, a token on another server, and on another user's URL", async () => {
    const { code, verifier } = await codeFor('ana');
    const other = await exchange(code, verifier, resourceOf(serverB));
    expect(other.status).toBe(400);
    expect(other.body.access_token).toBeUndefined();
    const tokens = await tokensFor('ana');
    expect((await mcpWith(resourceOf(serverB), tokens.access_token ?? '')).status).toBe(401);
    expect((await mcpWith(`${resourceOf(serverA)}?user_id=bob`, tokens.access_token ?? '')).status).toBe(403);
    expect((await mcpWith(`${resourceOf(serverA)}?user_id=ana`, tokens.access_token ?? '')).status).toBe(200);
  });

  it('refuses an expired token', async () => {
    const tokens = await tokensFor('ana');
    await t.running.database.query(
      "UPDATE oauth_records SET expires_at = now() - interval '1 second' WHERE kind = 'AccessToken'",
    );
    expect((await mcpWith(resourceOf(serverA), tokens.access_token ?? '')).status).toBe(401);
  });

  it('grants the MCP scope to a client that names no scope', async () => {
    const { verifier, challenge } = pkcePair();
    const url = new URL(authorizeUrl(t.url, { clientId, redirectUri, resource: resourceOf(serverA), challenge }));
    url.searchParams.delete('scope');
    const callback = await consent(url.toString(), redirectUri, { api_key: t.apiKey, user_id: 'ana', action: 'allow' });
    const answer = await exchange(callback.searchParams.get('code') ?? '', verifier);
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe('mcp');
  });

  it('lets the user deny: the client gets access_denied and no code', async () => {
    const { challenge } = pkcePair();
    const callback = await consent(
      authorizeUrl(t.url, { clientId, redirectUri, resource: resourceOf(serverA), challenge }),
      redirectUri,
      {
        action: 'deny',
      },
    );
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('keeps no code or token in the database in clear', async () => {
    const { code, verifier } = await codeFor('cleo');
    const tokens = (await exchange(code, verifier)).body;
    const dump = JSON.stringify(
      await t.running.database.query("SELECT encode(id_hash, 'hex') h, encode(payload, 'escape') p FROM oauth_records"),
    );
    for (const secret of [code, tokens.access_token, tokens.refresh_token]) {
      expect(secret).toBeTruthy();
      expect(dump).not.toContain(secret);
    }
  });
});
