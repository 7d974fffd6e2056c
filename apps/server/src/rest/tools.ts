import {
  type ExecuteToolResponse,
  executeToolRequest,
  getToolQuery,
  listToolsQuery,
  type ToolList,
  toolSlug,
} from '@patchbay/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { resolveTool } from '../calls/resolve-tool.js';
import { firstText } from '../calls/tool-runner.js';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { offsetPage } from '../paging/page.js';
import { presentTool, toolTags } from '../present/toolkits.js';
import { findAuthConfigs } from '../store/auth-configs.js';
import type { RegisteredToolkit } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';
import { pinnedVersion, type VersionPins } from '../toolkits/versions.js';

interface CatalogTool {
  toolkit: RegisteredToolkit;
  tool: ToolDefinition;
  version: string;
}

const versionNotFound = (toolkit: RegisteredToolkit, pinned: string, current: string) =>
  apiError(
    404,
    `Toolkit ${JSON.stringify(toolkit.meta.slug)} has no version ${JSON.stringify(pinned)}: its tools changed since; its version is ${JSON.stringify(current)}.`,
    `Read the tool again (GET /api/v3/tools/{tool_slug}) and pin its version ${JSON.stringify(current)}, or send "latest".`,
    { slug: 'version_not_found' },
  );

const bySlug = (a: RegisteredToolkit, b: RegisteredToolkit) =>
  a.meta.slug < b.meta.slug ? -1 : a.meta.slug > b.meta.slug ? 1 : 0;

const unknownTool = (slug: string) => notFound('tool', slug);

/** The hosted SDK's `tools.proxyExecute` posts to `/tools/execute/proxy`: a raw request that no tool describes. */
const proxyRefused = () =>
  apiError(
    404,
    'tools.proxyExecute is not supported: Patchbay calls an API only through the tools of a toolkit.',
    'Add the API as a toolkit (POST /api/v3/toolkits with its OpenAPI document) and execute its tools.',
    { slug: 'not_supported' },
  );

/** Tools of every toolkit of the project, and executing one directly (outside any MCP server). */
export function toolRoutes(ctx: ServerContext): Hono<AppEnv> {
  const { db, registry, runner } = ctx;
  const app = new Hono<AppEnv>();

  /**
   * Refuses a pinned version the toolkit does not have (Patchbay keeps one: the current). 404, the tool at that
   * version being what is not found: the hosted SDK reads it so, and its client retries a 409.
   */
  const checkVersion = async (
    c: Context<AppEnv>,
    projectId: string,
    toolkit: RegisteredToolkit,
    given: VersionPins,
  ) => {
    const current = await registry.catalogVersion(projectId, toolkit);
    const pinned = pinnedVersion(given, c.req.queries(), [toolkit.meta.slug, ...(toolkit.meta.aliases ?? [])]);
    if (pinned !== undefined && pinned !== current) throw versionNotFound(toolkit, pinned, current);
    return current;
  };

  app.get('/tools', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const query = parseQuery(c, listToolsQuery);
    const toolkitFilter =
      query.toolkit_slug && query.toolkit_slug.length > 0
        ? new Set(query.toolkit_slug.map((slug) => registry.canonicalSlug(slug)))
        : undefined;
    const configFilter =
      query.auth_config_ids && query.auth_config_ids.length > 0
        ? new Set((await findAuthConfigs(db, projectId, query.auth_config_ids)).map((row) => row.toolkit_slug))
        : undefined;
    const toolkits = (await registry.all(projectId))
      .filter(({ meta }) => toolkitFilter === undefined || toolkitFilter.has(meta.slug))
      .filter(({ meta }) => configFilter === undefined || configFilter.has(meta.slug))
      .sort(bySlug);
    const lists = await Promise.all(
      toolkits.map(async (toolkit) => {
        const tools = await registry.catalogTools(projectId, toolkit);
        const version = await registry.catalogVersion(projectId, toolkit);
        return tools.map((tool): CatalogTool => ({ toolkit, tool, version }));
      }),
    );
    const search = query.search?.toLowerCase();
    const slugs = query.tool_slugs && new Set(query.tool_slugs.map((s) => registry.canonicalToolSlug(s)));
    const tags = query.tags && new Set(query.tags.map((t) => t.toLowerCase()));
    const matching = lists.flat().filter(({ toolkit, tool }) => {
      if (slugs !== undefined && slugs.size > 0 && !slugs.has(tool.slug.toUpperCase())) return false;
      if (search !== undefined) {
        const text = [tool.slug, tool.name, tool.description].map((s) => s.toLowerCase());
        if (!text.some((s) => s.includes(search))) return false;
      }
      if (tags !== undefined && tags.size > 0) {
        const own = toolTags(tool, toolkit.meta.categories).map((t) => t.toLowerCase());
        if (!own.some((t) => tags.has(t))) return false;
      }
      return true;
    });
    // A version pinned for a toolkit whose tools are listed must be the one they are at.
    for (const toolkit of new Set(matching.map((m) => m.toolkit))) await checkVersion(c, projectId, toolkit, query);
    const answer: ToolList = await offsetPage(matching, query, ({ toolkit, tool, version }) =>
      presentTool(toolkit.meta, tool, version),
    );
    return reply(c, 'listTools', answer);
  });

  // Before `/tools/:tool_slug`, which would take `enum` for a slug.
  app.get('/tools/enum', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const lists = await Promise.all(
      (await registry.all(projectId)).map((toolkit) => registry.catalogTools(projectId, toolkit)),
    );
    const slugs = lists.flatMap((tools) => tools.map((tool) => tool.slug)).sort();
    return reply(c, 'listToolSlugs', slugs);
  });

  app.get('/tools/:tool_slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = parseParam(c, 'tool_slug', toolSlug);
    const query = parseQuery(c, getToolQuery);
    const resolved = await resolveTool(registry, { projectId }, slug);
    if (resolved?.definition === undefined) throw unknownTool(slug);
    const version = await checkVersion(c, projectId, resolved.toolkit, query);
    return reply(c, 'getTool', presentTool(resolved.toolkit.meta, resolved.definition, version));
  });

  app.post('/tools/execute/:tool_slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = parseParam(c, 'tool_slug', toolSlug);
    if (slug.toLowerCase() === 'proxy') throw proxyRefused();
    const body = await parseBody(c, executeToolRequest);
    // A toolkit that could not list its tools for the catalog (it lists per user, or its upstream was down) may
    // still have the tool: resolveTool hands it the call, and the toolkit says if the tool does not exist.
    const target = await resolveTool(registry, { projectId }, slug);
    if (target === undefined) throw unknownTool(slug);
    await checkVersion(c, projectId, target.toolkit, { version: body.version });
    const { result, logId } = await runner.run({
      projectId,
      serverId: null,
      userId: body.user_id ?? 'default',
      connectedAccountId: body.connected_account_id,
      toolkit: target.toolkit,
      toolSlug: target.toolSlug,
      args: body.arguments,
      source: 'api',
    });
    const failed = result.isError === true;
    // A failing tool is an answer, not an HTTP error (the hosted API does the same): 200 with successful: false.
    const answer: ExecuteToolResponse = {
      data: failed ? {} : (result.structuredContent ?? { content: result.content }),
      error: failed ? firstText(result) : null,
      successful: !failed,
      log_id: logId,
    };
    return reply(c, 'executeTool', answer);
  });

  return app;
}
