import { type ExecuteToolResponse, executeToolRequest, listToolsQuery, type ToolList, toolSlug } from '@patchbay/core';
import { Hono } from 'hono';
import type { CatalogDeps } from '../boot/catalog-deps.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { offsetPage } from '../paging/envelope.js';
import { presentTool } from '../present/toolkits.js';
import type { RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolDefinition, ToolResult } from '../toolkits/runtime.js';
import { toolSlugPrefix } from '../toolkits/tool-names.js';

interface CatalogTool {
  toolkit: RegisteredToolkit;
  tool: ToolDefinition;
}

type Located =
  | { found: true; toolkit: RegisteredToolkit; tool: ToolDefinition }
  /** A toolkit owns the prefix but listed no tools for the catalog (e.g. one that can only list per user). */
  | { found: false; unlisted: RegisteredToolkit | undefined };

const bySlug = (a: RegisteredToolkit, b: RegisteredToolkit) =>
  a.meta.slug < b.meta.slug ? -1 : a.meta.slug > b.meta.slug ? 1 : 0;

/**
 * The toolkit and tool a slug names. Tool slugs start with their toolkit's `TOOLKIT_` prefix, so only toolkits whose
 * prefix matches are listed (longest prefix first, so `my_kit` wins over `my` for `MY_KIT_RUN`). Matched
 * case-insensitively, as the spec says.
 */
async function locateTool(registry: ToolkitRegistry, projectId: string, slug: string): Promise<Located> {
  const wanted = slug.toUpperCase();
  const candidates = (await registry.all(projectId))
    .filter(({ meta }) => wanted.startsWith(toolSlugPrefix(meta.slug)))
    .sort((a, b) => toolSlugPrefix(b.meta.slug).length - toolSlugPrefix(a.meta.slug).length);
  let unlisted: RegisteredToolkit | undefined;
  for (const toolkit of candidates) {
    const tools = await registry.catalogTools(projectId, toolkit);
    const tool = tools.find((t) => t.slug.toUpperCase() === wanted);
    if (tool !== undefined) return { found: true, toolkit, tool };
    if (tools.length === 0) unlisted ??= toolkit;
  }
  return { found: false, unlisted };
}

function firstText(result: ToolResult): string {
  for (const block of result.content) if (block.type === 'text') return block.text;
  return 'The tool reported an error.';
}

const unknownTool = (slug: string) => notFound('tool', slug);

/** Tools of every toolkit of the project, and executing one directly (outside any MCP server). */
export function toolRoutes(deps: CatalogDeps): Hono<AppEnv> {
  const { registry, runner } = deps;
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
    return c.json(answer);
  });

  app.get('/tools/:tool_slug', async (c) => {
    const slug = parseParam(c, 'tool_slug', toolSlug);
    const located = await locateTool(registry, c.get('apiKey').project_id, slug);
    if (!located.found) throw unknownTool(slug);
    return c.json(presentTool(located.toolkit.meta, located.tool));
  });

  app.post('/tools/execute/:tool_slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = parseParam(c, 'tool_slug', toolSlug);
    const body = await parseBody(c, executeToolRequest);
    const located = await locateTool(registry, projectId, slug);
    // A toolkit that could not list its tools for the catalog (it lists per user, or its upstream was down) may
    // still have the tool: let it run, and let the toolkit say if the tool does not exist.
    const target = located.found
      ? { toolkit: located.toolkit, toolSlug: located.tool.slug }
      : located.unlisted && { toolkit: located.unlisted, toolSlug: slug.toUpperCase() };
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
    return c.json(answer);
  });

  return app;
}
