import { type ExecuteToolResponse, executeToolRequest, listToolsQuery, type ToolList, toolSlug } from '@patchbay/core';
import { Hono } from 'hono';
import { resolveTool } from '../calls/resolve-tool.js';
import { firstText } from '../calls/tool-runner.js';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { offsetPage } from '../paging/page.js';
import { presentTool } from '../present/toolkits.js';
import type { RegisteredToolkit } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';

interface CatalogTool {
  toolkit: RegisteredToolkit;
  tool: ToolDefinition;
}

const bySlug = (a: RegisteredToolkit, b: RegisteredToolkit) =>
  a.meta.slug < b.meta.slug ? -1 : a.meta.slug > b.meta.slug ? 1 : 0;

const unknownTool = (slug: string) => notFound('tool', slug);

/** Tools of every toolkit of the project, and executing one directly (outside any MCP server). */
export function toolRoutes(ctx: ServerContext): Hono<AppEnv> {
  const { registry, runner } = ctx;
  const app = new Hono<AppEnv>();

  app.get('/tools', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const query = parseQuery(c, listToolsQuery);
    const toolkitFilter = query.toolkit_slug?.toLowerCase();
    const toolkits = (await registry.all(projectId))
      .filter(({ meta }) => toolkitFilter === undefined || meta.slug === toolkitFilter)
      .sort(bySlug);
    const lists = await Promise.all(
      toolkits.map(async (toolkit) =>
        (await registry.catalogTools(projectId, toolkit)).map((tool): CatalogTool => ({ toolkit, tool })),
      ),
    );
    const search = query.search?.toLowerCase();
    const slugs = query.tool_slugs && new Set(query.tool_slugs.map((s) => s.toUpperCase()));
    const tags = query.tags && new Set(query.tags.map((t) => t.toLowerCase()));
    const matching = lists.flat().filter(({ toolkit, tool }) => {
      if (slugs !== undefined && slugs.size > 0 && !slugs.has(tool.slug.toUpperCase())) return false;
      if (search !== undefined) {
        const text = [tool.slug, tool.name, tool.description].map((s) => s.toLowerCase());
        if (!text.some((s) => s.includes(search))) return false;
      }
      if (tags !== undefined && tags.size > 0) {
        const own = presentTool(toolkit.meta, tool).tags.map((t) => t.toLowerCase());
        if (!own.some((t) => tags.has(t))) return false;
      }
      return true;
    });
    const answer: ToolList = await offsetPage(matching, query, ({ toolkit, tool }) => presentTool(toolkit.meta, tool));
    return reply(c, 'listTools', answer);
  });

  app.get('/tools/:tool_slug', async (c) => {
    const slug = parseParam(c, 'tool_slug', toolSlug);
    const resolved = await resolveTool(registry, { projectId: c.get('apiKey').project_id }, slug);
    if (resolved?.definition === undefined) throw unknownTool(slug);
    return reply(c, 'getTool', presentTool(resolved.toolkit.meta, resolved.definition));
  });

  app.post('/tools/execute/:tool_slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = parseParam(c, 'tool_slug', toolSlug);
    const body = await parseBody(c, executeToolRequest);
    // A toolkit that could not list its tools for the catalog (it lists per user, or its upstream was down) may
    // still have the tool: resolveTool hands it the call, and the toolkit says if the tool does not exist.
    const target = await resolveTool(registry, { projectId }, slug);
    if (target === undefined) throw unknownTool(slug);
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
