import type { ToolRouterWarning } from '@patchbay/core';
import { checkCallbackUrl } from '../accounts/connections.js';
import { apiError } from '../http/errors.js';
import { findAuthConfigs } from '../store/auth-configs.js';
import { findConnectedAccounts } from '../store/connected-accounts.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import type { SessionConfig } from './config.js';
import type { SessionDeps } from './deps.js';

/** Collects every problem of a config, so one 400 names them all (`errors`, one line per field). */
class Problems {
  readonly lines: string[] = [];
  notFound = false;
  add(field: string, message: string): void {
    this.lines.push(`${field}: ${message}`);
  }
}

async function checkToolkitSlugs(
  registry: ToolkitRegistry,
  projectId: string,
  field: string,
  slugs: readonly string[],
  p: Problems,
) {
  for (const [i, slug] of slugs.entries()) {
    if ((await registry.find(projectId, slug)) === undefined) p.add(`${field}.${i}`, `unknown toolkit "${slug}"`);
  }
}

/** Tool slugs must be catalog tools (of `toolkit`, when given): a misspelling fails here, not silently later. */
async function checkToolSlugs(
  registry: ToolkitRegistry,
  projectId: string,
  field: string,
  slugs: readonly string[],
  p: Problems,
  toolkitSlug?: string,
) {
  const all = toolkitSlug === undefined ? await registry.all(projectId) : [await registry.find(projectId, toolkitSlug)];
  const known = new Set<string>();
  for (const toolkit of all) {
    if (toolkit === undefined) continue;
    for (const tool of await registry.catalogTools(projectId, toolkit)) known.add(tool.slug.toUpperCase());
  }
  const unknown = slugs.filter((slug) => !known.has(registry.canonicalToolSlug(slug)));
  if (unknown.length > 0) p.add(field, `unknown tool slug${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
}

async function checkAccounts(deps: SessionDeps, projectId: string, userId: string, config: SessionConfig, p: Problems) {
  const pinned = Object.entries(config.connected_accounts ?? {});
  const ids = pinned.flatMap(([, list]) => list);
  const rows = new Map((await findConnectedAccounts(deps.db, projectId, ids)).map((r) => [r.id, r]));
  const configs = new Map(
    (await findAuthConfigs(deps.db, projectId, [...new Set([...rows.values()].map((r) => r.auth_config_id))])).map(
      (c) => [c.id, c],
    ),
  );
  const multi = config.multi_account?.enable === true;
  for (const [toolkit, list] of pinned) {
    const slug = deps.registry.canonicalSlug(toolkit);
    if ((await deps.registry.find(projectId, slug)) === undefined)
      p.add(`connected_accounts.${toolkit}`, `unknown toolkit "${toolkit}"`);
    if (list.length > 1 && !multi) {
      p.add(`connected_accounts.${toolkit}`, 'at most one account per toolkit unless multi_account.enable is true');
    }
    for (const [i, id] of list.entries()) {
      const field = `connected_accounts.${toolkit}.${i}`;
      const row = rows.get(id);
      if (row === undefined) {
        p.add(field, `no connected account "${id}" in this project`);
        p.notFound = true;
      } else if (row.user_id !== userId) p.add(field, `account "${id}" belongs to another user than "${userId}"`);
      else if (configs.get(row.auth_config_id)?.toolkit_slug !== slug)
        p.add(field, `account "${id}" is not a ${slug} account`);
      else if (row.status === 'INACTIVE') p.add(field, `account "${id}" is disabled`);
    }
  }
}

async function checkAuthConfigs(deps: SessionDeps, projectId: string, config: SessionConfig, p: Problems) {
  const given = Object.entries(config.auth_configs ?? {});
  const rows = new Map(
    (
      await findAuthConfigs(
        deps.db,
        projectId,
        given.map(([, id]) => id),
      )
    ).map((r) => [r.id, r]),
  );
  for (const [toolkit, id] of given) {
    const row = rows.get(id);
    if (row === undefined) {
      p.add(`auth_configs.${toolkit}`, `no auth config "${id}" in this project`);
      p.notFound = true;
    } else if (row.toolkit_slug !== deps.registry.canonicalSlug(toolkit)) {
      p.add(`auth_configs.${toolkit}`, `auth config "${id}" is for ${row.toolkit_slug}`);
    }
  }
}

/**
 * Checks what a config names against the project: toolkits, tool slugs, auth configs and accounts (which must be
 * the session user's). Throws one 400 (404 when only unknown ids are wrong) listing every problem; nothing is stored.
 */
export async function checkConfig(
  deps: SessionDeps,
  projectId: string,
  userId: string,
  config: SessionConfig,
): Promise<void> {
  const p = new Problems();
  const { registry } = deps;
  if (config.toolkits?.enable)
    await checkToolkitSlugs(registry, projectId, 'toolkits.enable', config.toolkits.enable, p);
  if (config.toolkits?.disable)
    await checkToolkitSlugs(registry, projectId, 'toolkits.disable', config.toolkits.disable, p);
  for (const [toolkit, filter] of Object.entries(config.tools ?? {})) {
    if ((await registry.find(projectId, toolkit)) === undefined) {
      p.add(`tools.${toolkit}`, `unknown toolkit "${toolkit}"`);
      continue;
    }
    const list = filter.enable ?? filter.disable;
    if (list)
      await checkToolSlugs(
        registry,
        projectId,
        `tools.${toolkit}.${filter.enable ? 'enable' : 'disable'}`,
        list,
        p,
        toolkit,
      );
  }
  const preload = config.preload?.tools;
  if (preload === 'all' && config.toolkits?.enable === undefined) {
    p.add('preload.tools', '"all" needs a toolkit allowlist (toolkits.enable)');
  } else if (Array.isArray(preload)) await checkToolSlugs(registry, projectId, 'preload.tools', preload, p);
  if (preload !== undefined && config.multi_account?.enable === true) {
    p.add('preload', 'cannot be combined with multi_account');
  }
  await checkAuthConfigs(deps, projectId, config, p);
  await checkAccounts(deps, projectId, userId, config, p);
  const callback = config.manage_connections?.callback_url;
  if (callback !== undefined) {
    try {
      checkCallbackUrl(callback);
    } catch {
      p.add('manage_connections.callback_url', 'must be an http(s) URL without a user name or password');
    }
  }
  if (p.lines.length === 0) return;
  const onlyMissing = p.notFound && p.lines.every((line) => line.includes(' in this project'));
  const summary = p.lines.length === 1 ? p.lines[0] : `${p.lines[0]} (and ${p.lines.length - 1} more)`;
  throw apiError(
    onlyMissing ? 404 : 400,
    `Invalid session config: ${summary}`,
    'Fix the fields named in `errors`; GET /api/v3/toolkits and /api/v3/tools list what exists.',
    { slug: onlyMissing ? 'not_found' : 'validation_error', errors: p.lines },
  );
}

const unsupported = (field: string, message: string): ToolRouterWarning => ({ code: 'NOT_SUPPORTED', field, message });

/** What an accepted config asks that Patchbay does not do (yet): said in `warnings`, never a silent no-op. */
export function configWarnings(config: SessionConfig): ToolRouterWarning[] {
  const out: ToolRouterWarning[] = [];
  if (config.workbench !== undefined && config.workbench.enable !== false) {
    out.push(
      unsupported(
        'workbench',
        'Patchbay has no remote workbench: COMPOSIO_REMOTE_WORKBENCH and COMPOSIO_REMOTE_BASH_TOOL are not served.',
      ),
    );
  }
  if (config.multi_account?.enable === true) {
    out.push(
      unsupported(
        'multi_account',
        'Several accounts per toolkit are not supported yet: each toolkit uses one account.',
      ),
    );
  }
  const x = config.experimental;
  if (x?.custom_tools?.length || x?.custom_toolkits?.length) {
    out.push(
      unsupported('experimental.custom_tools', 'Session custom tools are not supported yet: they are not served.'),
    );
  }
  if (x?.permissions !== undefined) {
    out.push(
      unsupported(
        'experimental.permissions',
        'Per-call permissions are not supported yet: every allowed tool runs without asking.',
      ),
    );
  }
  if (x?.link_url_overwrite !== undefined) {
    out.push(unsupported('experimental.link_url_overwrite', "Links keep Patchbay's connect page URL."));
  }
  if (x?.assistive_prompt_config !== undefined) {
    out.push(unsupported('experimental.assistive_prompt_config', 'No assistive prompt is generated.'));
  }
  if (config.manage_connections?.enable_connection_removal === true) {
    out.push(
      unsupported(
        'manage_connections.enable_connection_removal',
        'COMPOSIO_MANAGE_CONNECTIONS has no remove action yet.',
      ),
    );
  }
  const preload = config.preload?.tools;
  if (preload === 'all' || (Array.isArray(preload) && preload.length > 20)) {
    out.push({
      code: 'PRELOAD_TOOLS_HIGH_CONTEXT_USAGE',
      field: 'preload.tools',
      message: 'Many preloaded tools fill the model context; prefer search.',
    });
  }
  return out;
}
