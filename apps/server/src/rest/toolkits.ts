import {
  type DeletedResponse,
  listToolkitsQuery,
  type McpSource,
  type ToolkitCategoryList,
  type ToolkitDetail,
  type ToolkitList,
  toolkitSlug,
  updateToolkitRequest,
} from '@patchbay/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError, internalError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { offsetPage } from '../paging/page.js';
import { presentCategory, presentToolkit, presentToolkitDetail, type ToolkitFacts } from '../present/toolkits.js';
import {
  type CustomToolkitInput,
  deleteCustomToolkit,
  getCustomToolkit,
  insertCustomToolkit,
  updateCustomToolkit,
} from '../store/custom-toolkits.js';
import { getProject } from '../store/projects.js';
import { toolkitUsage } from '../store/toolkit-usage.js';
import type { RegisteredToolkit } from '../toolkits/registry.js';
import { stdioRefusal } from '../toolkits/stdio-policy.js';
import { toolSlugPrefix } from '../toolkits/tool-names.js';
import { parseCreateBody, sourceProblem, storedSource, unloadable } from './toolkit-source.js';

const builtinForbidden = (slug: string, kind: string) =>
  apiError(
    403,
    `Toolkit ${JSON.stringify(slug)} is not a custom toolkit (kind ${kind}); built-in toolkits cannot be changed.`,
    'Create a custom toolkit (POST /api/v3/toolkits) with another slug instead.',
  );

const contains = (haystack: string, needle: string) => haystack.toLowerCase().includes(needle);

/** The toolkit catalog: listing and reading every toolkit, and creating, changing and deleting custom ones. */
export function toolkitRoutes(ctx: ServerContext): Hono<AppEnv> {
  const { db, registry } = ctx;
  const app = new Hono<AppEnv>();

  const facts = async (projectId: string, toolkit: RegisteredToolkit): Promise<ToolkitFacts> => {
    const tools = await registry.catalogTools(projectId, toolkit);
    return { toolsCount: tools.length, version: await registry.catalogVersion(projectId, toolkit) };
  };

  const detail = async (projectId: string, toolkit: RegisteredToolkit): Promise<ToolkitDetail> =>
    presentToolkitDetail(toolkit.meta, await facts(projectId, toolkit));

  /** After a write: drop this replica's cached copy, then take the toolkit as the registry now builds it. */
  const fresh = async (projectId: string, slug: string): Promise<RegisteredToolkit> => {
    registry.invalidate(projectId);
    const toolkit = await registry.find(projectId, slug);
    if (toolkit === undefined) throw internalError();
    return toolkit;
  };

  /** Before anything is stored or run: a stdio source runs a command on the host, which the policy may not allow. */
  const refuseStdio = async (c: Context<AppEnv>, mcp: McpSource | undefined) => {
    if (mcp?.transport !== 'stdio') return;
    const key = c.get('apiKey');
    const project = await getProject(db, key.project_id);
    const who = { isAdmin: key.is_admin, isOperator: project?.is_operator === true };
    const refusal = stdioRefusal(ctx.stdio, who, mcp.command);
    if (refusal !== undefined) throw refusal;
  };

  const slugParam = (c: Context<AppEnv>) => parseParam(c, 'slug', toolkitSlug).toLowerCase();

  /** Only custom toolkits change: the others (of any kind, not only `builtin`) ship with the server. */
  const refuseNonCustom = async (projectId: string, slug: string) => {
    const found = await registry.find(projectId, slug);
    if (found !== undefined && !found.meta.isCustom) throw builtinForbidden(slug, found.meta.kind);
  };

  app.get('/toolkits', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const query = parseQuery(c, listToolkitsQuery);
    const search = query.search?.toLowerCase();
    const category = query.category?.toLowerCase();
    const matching = (await registry.all(projectId))
      .filter(({ meta }) => query.kind === undefined || meta.kind === query.kind)
      .filter(({ meta }) => category === undefined || meta.categories.some((cat) => cat.toLowerCase() === category))
      .filter(
        ({ meta }) =>
          search === undefined ||
          contains(meta.slug, search) ||
          contains(meta.name, search) ||
          contains(meta.description, search),
      )
      .sort((a, b) => (a.meta.slug < b.meta.slug ? -1 : a.meta.slug > b.meta.slug ? 1 : 0));
    // Tools are counted only for the page's toolkits: counting lists an upstream's tools, which may start a process.
    const answer: ToolkitList = await offsetPage(matching, query, async (toolkit) =>
      presentToolkit(toolkit.meta, await facts(projectId, toolkit)),
    );
    return reply(c, 'listToolkits', answer);
  });

  // Before `/toolkits/:slug`, which would take `categories` for a slug.
  app.get('/toolkits/categories', async (c) => {
    const toolkits = await registry.all(c.get('apiKey').project_id);
    const ids = [...new Set(toolkits.flatMap(({ meta }) => meta.categories))].sort();
    const answer: ToolkitCategoryList = {
      items: ids.map(presentCategory),
      next_cursor: null,
      total_pages: 1,
      current_page: 1,
      total_items: ids.length,
    };
    return reply(c, 'listToolkitCategories', answer);
  });

  app.get('/toolkits/:slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = slugParam(c);
    const toolkit = await registry.find(projectId, slug);
    if (toolkit === undefined) throw notFound('toolkit', slug);
    return reply(c, 'getToolkit', await detail(projectId, toolkit));
  });

  app.post('/toolkits', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const body = await parseCreateBody(c);
    await refuseStdio(c, 'mcp' in body ? body.mcp : undefined);
    const taken = () =>
      apiError(
        409,
        `A toolkit with the slug ${JSON.stringify(body.slug)} already exists.`,
        'Choose another slug, or change the existing toolkit with PATCH /api/v3/toolkits/{slug}.',
      );
    // Any toolkit the project has (built in, from an installed catalog, or custom) holds its slug, and so does the
    // categories path, which GET /toolkits/{slug} could never reach.
    if (body.slug === 'categories' || registry.isBuiltin(body.slug)) throw taken();
    if ((await registry.find(projectId, body.slug)) !== undefined) throw taken();
    // Tool slugs are `PREFIX_ACTION`: a slug whose prefix another toolkit already has (`notes_` beside `notes`) would
    // make tools of the same name, one hiding the other.
    const prefix = toolSlugPrefix(body.slug);
    const clash = (await registry.all(projectId)).find(({ meta }) => toolSlugPrefix(meta.slug) === prefix);
    if (clash !== undefined) {
      throw apiError(
        409,
        `The slug ${JSON.stringify(body.slug)} gives its tools the prefix ${prefix}, which toolkit ${JSON.stringify(clash.meta.slug)} already uses.`,
        'Choose a slug that differs from existing toolkits by more than punctuation and case.',
        { slug: 'tool_prefix_taken' },
      );
    }
    const common = {
      name: body.name,
      description: body.description ?? '',
      logo: body.logo ?? null,
      categories: body.categories ?? [],
      timeoutMs: body.timeout_ms,
    };
    const source = storedSource(body);
    if (source === undefined) throw internalError();
    const row = await insertCustomToolkit(db, projectId, body.slug, { ...common, ...source });
    if (row === undefined) throw taken();
    const toolkit = await fresh(projectId, row.slug);
    const problem = await sourceProblem(projectId, toolkit);
    if (problem !== undefined) {
      // Stored first so the registry builds the runtime exactly as it will be used; removed again when it fails.
      await deleteCustomToolkit(db, projectId, row.slug);
      registry.invalidate(projectId);
      throw unloadable(row.slug, problem);
    }
    return reply(c, 'createToolkit', await detail(projectId, toolkit), 201);
  });

  app.patch('/toolkits/:slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = slugParam(c);
    await refuseNonCustom(projectId, slug);
    const body = await parseBody(c, updateToolkitRequest);
    await refuseStdio(c, body.mcp);
    const row = await getCustomToolkit(db, projectId, slug);
    if (row === undefined) throw notFound('toolkit', slug);
    // Nothing to change: answer as it is, without a write that would rebuild its runtime.
    if (Object.values(body).every((value) => value === undefined)) {
      const current = await registry.find(projectId, slug);
      if (current !== undefined) return reply(c, 'updateToolkit', await detail(projectId, current));
    }
    // Only the fields given change; a new source replaces the old one whole (and with it the kind).
    const before: CustomToolkitInput = {
      name: row.name,
      description: row.description,
      logo: row.logo,
      categories: row.categories,
      timeoutMs: row.timeout_ms,
      kind: row.kind,
      source: row.source,
    };
    const newSource = storedSource(body);
    const updated = await updateCustomToolkit(db, projectId, slug, {
      name: body.name ?? before.name,
      description: body.description ?? before.description,
      logo: body.logo ?? before.logo,
      categories: body.categories ?? before.categories,
      timeoutMs: body.timeout_ms ?? before.timeoutMs,
      kind: newSource?.kind ?? before.kind,
      source: newSource === undefined ? before.source : newSource.source,
    });
    // Deleted between the read and the write.
    if (updated === undefined) throw notFound('toolkit', slug);
    const toolkit = await fresh(projectId, slug);
    if (newSource !== undefined) {
      const problem = await sourceProblem(projectId, toolkit);
      if (problem !== undefined) {
        // Put the row back as it was; other replicas may have seen the new source for that moment, and rebuild too.
        await updateCustomToolkit(db, projectId, slug, before);
        registry.invalidate(projectId);
        throw unloadable(slug, problem);
      }
    }
    return reply(c, 'updateToolkit', await detail(projectId, toolkit));
  });

  /*
   * Deleting a toolkit that MCP servers or auth configs still use answers 409 naming them, as the spec says, rather
   * than letting live servers silently lose tools: an AI client would find tools gone mid-conversation with nothing
   * in the API to explain why, and the auth configs' connected accounts would point at nothing. The caller removes
   * the toolkit from those servers (PATCH /api/v3/mcp/{id}) first, a deliberate step that shows what breaks.
   */
  app.delete('/toolkits/:slug', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const slug = slugParam(c);
    await refuseNonCustom(projectId, slug);
    await db.transaction(async (tx) => {
      if ((await getCustomToolkit(tx, projectId, slug)) === undefined) throw notFound('toolkit', slug);
      const usage = await toolkitUsage(tx, projectId, slug);
      const users = [
        ...usage.servers.map((s) => `MCP server ${JSON.stringify(s.name)} (${s.id})`),
        ...usage.authConfigs.map((a) => `auth config ${JSON.stringify(a.name)} (${a.id})`),
      ];
      if (users.length > 0) {
        throw apiError(
          409,
          `Toolkit ${JSON.stringify(slug)} is in use by ${users.join(', ')}.`,
          'Remove the toolkit from those MCP servers (PATCH /api/v3/mcp/{id}) and delete its auth configs, then delete it.',
          { errors: users.map((user) => `in use by ${user}`) },
        );
      }
      await deleteCustomToolkit(tx, projectId, slug);
    });
    registry.invalidate(projectId);
    const answer: DeletedResponse = { id: slug, deleted: true };
    return reply(c, 'deleteToolkit', answer);
  });

  return app;
}
