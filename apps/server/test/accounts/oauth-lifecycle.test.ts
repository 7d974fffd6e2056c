import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../src/accounts/crypto.js';
import { parseMasterKey } from '../../src/accounts/master-key.js';
import { openAccountSecrets } from '../../src/accounts/secrets.js';
import { findConnectedAccounts } from '../../src/store/connected-accounts.js';
import { connectMcp, resultText } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { authorizeAtProvider, Browser, firstForm } from './browser.js';
import { dumpDatabase } from './dump.js';
import { type AccountsServer, list, obj, startAccountsServer, str } from './harness.js';
import { clientId, clientSecret, type SaasApi, saasSpec, startProvider, startSaas, type TestProvider } from './oidc.js';

describe.each(databaseKinds)('an OAuth 2 account through its whole life, against oidc-provider (%s)', (kind) => {
  let server: AccountsServer;
  let provider: TestProvider;
  let saas: SaasApi;
  const knownSecrets = new Set<string>([clientSecret]);

  beforeAll(async () => {
    server = await startAccountsServer(kind);
    provider = await startProvider({
      redirectUris: [`${server.url}/oauth/callback`],
      // Nothing here waits for a token to run out: the test makes one due (in Patchbay's row) or dead (at the
      // provider) when it needs to.
      accessTokenTtlSeconds: 3600,
    });
    saas = await startSaas(provider);
    await server.addOpenApiToolkit('saas', {
      spec: saasSpec,
      base_url: saas.url,
      auth: { scheme: 'OAUTH2', in: 'header', name: 'Authorization' },
    });
  }, 60_000);

  afterAll(async () => {
    await saas?.stop();
    await provider?.stop();
    await server?.stop();
  });

  it('connects, calls with the token, refreshes ahead of expiry and on a 401, and expires when revoked', async () => {
    const created = await server.api('POST', '/auth_configs', {
      toolkit: { slug: 'saas' },
      auth_config: {
        type: 'use_custom_auth',
        auth_scheme: 'OAUTH2',
        name: 'SaaS app',
        credentials: {
          client_id: clientId,
          client_secret: clientSecret,
          authorization_url: provider.authorizationUrl,
          token_url: provider.tokenUrl,
        },
        scopes: ['openid'],
      },
    });
    expect(created.status).toBe(201);
    const authConfigId = str(obj(created.body.auth_config).id);
    expect(obj(created.body.auth_config).auth_scheme).toBe('OAUTH2');

    const shown = await server.api('GET', `/auth_configs/${authConfigId}`);
    expect(shown.status).toBe(200);
    expect(obj(shown.body.credentials).client_secret).toBe(`••••${clientSecret.slice(-4)}`);
    expect(obj(shown.body.credentials).client_id).toBe(clientId);
    expect(JSON.stringify(shown.body)).not.toContain(clientSecret);

    const mcpServer = await server.api('POST', '/mcp/servers', {
      name: 'SaaS server',
      auth_config_ids: [authConfigId],
    });
    expect(mcpServer.status).toBe(201);
    const serverId = str(mcpServer.body.id);

    // Initiate: the answer is Patchbay's own connect page.
    const initiated = await server.api('POST', '/connected_accounts', {
      auth_config: { id: authConfigId },
      connection: { user_id: 'user-alice' },
    });
    expect(initiated.status).toBe(201);
    expect(initiated.body.status).toBe('INITIATED');
    const accountId = str(initiated.body.id);
    const redirectUrl = str(initiated.body.redirect_url);
    expect(redirectUrl.startsWith(`${server.url}/connect/${accountId}?t=`)).toBe(true);

    // The user opens it, continues to the provider, signs in, consents, and comes back.
    const browser = new Browser();
    const pageResponse = await browser.request(redirectUrl);
    expect(pageResponse.status).toBe(200);
    expect(pageResponse.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(pageResponse.headers.get('referrer-policy')).toBe('no-referrer');
    // The sign-in form posts to Patchbay, which redirects to the provider: both are allowed form targets.
    expect(pageResponse.headers.get('content-security-policy')).toContain(`form-action 'self' ${provider.issuer}`);
    const form = firstForm(await pageResponse.text(), redirectUrl);
    if (!form) throw new Error('the connect page has no form');
    expect(form.action).toBe(`${server.url}/connect/${accountId}/authorize`);
    const toProvider = await browser.request(form.action, { form: form.fields });
    expect(toProvider.status).toBe(303);
    const authorizationUrl = new URL(str(toProvider.headers.get('location')));
    expect(authorizationUrl.origin).toBe(provider.issuer);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('state')?.length).toBeGreaterThan(30);
    const callback = await authorizeAtProvider(browser, authorizationUrl.toString(), `${server.url}/oauth/callback`);
    // The link token, the state and the code are credentials too: none may be kept in clear or logged.
    knownSecrets.add(str(new URL(redirectUrl).searchParams.get('t')));
    knownSecrets.add(str(authorizationUrl.searchParams.get('state')));
    knownSecrets.add(str(new URL(callback).searchParams.get('code')));
    const landed = await browser.request(callback);
    expect(landed.status).toBe(200);
    expect(await landed.text()).toContain('is connected');

    const active = await server.api('GET', `/connected_accounts/${accountId}`);
    expect(active.body.status).toBe('ACTIVE');
    expect(JSON.stringify(active.body)).not.toMatch(/access_token|refresh_token/);

    // A tool call through the MCP endpoint carries the user's token.
    const client: Client = await connectMcp(`${server.url}/v3/mcp/${serverId}?user_id=user-alice`, {
      'x-api-key': server.apiKey,
    });
    const tools = (await client.listTools()).tools.map((t) => t.name);
    const tool = tools.find((name) => name.startsWith('SAAS_'));
    if (tool === undefined) throw new Error(`no SaaS tool in ${tools.join(', ')}`);
    const first = await client.callTool({ name: tool, arguments: {} });
    expect(first.isError).not.toBe(true);
    expect(resultText(first)).toContain('alice');
    const firstToken = str(saas.received.at(-1)?.token);
    expect(saas.received.at(-1)?.accepted).toBe(true);
    knownSecrets.add(firstToken);

    // The token reaches its end (Patchbay's row says it expires now): it is refreshed before the call, which goes
    // through with a new token. The provider would still take the old one, so only a refresh ahead of the call (not
    // one after a 401) changes the token the SaaS sees, and it sees one request only.
    const dueNow = () =>
      server.running.database.query('UPDATE connected_accounts SET token_expires_at = now() WHERE id = $1', [
        accountId,
      ]);
    await dueNow();
    const beforeSecond = saas.received.length;
    const second = await client.callTool({ name: tool, arguments: {} });
    expect(second.isError).not.toBe(true);
    const secondTried = saas.received.slice(beforeSecond);
    expect(secondTried.map((r) => r.accepted)).toEqual([true]);
    const secondToken = str(secondTried[0]?.token);
    expect(secondToken).not.toBe(firstToken);
    knownSecrets.add(secondToken);

    // The provider lets a token die early (Patchbay believes it lives an hour more): the upstream 401 makes
    // Patchbay refresh and send the call again.
    await server.running.database.query(
      "UPDATE connected_accounts SET token_expires_at = now() + interval '1 hour' WHERE id = $1",
      [accountId],
    );
    await provider.expire(secondToken);
    const before401 = saas.received.length;
    const third = await client.callTool({ name: tool, arguments: {} });
    expect(third.isError).not.toBe(true);
    const tried = saas.received.slice(before401);
    expect(tried.map((r) => r.accepted)).toEqual([false, true]);
    expect(tried[0]?.token).toBe(secondToken);
    const retriedToken = str(tried[1]?.token);
    expect(retriedToken).not.toBe(secondToken);
    knownSecrets.add(retriedToken);

    // Several calls at once when the token is due: one refresh, shared by all of them (each sends the same new
    // token, once, and the refresh counter moves by one).
    const refreshesOk = async () =>
      (await server.running.context.metrics.oauthRefreshes.get()).values.find((v) => v.labels.outcome === 'ok')
        ?.value ?? 0;
    await dueNow();
    const okBeforeBurst = await refreshesOk();
    const beforeBurst = saas.received.length;
    const burst = await Promise.all([1, 2, 3].map(() => client.callTool({ name: tool, arguments: {} })));
    for (const result of burst) expect(result.isError).not.toBe(true);
    const burstTried = saas.received.slice(beforeBurst);
    expect(burstTried.map((r) => r.accepted)).toEqual([true, true, true]);
    const burstTokens = new Set(burstTried.map((r) => r.token));
    expect(burstTokens.size).toBe(1);
    expect(burstTokens.has(retriedToken)).toBe(false);
    expect(await refreshesOk()).toBe(okBeforeBurst + 1);
    for (const token of burstTokens) knownSecrets.add(str(token));

    // A refresh through the API needs no user: a new token at once.
    const refreshed = await server.api('POST', `/connected_accounts/${accountId}/refresh`);
    expect(refreshed.body).toEqual({ id: accountId, status: 'ACTIVE', redirect_url: null });
    expect((await client.callTool({ name: tool, arguments: {} })).isError).not.toBe(true);
    const thirdToken = str(saas.received.at(-1)?.token);
    expect(burstTokens.has(thirdToken)).toBe(false);
    knownSecrets.add(thirdToken);

    // The refresh token the account holds is sealed; learn it (with the key file) to look for it in the dump.
    const vault = new Vault(parseMasterKey(await readFile(join(server.dataDir, 'master.key'), 'utf8'), 'master.key'));
    const [row] = await findConnectedAccounts(server.running.database, server.projectId, [accountId]);
    if (!row) throw new Error('account row gone');
    const secrets = openAccountSecrets(vault, row);
    expect(secrets.access_token).toBe(thirdToken);
    knownSecrets.add(str(secrets.refresh_token));

    // Revoked at the provider (the grant with it): the call fails, the refresh is refused, the account EXPIRED.
    await provider.revoke(thirdToken);
    const fourth = await client.callTool({ name: tool, arguments: {} });
    expect(fourth.isError).toBe(true);
    expect(resultText(fourth)).toMatch(/refused|refresh/i);
    const expired = await server.api('GET', `/connected_accounts/${accountId}`);
    expect(expired.body.status).toBe('EXPIRED');
    expect(str(expired.body.status_reason)).toMatch(/invalid_grant/);
    const fifth = await client.callTool({ name: tool, arguments: {} });
    expect(fifth.isError).toBe(true);
    expect(resultText(fifth)).toContain('expired');
    await client.close();

    // REST refresh of an EXPIRED account: the user must authorise again.
    const again = await server.api('POST', `/connected_accounts/${accountId}/refresh`);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('INITIATED');
    expect(str(again.body.redirect_url)).toContain(`/connect/${accountId}?t=`);

    const listed = await server.api('GET', '/connected_accounts?toolkit_slugs=saas&statuses=INITIATED');
    expect(list(listed.body.items).map((i) => obj(i).id)).toEqual([accountId]);

    // The metrics counted those refreshes by outcome: some went through, and the one the provider refused.
    const refreshes = await server.running.context.metrics.oauthRefreshes.get();
    const count = (outcome: string) => refreshes.values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
    expect(count('ok')).toBeGreaterThanOrEqual(2);
    expect(count('refused')).toBe(1);
  }, 60_000);

  it('keeps every secret out of the database in clear and out of the log', async () => {
    expect(knownSecrets.size).toBeGreaterThanOrEqual(9);
    const dump = await dumpDatabase(server.running.database);
    const log = server.logs.join('');
    expect(log.length).toBeGreaterThan(1000);
    for (const secret of knownSecrets) {
      expect(dump.includes(secret), 'a secret is in the database dump').toBe(false);
      expect(dump.includes(Buffer.from(secret, 'utf8').toString('hex')), 'a secret is in a bytea column').toBe(false);
      expect(log.includes(secret), 'a secret is in the log').toBe(false);
    }
  });
});
