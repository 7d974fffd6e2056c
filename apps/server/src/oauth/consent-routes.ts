import { type Context, Hono } from 'hono';
import { pageHeaders, resultPage } from '../accounts/html.js';
import type { ServerContext } from '../context.js';
import { authenticateApiKey } from '../http/auth.js';
import { clientAddress } from '../http/auth-throttle.js';
import type { AppEnv } from '../http/env.js';
import { localConsentPage } from './consent-html.js';
import {
  approveSignIn,
  denySignIn,
  type PendingSignIn,
  pendingSignIn,
  SignInError,
  validUserId,
} from './interaction.js';
import { interactionPath } from './provider.js';

type Deps = Pick<ServerContext, 'db' | 'rows' | 'publicUrl' | 'oauth'>;

const formTargets = (pending: PendingSignIn) => {
  const target = URL.parse(pending.redirectUri);
  return target === null ? [] : [target.origin];
};

function html(c: Context<AppEnv>, status: 200 | 400, body: string, pending?: PendingSignIn) {
  return c.body(body, status, pageHeaders(pending === undefined ? [] : formTargets(pending)));
}

const browser = (c: Context<AppEnv>) => ({ request: c.req.raw, address: clientAddress(c) });

async function pendingOr(deps: Deps, c: Context<AppEnv>) {
  try {
    return await pendingSignIn(deps, browser(c));
  } catch (error) {
    if (error instanceof SignInError) return html(c, 400, resultPage(false, 'Sign-in not possible', error.message));
    throw error;
  }
}

/** Where the developer's user ends up: after an allow or a deny, back to the authorization endpoint. */
const back = (c: Context<AppEnv>, to: string) => c.redirect(to, 303);

/**
 * The consent page of sign-in mode 3 (local, single user): whoever holds the project key chooses the user id the
 * MCP URL acts for. The key is checked like any API key (throttled, revocable) and never written into a page.
 */
export function consentRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(`${interactionPath}/:uid`, async (c) => {
    const pending = await pendingOr(deps, c);
    if (pending instanceof Response) return pending;
    return html(c, 200, localConsentPage(pending, c.req.path), pending);
  });
  app.post(`${interactionPath}/:uid`, async (c) => {
    const pending = await pendingOr(deps, c);
    if (pending instanceof Response) return pending;
    const form = await c.req.parseBody();
    if (form.action === 'deny') return back(c, await denySignIn(deps.oauth, browser(c)));
    const key = typeof form.api_key === 'string' ? form.api_key : '';
    const userId = typeof form.user_id === 'string' ? form.user_id.trim() : '';
    const refuse = (message: string) => html(c, 400, localConsentPage(pending, c.req.path, message), pending);
    if (!validUserId(userId)) return refuse('The user id must be 1-256 characters.');
    const apiKey = await authenticateApiKey(deps, key).catch(() => undefined);
    if (apiKey === undefined || apiKey.project_id !== pending.server.project_id) {
      return refuse("That is not a valid API key of this server's project.");
    }
    return back(c, await approveSignIn(deps.oauth, browser(c), pending, userId));
  });
  return app;
}
