import { listAuthConfigs } from '../store/auth-configs.js';
import { accountsForToolkit } from '../store/connected-accounts.js';
import { connectLink, createConnection } from './connections.js';
import { type AccountsDeps, linkTtlMs } from './deps.js';

/**
 * Chat-based connection: a link the user opens to connect a toolkit. An unfinished attempt of the same user and
 * auth config is reused (with a fresh link), so an agent that asks twice does not leave a trail of accounts.
 */
export async function initiateForToolkit(
  deps: AccountsDeps,
  request: { projectId: string; userId: string; toolkitSlug: string; preferred: readonly string[] },
): Promise<
  { ok: true; redirectUrl: string | null; accountId: string; status: string } | { ok: false; message: string }
> {
  const slug = deps.registry.canonicalSlug(request.toolkitSlug);
  const { rows } = await listAuthConfigs(deps.db, request.projectId, { toolkitSlug: slug, limit: 100 });
  const enabled = rows.filter((r) => r.status === 'ENABLED');
  const preferred = new Set(request.preferred);
  const config = enabled.find((r) => preferred.has(r.id)) ?? enabled[0];
  if (config === undefined) {
    return {
      ok: false,
      message: `No enabled auth config exists for toolkit "${slug}"; an admin must create one (POST /api/v3/auth_configs).`,
    };
  }
  const now = Date.now();
  const pending = (await accountsForToolkit(deps.db, request.projectId, request.userId, slug)).find(
    (a) => a.auth_config_id === config.id && a.status === 'INITIATED' && now - a.created_at.getTime() < linkTtlMs,
  );
  if (pending) {
    return { ok: true, redirectUrl: await connectLink(deps, pending), accountId: pending.id, status: pending.status };
  }
  const made = await createConnection(deps, { projectId: request.projectId, config, userId: request.userId });
  return { ok: true, redirectUrl: made.redirectUrl, accountId: made.account.id, status: made.account.status };
}
