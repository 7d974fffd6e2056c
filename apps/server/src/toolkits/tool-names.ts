import { createHash } from 'node:crypto';

/** What MCP clients accept: at most 64 characters of [A-Za-z0-9_-]. */
export const maxToolSlugLength = 64;
const hashLength = 6;

function upperSnake(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, hashLength).toUpperCase();
}

/** Cuts `slug` to the limit, ending in a hash of `identity` so that two long names stay apart, stably. */
function fit(slug: string, identity: string): string {
  if (slug.length <= maxToolSlugLength) return slug;
  const room = maxToolSlugLength - hashLength - 1;
  return `${slug.slice(0, room).replace(/_+$/, '')}_${shortHash(identity)}`;
}

/** The `TOOLKIT_` prefix every tool slug of a toolkit starts with. */
export function toolSlugPrefix(toolkitSlug: string): string {
  return `${upperSnake(toolkitSlug) || 'TOOLKIT'}_`;
}

/**
 * `TOOLKIT_ACTION` from a toolkit slug and a tool's own name (`createIssue`, `create-issue`, `POST /repos`…), shortened
 * deterministically when needed. The same inputs always give the same slug.
 */
export function toolSlug(toolkitSlug: string, action: string): string {
  const prefix = upperSnake(toolkitSlug) || 'TOOLKIT';
  const body = upperSnake(action) || 'TOOL';
  const joined = body.startsWith(`${prefix}_`) ? body : `${prefix}_${body}`;
  return fit(joined, `${toolkitSlug}\u0000${action}`);
}

/**
 * Slugs for many tools of one toolkit, unique within it: names that collide after normalising (`a-b`, `a_b`) each get
 * a hash of their original name. Returns slugs in input order.
 */
export function uniqueToolSlugs(toolkitSlug: string, actions: readonly string[]): string[] {
  const first = actions.map((action) => toolSlug(toolkitSlug, action));
  const counts = new Map<string, number>();
  for (const slug of first) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return first.map((slug, i) => {
    if ((counts.get(slug) ?? 0) < 2) return slug;
    const action = actions[i] ?? '';
    const base =
      slug.length + hashLength + 1 > maxToolSlugLength ? slug.slice(0, maxToolSlugLength - hashLength - 1) : slug;
    return `${base}_${shortHash(`${toolkitSlug}\u0000${action}`)}`;
  });
}
