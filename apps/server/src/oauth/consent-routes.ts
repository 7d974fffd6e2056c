import { type Context, Hono } from 'hono';
import { pageHeaders, resultPage } from '../accounts/html.js';
import type { ServerContext } from '../context.js';
import { authenticateApiKey } from '../http/auth.js';
import { clientAddress } from '../http/auth-throttle.js';
import type { AppEnv } from '../http/env.js';
import { insertInstance } from '../store/instances.js';
import { knownUserConsentPage, localConsentPage } from './consent-html.js';
import { IdentityProvider } from './idp.js';
import { clearIdpState, readIdpState } from './idp-cookie.js';
import { idpCallbackRoutes, idpUser } from './idp-routes.js';
import {
  approveSignIn,
  denySignIn,
  type PendingSignIn,
  pendingSignIn,
  SignInError,
  validUserId,
} from './interaction.js';
import { interactionPath } from './paths.js';
import { decidedSignIn, loginUrlOf, returnUrl, startSignIn } from './sign-ins.js';

type Deps = Pick<ServerContext, 'db' | 'rows' | 'publicUrl' | 'oauth' | 'vault' | 'fetch' | 'logger'>;

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

/**
 * The consent pages. Who the user is comes from the developer's backend when the project has a login URL (mode 1),
 * else from the operator's identity provider when one is configured (mode 2), else from the project key typed here
 * (mode 3: its holder chooses the user id); either way the page says which client asks, for which server, acting as
 * whom, and the user allows or denies.
 */
export function consentRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const back = (c: Context<AppEnv>, to: string) => c.redirect(to, 303);
  const oidc = deps.oauth.options.oidc;
  const idp = oidc === undefined ? undefined : new IdentityProvider(oidc, deps.publicUrl, deps.fetch);
  if (idp !== undefined) app.route('/', idpCallbackRoutes(deps, idp));

  const approve = async (c: Context<AppEnv>, pending: PendingSignIn, userId: string) => {
    const owner = pending.server.user_id;
    if (owner !== undefined && owner !== userId) {
      const why = `This MCP URL is the tool session of user "${owner}"; it cannot act as "${userId}".`;
      return html(c, 400, resultPage(false, 'Sign-in not possible', `${why} Sign in as "${owner}".`));
    }
    // The user shows in the server's instances, and deleting that instance ends this access too (a session's
    // grants end with the session).
    if (owner === undefined) await insertInstance(deps.db, pending.server.project_id, pending.server.id, userId);
    return back(c, await approveSignIn(deps.oauth, browser(c), pending, userId));
  };

  /** Mode 1: hand the sign-in to the developer's login URL, or show what their backend decided. */
  const viaDeveloper = async (c: Context<AppEnv>, pending: PendingSignIn, loginUrl: string) => {
    const decided = await decidedSignIn(deps.db, pending.uid);
    if (decided?.denied) return back(c, await denySignIn(deps.oauth, browser(c)));
    if (decided?.user_id) return html(c, 200, knownUserConsentPage(pending, decided.user_id, c.req.path), pending);
    const signIn = await startSignIn(deps.db, {
      interactionUid: pending.uid,
      projectId: pending.server.project_id,
      serverId: pending.server.id,
      clientId: pending.clientId,
    });
    const target = new URL(loginUrl);
    target.searchParams.set('patchbay_sign_in', signIn);
    target.searchParams.set('return_to', returnUrl(deps.publicUrl, pending.uid));
    target.searchParams.set('server_id', pending.server.id);
    target.searchParams.set('client_name', pending.clientName);
    return back(c, target.toString());
  };

  app.get(`${interactionPath}/:uid`, async (c) => {
    const pending = await pendingOr(deps, c);
    if (pending instanceof Response) return pending;
    const loginUrl = await loginUrlOf(deps.db, pending.server.project_id);
    if (loginUrl !== null) return viaDeveloper(c, pending, loginUrl);
    if (idp !== undefined) {
      const known = await idpUser(c, deps.vault, idp, pending.uid);
      if ('redirect' in known) return back(c, known.redirect);
      return html(c, 200, knownUserConsentPage(pending, known.userId, c.req.path), pending);
    }
    return html(c, 200, localConsentPage(pending, c.req.path), pending);
  });

  app.post(`${interactionPath}/:uid`, async (c) => {
    const pending = await pendingOr(deps, c);
    if (pending instanceof Response) return pending;
    const form = await c.req.parseBody();
    if (form.action === 'deny') return back(c, await denySignIn(deps.oauth, browser(c)));
    if ((await loginUrlOf(deps.db, pending.server.project_id)) !== null) {
      const decided = await decidedSignIn(deps.db, pending.uid);
      if (!decided?.user_id || decided.server_id !== pending.server.id) {
        return html(c, 400, resultPage(false, 'Sign-in not possible', 'This sign-in was not approved.'));
      }
      return approve(c, pending, decided.user_id);
    }
    if (idp !== undefined) {
      const state = readIdpState(c, deps.vault);
      if (state?.uid !== pending.uid || state.userId === undefined) {
        return html(c, 400, resultPage(false, 'Sign-in not possible', 'Sign in with the identity provider first.'));
      }
      clearIdpState(c);
      return approve(c, pending, state.userId);
    }
    const key = typeof form.api_key === 'string' ? form.api_key : '';
    const userId = typeof form.user_id === 'string' ? form.user_id.trim() : '';
    const refuse = (message: string) => html(c, 400, localConsentPage(pending, c.req.path, message), pending);
    if (!validUserId(userId)) return refuse('The user id must be 1-256 characters.');
    const apiKey = await authenticateApiKey(deps, key).catch(() => undefined);
    if (apiKey === undefined || apiKey.project_id !== pending.server.project_id) {
      return refuse("That is not a valid API key of this server's project.");
    }
    return approve(c, pending, userId);
  });
  return app;
}
