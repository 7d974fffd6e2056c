import { initiateForToolkit } from '../accounts/initiate.js';
import type { ToolSearch } from '../search/tool-search.js';
import { findSessionTool, sessionToolkits } from './catalog.js';
import { connectionStates } from './connections.js';
import type { SessionDeps } from './deps.js';
import { refused, runInSession } from './execute.js';
import { maxBatch, metaToolNames, sessionMetaTools, workbenchToolNames } from './meta-tools.js';
import { runPool } from './pool.js';
import type { SessionScope } from './scope.js';
import { searchSession } from './search.js';

export type MetaDeps = SessionDeps & { search: ToolSearch };

/** A meta-tool's answer: `data` on success, else `error` (a refusal names its rule). */
export interface MetaAnswer {
  data: Record<string, unknown>;
  error: string | null;
}

const fail = (error: string): MetaAnswer => ({ data: {}, error });
const ok = (data: Record<string, unknown>): MetaAnswer => ({ data, error: null });

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? value : undefined;

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** The toolkits named, each allowed by the session, or the refusal of the first that is not. */
async function allowedToolkits(deps: MetaDeps, scope: SessionScope, raw: unknown) {
  const names = stringList(raw);
  if (names === undefined) return { error: 'Give `toolkits`: a non-empty list of toolkit slugs.' };
  const toolkits = [];
  for (const name of names) {
    const refusal = scope.policy.toolkit(name);
    if (refusal) return { error: refused(refusal).error ?? '' };
    const toolkit = await deps.registry.find(scope.projectId, name);
    if (toolkit === undefined) return { error: `No toolkit "${name}" exists in this project.` };
    toolkits.push(toolkit);
  }
  return { toolkits };
}

async function schemas(deps: MetaDeps, scope: SessionScope, args: Record<string, unknown>): Promise<MetaAnswer> {
  const slugs = stringList(args.tool_slugs);
  if (slugs === undefined) return fail('Give `tool_slugs`: a non-empty list of tool slugs.');
  const withOutput = stringList(args.include)?.includes('output_schema') ?? false;
  const tool_schemas: Record<string, unknown> = {};
  const not_found: string[] = [];
  for (const slug of slugs) {
    const found = await findSessionTool(deps.registry, scope.projectId, scope.policy, slug);
    if ('refused' in found) {
      not_found.push(slug);
      continue;
    }
    const { toolkit, tool } = found.found;
    tool_schemas[tool.slug] = {
      tool_slug: tool.slug,
      toolkit: toolkit.meta.slug,
      description: tool.description,
      input_schema: tool.inputSchema,
      ...(withOutput && tool.outputSchema ? { output_schema: tool.outputSchema } : {}),
    };
  }
  return ok({
    success: not_found.length === 0,
    tool_schemas,
    not_found,
    ...(not_found.length > 0
      ? { not_found_message: `Not found or not allowed in this session: ${not_found.join(', ')}. Search first.` }
      : {}),
  });
}

async function manage(deps: MetaDeps, scope: SessionScope, args: Record<string, unknown>): Promise<MetaAnswer> {
  const named = await allowedToolkits(deps, scope, args.toolkits);
  if (named.error !== undefined) return fail(named.error);
  const states = await connectionStates(deps, scope, named.toolkits);
  const results: Record<string, unknown> = {};
  for (const state of states) {
    const slug = state.toolkit.meta.slug;
    if (state.connected) {
      results[slug] = {
        toolkit: slug,
        status: 'active',
        has_active_connection: true,
        connected_account_id: state.account?.id,
      };
      continue;
    }
    const preferred = scope.policy.authConfig(slug);
    const made = await initiateForToolkit(deps, {
      projectId: scope.projectId,
      userId: scope.userId,
      toolkitSlug: slug,
      preferred: preferred === undefined ? [] : [preferred],
    });
    results[slug] = made.ok
      ? {
          toolkit: slug,
          status: made.status === 'ACTIVE' ? 'active' : 'initiated',
          has_active_connection: made.status === 'ACTIVE',
          connected_account_id: made.accountId,
          redirect_url: made.redirectUrl,
          instruction: made.redirectUrl
            ? `Show the user [Connect ${state.toolkit.meta.name}](${made.redirectUrl}); then call ${metaToolNames.wait} or check again.`
            : undefined,
        }
      : { toolkit: slug, status: 'failed', has_active_connection: false, error_message: made.message };
  }
  const all = Object.values(results).flatMap((r) =>
    typeof r === 'object' && r !== null && 'status' in r ? [r.status] : [],
  );
  return ok({
    message: 'Connection state of each toolkit; open any redirect_url to connect.',
    results,
    summary: {
      total_toolkits: all.length,
      active_connections: all.filter((s) => s === 'active').length,
      initiated_connections: all.filter((s) => s === 'initiated').length,
      failed_connections: all.filter((s) => s === 'failed').length,
    },
  });
}

async function wait(
  deps: MetaDeps,
  scope: SessionScope,
  args: Record<string, unknown>,
  signal: AbortSignal | undefined,
  pollMs: number,
): Promise<MetaAnswer> {
  const named = await allowedToolkits(deps, scope, args.toolkits);
  if (named.error !== undefined) return fail(named.error);
  const every = args.mode === 'all';
  const seconds = typeof args.timeout_seconds === 'number' ? Math.min(120, Math.max(1, args.timeout_seconds)) : 60;
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const states = await connectionStates(deps, scope, named.toolkits);
    const done = every ? states.every((s) => s.connected) : states.some((s) => s.connected);
    if (done || Date.now() >= deadline || signal?.aborted) {
      return ok({
        message: done ? 'Connected.' : 'Not connected yet; ask the user to finish, then wait again.',
        results: Object.fromEntries(
          states.map((s) => [
            s.toolkit.meta.slug,
            {
              status: s.connected ? 'ACTIVE' : (s.account?.status ?? 'NOT_FOUND'),
              has_active_connection: s.connected,
              connected_account_id: s.account?.id,
            },
          ]),
        ),
      });
    }
    await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())), signal);
  }
}

async function multiExecute(
  deps: MetaDeps,
  scope: SessionScope,
  args: Record<string, unknown>,
  signal: AbortSignal | undefined,
  concurrency: number,
): Promise<MetaAnswer> {
  const tools = args.tools;
  if (!Array.isArray(tools) || tools.length === 0 || tools.length > maxBatch) {
    return fail(`Give \`tools\`: 1-${maxBatch} items of {tool_slug, arguments}.`);
  }
  const results = await runPool(tools, concurrency, async (item: unknown, index) => {
    const call = typeof item === 'object' && item !== null && !Array.isArray(item) ? item : {};
    const slug = 'tool_slug' in call && typeof call.tool_slug === 'string' ? call.tool_slug : '';
    const input = 'arguments' in call ? call.arguments : undefined;
    const argsOf = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input } : {};
    const account = 'account' in call && typeof call.account === 'string' ? call.account : undefined;
    if (slug === '') return { index, tool_slug: slug, response: null, error: 'Give tool_slug.' };
    const answer = await runInSession(deps, scope, { slug, args: argsOf, account, source: 'mcp' }, signal);
    return {
      index,
      tool_slug: slug,
      response: {
        data: answer.data,
        error: answer.error,
        log_id: answer.logId || undefined,
        successful: answer.error === null,
      },
      error: answer.error,
    };
  });
  const errors = results.filter((r) => r.error !== null).length;
  return ok({ results, total_count: results.length, success_count: results.length - errors, error_count: errors });
}

async function connected(deps: MetaDeps, scope: SessionScope): Promise<MetaAnswer> {
  const toolkits = await sessionToolkits(deps.registry, scope.projectId, scope.policy);
  const states = await connectionStates(deps, scope, toolkits);
  return ok({
    user_id: scope.userId,
    connected: states.filter((s) => s.connected).map((s) => s.toolkit.meta.slug),
    not_connected: states.filter((s) => !s.connected).map((s) => s.toolkit.meta.slug),
  });
}

export interface MetaOptions {
  pollMs?: number | undefined;
  concurrency?: number | undefined;
}

/**
 * Runs a meta-tool of the session, or answers undefined when `name` is not one it serves. Workbench tools are
 * refused by name (Patchbay has no sandbox).
 */
export async function runMetaTool(
  deps: MetaDeps,
  scope: SessionScope,
  name: string,
  args: Record<string, unknown>,
  signal?: AbortSignal,
  options: MetaOptions = {},
): Promise<MetaAnswer | undefined> {
  const wanted = name.toUpperCase();
  if (workbenchToolNames.includes(wanted)) {
    return fail(
      `Refused by the session's rule workbench_disabled: ${wanted} needs the remote workbench, which Patchbay does not have.`,
    );
  }
  if (!sessionMetaTools(scope.policy).some((tool) => tool.name === wanted)) {
    return Object.values(metaToolNames).some((n) => n === wanted)
      ? fail(`Refused by the session's rule meta_tool_disabled: ${wanted} is switched off in this session's config.`)
      : undefined;
  }
  switch (wanted) {
    case metaToolNames.search: {
      const queries = Array.isArray(args.queries)
        ? args.queries.flatMap((q: unknown) =>
            typeof q === 'object' &&
            q !== null &&
            'use_case' in q &&
            typeof q.use_case === 'string' &&
            q.use_case !== ''
              ? [{ use_case: q.use_case.slice(0, 1024) }]
              : [],
          )
        : [];
      if (queries.length === 0) return fail('Give `queries`: [{"use_case": "what you want to do"}].');
      return ok({ ...(await searchSession(deps, scope, { queries: queries.slice(0, 20) })) });
    }
    case metaToolNames.schemas:
      return schemas(deps, scope, args);
    case metaToolNames.manage:
      return manage(deps, scope, args);
    case metaToolNames.wait:
      return wait(deps, scope, args, signal, options.pollMs ?? 1000);
    case metaToolNames.multiExecute:
      return multiExecute(deps, scope, args, signal, options.concurrency ?? 20);
    case metaToolNames.connected:
      return connected(deps, scope);
    default:
      return undefined;
  }
}
