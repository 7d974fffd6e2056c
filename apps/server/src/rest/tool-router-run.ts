import {
  type ToolRouterToolkitState,
  toolRouterExecuteMetaRequest,
  toolRouterExecuteRequest,
  toolRouterLinkRequest,
  toolRouterSearchRequest,
  toolRouterToolkitsQuery,
  toolRouterToolsQuery,
} from '@patchbay/core';
import { Hono } from 'hono';
import { linkConnection } from '../accounts/connections.js';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseQuery } from '../http/validate.js';
import { offsetPage } from '../paging/page.js';
import { presentTool } from '../present/toolkits.js';
import { findSessionTool, sessionToolkits } from '../sessions/catalog.js';
import { connectionStates, type ToolkitConnection } from '../sessions/connections.js';
import { refused, runInSession } from '../sessions/execute.js';
import { preloadedSlugs } from '../sessions/mcp-source.js';
import { runMetaTool } from '../sessions/meta-run.js';
import { metaToolNames, sessionMetaTools } from '../sessions/meta-tools.js';
import { presentMetaTool } from '../sessions/present.js';
import { type SessionScope, sessionScope } from '../sessions/scope.js';
import { searchSession } from '../sessions/search.js';
import { listAuthConfigs } from '../store/auth-configs.js';
import { requireSession } from './tool-router.js';

function presentState(s: ToolkitConnection, enabled: boolean): ToolRouterToolkitState {
  const { meta } = s.toolkit;
  const account = s.account;
  return {
    slug: meta.slug,
    name: meta.name,
    enabled,
    is_no_auth: meta.noAuth,
    composio_managed_auth_schemes: [],
    meta: { description: meta.description, ...(meta.logo === null ? {} : { logo: meta.logo }) },
    connected_account:
      account === undefined
        ? null
        : {
            id: account.id,
            status: account.status,
            user_id: account.user_id,
            created_at: account.created_at.toISOString(),
            auth_config: {
              id: account.auth_config_id,
              auth_scheme: account.auth_scheme,
              is_composio_managed: account.is_composio_managed,
            },
          },
  };
}

/** What a session serves over REST: its tools and toolkits, search, execute, and starting a connection. */
export function toolRouterRunRoutes(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const scopeOf = async (c: Parameters<typeof requireSession>[1]): Promise<SessionScope> =>
    sessionScope(await requireSession(ctx, c), ctx.registry);

  app.get('/tool_router/session/:session_id/tools', async (c) => {
    const scope = await scopeOf(c);
    const query = parseQuery(c, toolRouterToolsQuery);
    const preloaded = await Promise.all(
      (await preloadedSlugs(ctx, scope)).map((slug) =>
        findSessionTool(ctx.registry, scope.projectId, scope.policy, slug),
      ),
    );
    const tools = [
      ...sessionMetaTools(scope.policy).map(presentMetaTool),
      ...(await Promise.all(
        preloaded
          .flatMap((f) => ('found' in f ? [f.found] : []))
          .map(async ({ toolkit, tool }) =>
            presentTool(toolkit.meta, tool, await ctx.registry.catalogVersion(scope.projectId, toolkit)),
          ),
      )),
    ];
    return reply(c, 'listToolRouterTools', await offsetPage(tools, query, (t) => t));
  });

  app.get('/tool_router/session/:session_id/toolkits', async (c) => {
    const scope = await scopeOf(c);
    const query = parseQuery(c, toolRouterToolkitsQuery);
    const named = query.toolkits !== undefined && query.toolkits.length > 0;
    let toolkits = named
      ? (await Promise.all((query.toolkits ?? []).map((slug) => ctx.registry.find(scope.projectId, slug)))).filter(
          (t) => t !== undefined,
        )
      : await sessionToolkits(ctx.registry, scope.projectId, scope.policy);
    const search = query.search?.toLowerCase();
    if (search !== undefined)
      toolkits = toolkits.filter(({ meta }) => `${meta.slug} ${meta.name.toLowerCase()}`.includes(search));
    let states = await connectionStates(ctx, scope, toolkits);
    if (query.is_connected !== undefined)
      states = states.filter((s) => s.connected === (query.is_connected === 'true'));
    const page = await offsetPage(states, query, (s) =>
      presentState(s, scope.policy.toolkit(s.toolkit.meta.slug) === undefined),
    );
    return reply(c, 'listToolRouterToolkits', page);
  });

  app.post('/tool_router/session/:session_id/search', async (c) => {
    const scope = await scopeOf(c);
    const body = await parseBody(c, toolRouterSearchRequest);
    if (!scope.policy.searchEnabled) {
      throw apiError(
        400,
        "Search is switched off in this session's config (search.enable: false).",
        'PATCH the session with search.enable true.',
      );
    }
    return reply(c, 'searchToolRouterTools', await searchSession(ctx, scope, body));
  });

  app.post('/tool_router/session/:session_id/execute', async (c) => {
    const scope = await scopeOf(c);
    const body = await parseBody(c, toolRouterExecuteRequest);
    // Running a tool twice is not safe to retry automatically.
    c.header('x-should-retry', 'false');
    const args = body.arguments ?? {};
    const meta = await runMetaTool(ctx, scope, body.tool_slug, args, c.req.raw.signal);
    if (meta !== undefined)
      return reply(c, 'executeToolRouterTool', { data: meta.data, error: meta.error, log_id: '' });
    const ran = await runInSession(
      ctx,
      scope,
      { slug: body.tool_slug, args, account: body.account, source: 'api' },
      c.req.raw.signal,
    );
    return reply(c, 'executeToolRouterTool', { data: ran.data, error: ran.error, log_id: ran.logId });
  });

  app.post('/tool_router/session/:session_id/execute_meta', async (c) => {
    const scope = await scopeOf(c);
    const body = await parseBody(c, toolRouterExecuteMetaRequest);
    c.header('x-should-retry', 'false');
    const meta = await runMetaTool(ctx, scope, body.slug, body.arguments ?? {}, c.req.raw.signal);
    if (meta === undefined) {
      throw apiError(
        400,
        `${body.slug} is not a meta-tool.`,
        `Give one of ${Object.values(metaToolNames).join(', ')}; run app tools with /execute.`,
      );
    }
    return reply(c, 'executeToolRouterMetaTool', { data: meta.data, error: meta.error, log_id: '' });
  });

  app.post('/tool_router/session/:session_id/link', async (c) => {
    const scope = await scopeOf(c);
    const body = await parseBody(c, toolRouterLinkRequest);
    c.header('x-should-retry', 'false');
    if (body.experimental?.acl_config_for_shared !== undefined && body.experimental.account_type !== 'SHARED') {
      throw apiError(
        400,
        'acl_config_for_shared is only valid on SHARED accounts.',
        'Drop acl_config_for_shared, or set account_type SHARED.',
      );
    }
    const refusal = scope.policy.toolkit(body.toolkit);
    if (refusal)
      throw apiError(400, refused(refusal).error ?? '', 'Link a toolkit the session enables, or PATCH the session.', {
        slug: refusal.rule,
      });
    const toolkit = await ctx.registry.find(scope.projectId, body.toolkit);
    if (toolkit === undefined)
      throw apiError(
        404,
        `No toolkit ${JSON.stringify(body.toolkit)} exists in this project.`,
        'GET /api/v3/toolkits lists them.',
      );
    const pinned = scope.policy.authConfig(toolkit.meta.slug);
    const { rows } = await listAuthConfigs(ctx.db, scope.projectId, { toolkitSlug: toolkit.meta.slug, limit: 100 });
    const config = rows.find((r) => r.id === pinned) ?? rows.find((r) => r.status === 'ENABLED');
    if (config === undefined) {
      throw apiError(
        400,
        `No enabled auth config exists for toolkit "${toolkit.meta.slug}".`,
        'Create one (POST /api/v3/auth_configs), then link again.',
      );
    }
    const callbackUrl = body.callback_url ?? scope.policy.config.manage_connections?.callback_url;
    const made = await linkConnection(ctx, { projectId: scope.projectId, config, userId: scope.userId, callbackUrl });
    return reply(c, 'linkToolRouterToolkit', {
      connected_account_id: made.account.id,
      link_token: made.link.token,
      redirect_url: made.redirectUrl,
    });
  });

  return app;
}
