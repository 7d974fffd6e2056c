import { Hono } from 'hono';
import type { AccountsDeps } from '../accounts/deps.js';
import { oauthCallbackPath } from '../accounts/deps.js';
import { pageHeaders, resultPage } from '../accounts/html.js';
import { completeAuthorization } from '../accounts/oauth-flow.js';
import type { AppEnv } from '../http/env.js';

/**
 * Where the provider sends the browser back (`/oauth/callback`, the redirect URI registered with the OAuth app).
 * No API key: the `state` is the credential. The browser then goes on to the account's callback_url, with
 * `status` and `connected_account_id` added, or sees a result page.
 */
export function oauthCallbackRoutes(deps: AccountsDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(oauthCallbackPath, async (c) => {
    const outcome = await completeAuthorization(deps, {
      state: c.req.query('state'),
      code: c.req.query('code'),
      error: c.req.query('error'),
    });
    const accountId = outcome.ok ? outcome.account.id : outcome.accountId;
    // Never the code or the state: the outcome and which account (if any) it concerned.
    if (outcome.ok) deps.logger.info({ connected_account_id: accountId }, 'OAuth account connected');
    else deps.logger.info({ connected_account_id: accountId, reason: outcome.message }, 'OAuth callback refused');
    if (outcome.callbackUrl !== null && accountId !== undefined) {
      const target = new URL(outcome.callbackUrl);
      target.searchParams.set('status', outcome.ok ? 'success' : 'failed');
      target.searchParams.set('connected_account_id', accountId);
      c.header('referrer-policy', 'no-referrer');
      c.header('cache-control', 'no-store');
      return c.redirect(target.toString(), 303);
    }
    if (outcome.ok) {
      const body = resultPage(
        true,
        `${outcome.account.toolkit_slug} is connected`,
        'You can close this page and return to your app.',
      );
      return c.body(body, 200, pageHeaders());
    }
    return c.body(resultPage(false, 'Connection failed', outcome.message), 400, pageHeaders());
  });
  return app;
}
