import { isRecord } from '../openapi/guards.js';
import { createOpenApiToolkit, type OpenApiAuth } from '../openapi/index.js';
import { errorResult, type ToolCallContext, type ToolDefinition, type ToolkitRuntime } from '../runtime.js';
import type { CuratedAuth, CuratedToolkitSpec, OpenApiDocument } from './types.js';

/**
 * A curated toolkit's runtime, built from the generic OpenAPI runtime:
 * - one OpenAPI runtime per auth scheme, picked per call by the connected account's credential field (`access_token`
 *   for OAuth 2, `token` for a pasted bearer token, `api_key` for a key), since one runtime sends one scheme;
 * - the runtimes of several documents (a GraphQL API: one document per operation) merged into one toolkit;
 * - body properties the spec fixes with `const` (a GraphQL operation's `query`) hidden from the model and filled in.
 */

export interface CuratedRuntimeOptions {
  /** The fetch used for calls (default: the global one). */
  fetch?: typeof fetch | undefined;
  /** Replaces the provider's base URL (a proxy, a test server). */
  baseUrl?: string | undefined;
  timeoutMs?: number | undefined;
}

function documentsOf(openapi: CuratedToolkitSpec['openapi']): readonly OpenApiDocument[] {
  return 'openapi' in openapi ? [openapi] : openapi;
}

function openApiAuth(auth: CuratedAuth): OpenApiAuth {
  if (auth.mode === 'API_KEY') return { scheme: 'API_KEY', in: auth.in, name: auth.name };
  return { scheme: auth.mode };
}

/** The credential field each scheme reads (see openapi/credentials.ts). */
const credentialField: Record<CuratedAuth['mode'], string> = {
  OAUTH2: 'access_token',
  BEARER_TOKEN: 'token',
  API_KEY: 'api_key',
};

/**
 * The runtime normalizes `/` in a path parameter to `%2F` (one segment); for the paths named here the provider wants
 * a file path with real slashes. Dot segments stay encoded so a path can never climb out of its prefix.
 */
function slashFetch(fetchImpl: typeof fetch, prefixes: readonly RegExp[]): typeof fetch {
  return (input, init) => {
    if (!(input instanceof URL)) return fetchImpl(input, init);
    const prefix = prefixes.map((re) => re.exec(input.pathname)?.[0]).find((match) => match !== undefined);
    if (prefix === undefined) return fetchImpl(input, init);
    const rest = input.pathname.slice(prefix.length);
    const segments = rest.split(/%2F/i);
    if (segments.some((segment) => segment === '' || /^(\.|%2E){1,2}$/i.test(segment))) return fetchImpl(input, init);
    const url = new URL(input.href);
    url.pathname = `${prefix}${segments.join('/')}`;
    return fetchImpl(url, init);
  };
}

/** Several runtimes of one toolkit as one: tools listed together, calls routed to the runtime that has the tool. */
function merged(slug: string, runtimes: readonly ToolkitRuntime[]): ToolkitRuntime {
  const [only] = runtimes;
  if (only && runtimes.length === 1) return only;
  let owners: Promise<Map<string, ToolkitRuntime>> | undefined;
  const ownerOf = async (context: ToolCallContext, toolSlug: string) => {
    owners ??= Promise.all(
      runtimes.map(async (runtime) =>
        (await runtime.listTools(context)).map((tool): [string, ToolkitRuntime] => [tool.slug, runtime]),
      ),
    ).then((lists) => new Map(lists.flat()));
    owners.catch(() => {
      owners = undefined;
    });
    return (await owners).get(toolSlug);
  };
  return {
    slug,
    async listTools(context) {
      return (await Promise.all(runtimes.map((runtime) => runtime.listTools(context)))).flat();
    },
    async callTool(toolSlug, args, context) {
      const owner = await ownerOf(context, toolSlug);
      if (!owner) return errorResult(`Toolkit "${slug}" has no tool "${toolSlug}".`);
      return owner.callTool(toolSlug, args, context);
    },
    async close() {
      await Promise.allSettled(runtimes.map((runtime) => runtime.close?.()));
    },
  };
}

/** Routes each call to the runtime of the scheme whose credential field the connected account holds. */
function byCredentials(
  slug: string,
  schemes: readonly { mode: CuratedAuth['mode']; runtime: ToolkitRuntime }[],
): ToolkitRuntime {
  const [primary] = schemes;
  if (!primary) throw new Error(`Curated toolkit ${slug}: no auth scheme`);
  const pick = (credentials: ToolCallContext['credentials']) =>
    // Without a matching field the primary (OAuth) runtime answers, with its "connect an account" message.
    schemes.find(({ mode }) => (credentials?.[credentialField[mode]] ?? '') !== '')?.runtime ?? primary.runtime;
  return {
    slug,
    // Every scheme's runtime has the same tools: they differ only in how they authenticate.
    listTools: (context) => primary.runtime.listTools(context),
    callTool: (toolSlug, args, context) => pick(context.credentials).callTool(toolSlug, args, context),
    async close() {
      await Promise.allSettled(schemes.map(({ runtime }) => runtime.close?.()));
    },
  };
}

/** Top-level body properties with a `const`, by name. */
function fixedBodyFields(tool: ToolDefinition): Map<string, unknown> {
  const fixed = new Map<string, unknown>();
  const body = tool.inputSchema.properties?.body;
  const properties = isRecord(body) && isRecord(body.properties) ? body.properties : {};
  for (const [name, schema] of Object.entries(properties)) {
    if (isRecord(schema) && 'const' in schema) fixed.set(name, schema.const);
  }
  return fixed;
}

function withoutFixed(tool: ToolDefinition, fixed: Map<string, unknown>): ToolDefinition {
  const body = tool.inputSchema.properties?.body;
  if (fixed.size === 0 || !isRecord(body) || !isRecord(body.properties)) return tool;
  const properties = Object.fromEntries(Object.entries(body.properties).filter(([name]) => !fixed.has(name)));
  const required = Array.isArray(body.required) ? body.required.filter((name) => !fixed.has(String(name))) : [];
  const visibleBody = { ...body, properties, ...(required.length > 0 ? { required } : {}) };
  if (required.length === 0) delete visibleBody.required;
  // A body whose only required members were fixed is optional: the runtime gets one filled in anyway.
  const topRequired = (tool.inputSchema.required ?? []).filter((name) => name !== 'body' || required.length > 0);
  const inputSchema = { ...tool.inputSchema, properties: { ...tool.inputSchema.properties, body: visibleBody } };
  if (topRequired.length > 0) inputSchema.required = topRequired;
  else delete inputSchema.required;
  return { ...tool, inputSchema };
}

/** Parses a body given as JSON text, as the OpenAPI runtime would. */
function bodyObject(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function withFixedBody(inner: ToolkitRuntime): ToolkitRuntime {
  let fixedByTool: Promise<Map<string, Map<string, unknown>>> | undefined;
  const fixedFor = async (context: ToolCallContext, toolSlug: string) => {
    fixedByTool ??= inner
      .listTools(context)
      .then((tools) => new Map(tools.map((tool) => [tool.slug, fixedBodyFields(tool)])));
    fixedByTool.catch(() => {
      fixedByTool = undefined;
    });
    return (await fixedByTool).get(toolSlug);
  };
  return {
    slug: inner.slug,
    async listTools(context) {
      return (await inner.listTools(context)).map((tool) => withoutFixed(tool, fixedBodyFields(tool)));
    },
    async callTool(toolSlug, args, context) {
      const fixed = await fixedFor(context, toolSlug);
      if (!fixed || fixed.size === 0) return inner.callTool(toolSlug, args, context);
      const body = bodyObject(args.body);
      if (!body) return errorResult('Argument "body" must be an object. The request was not sent.');
      for (const [name, value] of fixed) {
        if (body[name] !== undefined && body[name] !== value) {
          return errorResult(`"body.${name}" is fixed by this tool; leave it out. The request was not sent.`);
        }
      }
      return inner.callTool(toolSlug, { ...args, body: { ...body, ...Object.fromEntries(fixed) } }, context);
    },
    close: () => inner.close?.() ?? Promise.resolve(),
  };
}

export function createCuratedRuntime(spec: CuratedToolkitSpec, options: CuratedRuntimeOptions = {}): ToolkitRuntime {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const fetchImpl = spec.slashPaths && spec.slashPaths.length > 0 ? slashFetch(baseFetch, spec.slashPaths) : baseFetch;
  const documents = documentsOf(spec.openapi);
  const schemes = spec.auth.map((auth) => ({
    mode: auth.mode,
    runtime: merged(
      spec.slug,
      documents.map((document) =>
        createOpenApiToolkit(
          {
            slug: spec.slug,
            spec: document,
            baseUrl: options.baseUrl ?? spec.baseUrl,
            auth: openApiAuth(auth),
            headers: spec.headers,
            timeoutMs: options.timeoutMs ?? spec.timeoutMs,
          },
          { fetch: fetchImpl },
        ),
      ),
    ),
  }));
  return withFixedBody(byCredentials(spec.slug, schemes));
}
