import { serverRoot } from '@patchbay/core';
import type { ToolkitCatalog, ToolkitInfo } from '../toolkit-catalog.js';

/** What the catalog says of each built-in toolkit; their tools are in notes.ts, http.ts and files.ts. */
const builtins = [
  {
    slug: 'notes',
    name: 'Notes',
    glyph: 'N',
    color: '#f5b301',
    description: 'A private notes and key-value store for each user.',
    categories: ['productivity'],
  },
  {
    slug: 'http',
    name: 'HTTP',
    glyph: 'H',
    color: '#2f80ed',
    description: 'Fetch public URLs, with size and time limits.',
    categories: ['developer-tools'],
  },
  {
    slug: 'files',
    name: 'Files',
    glyph: 'F',
    color: '#27ae60',
    description: "A private file space for each user, kept in Patchbay's database.",
    categories: ['productivity'],
  },
] as const;

export interface BuiltinInfo extends ToolkitInfo {
  description: string;
  categories: readonly string[];
}

export const builtinToolkitSlugs: readonly string[] = builtins.map((b) => b.slug);

/** Logos are served by the server itself (`/static/toolkits/<slug>.svg`): self-hosted machines may have no internet. */
export function toolkitLogoSvg(slug: string): string | undefined {
  const toolkit = builtins.find((b) => b.slug === slug);
  if (!toolkit) return undefined;
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" rx="14" fill="${toolkit.color}"/>` +
    '<text x="32" y="43" font-family="sans-serif" font-size="32" font-weight="700" fill="#fff" text-anchor="middle">' +
    `${toolkit.glyph}</text></svg>`
  );
}

export function builtinToolkitInfos(publicUrl: string): BuiltinInfo[] {
  const root = serverRoot(publicUrl);
  return builtins.map((b) => ({
    slug: b.slug,
    name: b.name,
    logo: `${root}/static/toolkits/${b.slug}.svg`,
    description: b.description,
    categories: b.categories,
  }));
}

export function builtinToolkitCatalog(publicUrl: string): ToolkitCatalog {
  const infos = builtinToolkitInfos(publicUrl);
  const bySlug = new Map(infos.map((info) => [info.slug, info]));
  return {
    get: async (_projectId, slug) => bySlug.get(slug.toLowerCase()),
    list: async () => [...infos],
  };
}
