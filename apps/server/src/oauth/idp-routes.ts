import { type Context, Hono } from 'hono';
import type { Vault } from '../accounts/crypto.js';
import { pageHeaders, resultPage } from '../accounts/html.js';
import type { AppEnv } from '../http/env.js';
import type { Logger } from '../util/logger.js';
import { type IdentityProvider, idpCallbackPath } from './idp.js';
import { readIdpState, writeIdpState } from './idp-cookie.js';
import { returnUrl } from './sign-ins.js';

const failed = (c: Context<AppEnv>, message: string) =>
  c.body(resultPage(false, 'Sign-in not possible', message), 400, pageHeaders());

/**
 * Where the identity provider sends the browser back (mode 2): the code becomes a user id in the browser's sealed
 * state, and the browser returns to the consent page of its sign-in.
 */
export function idpCallbackRoutes(deps: { vault: Vault; publicUrl: string; logger: Logger }, idp: IdentityProvider) {
  const app = new Hono<AppEnv>();
  app.get(idpCallbackPath, async (c) => {
    const state = readIdpState(c, deps.vault);
    if (state?.state === undefined || state.state !== c.req.query('state')) {
      return failed(c, 'This sign-in is unknown or has expired. Start again from your AI client.');
    }
    const code = c.req.query('code');
    if (code === undefined || state.nonce === undefined || state.verifier === undefined) {
      return failed(c, `The identity provider did not sign you in (${c.req.query('error') ?? 'no code'}).`);
    }
    try {
      const userId = await idp.finish(code, { nonce: state.nonce, verifier: state.verifier });
      writeIdpState(c, deps.vault, { uid: state.uid, userId });
    } catch (error) {
      deps.logger.warn({ err: error }, 'identity provider sign-in failed');
      return failed(c, 'The identity provider could not confirm who you are.');
    }
    return c.redirect(returnUrl(deps.publicUrl, state.uid), 303);
  });
  return app;
}

/** Mode 2 on the consent page: the user the identity provider confirmed for this sign-in, or a redirect there. */
export async function idpUser(
  c: Context<AppEnv>,
  vault: Vault,
  idp: IdentityProvider,
  uid: string,
): Promise<{ userId: string } | { redirect: string }> {
  const state = readIdpState(c, vault);
  if (state?.uid === uid && state.userId !== undefined) return { userId: state.userId };
  const started = await idp.start();
  writeIdpState(c, vault, { uid, state: started.state, nonce: started.nonce, verifier: started.verifier });
  return { redirect: started.url };
}
