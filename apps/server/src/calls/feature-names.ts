import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import { toolSlugPrefix, uniqueToolSlugs } from '../toolkits/tool-names.js';

/**
 * How an upstream's resources and prompts are named on a Patchbay server that bundles several upstreams: resources
 * (and templates) under `patchbay://<toolkit>/` followed by the upstream's own URI, prompts with the toolkit's
 * `TOOLKIT_` prefix like its tools. Both name their toolkit, so a read or a get goes to the one upstream that has it.
 */
const scheme = 'patchbay://';

export function servedUri(toolkit: string, uri: string): string {
  return `${scheme}${toolkit}/${uri}`;
}

/** The toolkit and the upstream's own URI of a served URI, or undefined for a URI Patchbay did not serve. */
export function upstreamUri(uri: string): { toolkit: string; uri: string } | undefined {
  if (!uri.startsWith(scheme)) return undefined;
  const rest = uri.slice(scheme.length);
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  return { toolkit: rest.slice(0, slash).toLowerCase(), uri: rest.slice(slash + 1) };
}

/** Served prompt names of one toolkit's prompts, in order: upper snake with the toolkit's prefix, unique. */
export function servedPromptNames(toolkit: string, names: readonly string[]): string[] {
  return uniqueToolSlugs(toolkit, names);
}

/** Whether a served prompt name could be `toolkit`'s (it has the toolkit's prefix). */
export function hasPromptPrefix(toolkit: string, name: string): boolean {
  return name.toUpperCase().startsWith(toolSlugPrefix(toolkit));
}

function matches(entry: string, uri: string): boolean {
  if (entry.endsWith('*')) return uri.startsWith(entry.slice(0, -1));
  if (entry === uri) return true;
  if (!entry.includes('{')) return false;
  try {
    return new UriTemplate(entry).match(uri) !== null;
  } catch {
    // An entry that is not a valid template matches only itself.
    return false;
  }
}

/**
 * Whether a server's `allowed_resources` lets a served URI (or a template, listed as it is) through: empty allows all;
 * an entry is a URI, a template whose variables match any value, or a prefix ending in `*`.
 */
export function resourceAllowed(allowed: readonly string[], uri: string): boolean {
  return allowed.length === 0 || allowed.some((entry) => matches(entry, uri));
}

/** A content block as tools and prompts answer them; only resource links and embedded resources name a URI. */
interface Block {
  type: string;
}

/**
 * An upstream's result content with the URIs of resource links and embedded resources in served form, so a client can
 * read what a tool or prompt points it to through the same server.
 */
export function servedContent<T extends Block>(toolkit: string, blocks: readonly T[]): T[] {
  return blocks.map((block) => {
    if (block.type === 'resource_link' && 'uri' in block && typeof block.uri === 'string') {
      return { ...block, uri: servedUri(toolkit, block.uri) };
    }
    if (block.type === 'resource' && 'resource' in block && typeof block.resource === 'object' && block.resource) {
      const resource: object = block.resource;
      if ('uri' in resource && typeof resource.uri === 'string') {
        return { ...block, resource: { ...resource, uri: servedUri(toolkit, resource.uri) } };
      }
    }
    return block;
  });
}
