import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { RequestOptions } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CompleteResult, Prompt, Resource, ResourceTemplate } from '@modelcontextprotocol/sdk/types.js';
import type { FeatureContext, ToolkitFeatures } from '../runtime.js';

/** A misbehaving upstream could hand out cursors forever; no real server has this many pages. */
const maxPages = 1_000;

/** Every item of a paged list, following `nextCursor` until the upstream stops giving one (or repeats itself). */
export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string | undefined }>,
) {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const result = await page(cursor);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === undefined || seen.has(cursor)) break;
    seen.add(cursor);
  }
  return items;
}

const params = (cursor: string | undefined) => (cursor === undefined ? {} : { cursor });

/** The upstream's resources; none when it does not declare resources. */
export function listAllResources(client: Client, options: RequestOptions): Promise<Resource[]> {
  if (client.getServerCapabilities()?.resources === undefined) return Promise.resolve([]);
  return allPages(async (cursor) => {
    const result = await client.listResources(params(cursor), options);
    return { items: result.resources, nextCursor: result.nextCursor };
  });
}

export function listAllResourceTemplates(client: Client, options: RequestOptions): Promise<ResourceTemplate[]> {
  if (client.getServerCapabilities()?.resources === undefined) return Promise.resolve([]);
  return allPages(async (cursor) => {
    const result = await client.listResourceTemplates(params(cursor), options);
    return { items: result.resourceTemplates, nextCursor: result.nextCursor };
  });
}

export function listAllPrompts(client: Client, options: RequestOptions): Promise<Prompt[]> {
  if (client.getServerCapabilities()?.prompts === undefined) return Promise.resolve([]);
  return allPages(async (cursor) => {
    const result = await client.listPrompts(params(cursor), options);
    return { items: result.prompts, nextCursor: result.nextCursor };
  });
}

const noCompletions: CompleteResult = { completion: { values: [] } };

/** Runs one request on the caller's upstream connection (the toolkit's, with its time limit and explained errors). */
type UseClient = <T>(
  context: FeatureContext,
  run: (client: Client, options: RequestOptions) => Promise<T>,
) => Promise<T>;

/** An upstream's resources, prompts and completions, each request on the connection `use` picks for the caller. */
export function upstreamFeatures(use: UseClient): ToolkitFeatures {
  return {
    resources: (context) => use(context, listAllResources),
    resourceTemplates: (context) => use(context, listAllResourceTemplates),
    readResource: (uri, context) => use(context, (client, options) => client.readResource({ uri }, options)),
    prompts: (context) => use(context, listAllPrompts),
    getPrompt: (name, args, context) =>
      use(context, (client, options) => client.getPrompt({ name, arguments: args }, options)),
    complete: (params, context) =>
      use(context, (client, options) =>
        client.getServerCapabilities()?.completions === undefined
          ? Promise.resolve(noCompletions)
          : client.complete(params, options),
      ),
  };
}
