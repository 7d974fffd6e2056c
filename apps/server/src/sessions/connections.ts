import { type AccountWithConfig, accountsOfUser } from '../store/connected-accounts.js';
import type { RegisteredToolkit } from '../toolkits/registry.js';
import type { SessionDeps } from './deps.js';
import type { SessionScope } from './scope.js';

export interface ToolkitConnection {
  toolkit: RegisteredToolkit;
  /** The user can run the toolkit's tools now: it needs no account, or one is ACTIVE (and the session's, if pinned). */
  connected: boolean;
  /** The account that counts: the active one, else the latest attempt. */
  account: AccountWithConfig | undefined;
}

/**
 * The user's connection state for each toolkit, in one query: accounts narrowed to the session's pinned account and
 * auth config for that toolkit where it names them.
 */
export async function connectionStates(
  deps: SessionDeps,
  scope: SessionScope,
  toolkits: readonly RegisteredToolkit[],
): Promise<ToolkitConnection[]> {
  const all = toolkits.some((t) => !t.meta.noAuth) ? await accountsOfUser(deps.db, scope.projectId, scope.userId) : [];
  return toolkits.map((toolkit) => {
    const slug = toolkit.meta.slug;
    const pinned = scope.policy.pinnedAccount(slug);
    const config = scope.policy.authConfig(slug);
    const mine = all.filter(
      (a) =>
        a.toolkit_slug === slug &&
        (pinned === undefined || a.id === pinned) &&
        (config === undefined || a.auth_config_id === config),
    );
    const active = mine.find((a) => a.status === 'ACTIVE' && a.auth_config_status === 'ENABLED');
    return { toolkit, connected: toolkit.meta.noAuth || active !== undefined, account: active ?? mine[0] };
  });
}
