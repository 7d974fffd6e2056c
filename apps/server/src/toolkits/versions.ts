import { createHash } from 'node:crypto';
import type { ToolDefinition } from './runtime.js';

/**
 * Toolkit versions. Patchbay keeps one version of a toolkit, the one it runs: its version names that tool list, as a
 * short hash of every definition (what a client reads and relies on), so a client that pinned a version learns when
 * the tools changed under it instead of calling a tool whose schema is not the one it read.
 */

/** JSON with object keys sorted at every depth, so equal definitions hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// One hash per listed array: the registry hands out the same array until the toolkit lists again.
const versions = new WeakMap<readonly ToolDefinition[], string>();

/** 12 hex digits of SHA-256 over the definitions, ordered by slug. */
export function toolkitVersion(tools: readonly ToolDefinition[]): string {
  const known = versions.get(tools);
  if (known !== undefined) return known;
  const ordered = [...tools].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const version = createHash('sha256').update(canonicalJson(ordered)).digest('hex').slice(0, 12);
  versions.set(tools, version);
  return version;
}

/** The pins a request may carry, as the hosted SDK sends them. */
export interface VersionPins {
  version?: string | undefined;
  toolkit_versions?: string | undefined;
}

/**
 * The version a request pins for a toolkit known by `slugs`: `version` (get and execute), else
 * `toolkit_versions[<slug>]` (the SDK's per-toolkit map, in the raw query), else `toolkit_versions` as one version for
 * every toolkit. Undefined for none, or for `latest` (the version there is).
 */
export function pinnedVersion(
  given: VersionPins,
  rawQuery: Readonly<Record<string, readonly string[]>>,
  slugs: readonly string[],
): string | undefined {
  const keys = new Set(slugs.map((slug) => `toolkit_versions[${slug.toLowerCase()}]`));
  const perToolkit = Object.entries(rawQuery).find(([key]) => keys.has(key.toLowerCase()))?.[1][0];
  const pinned = given.version ?? perToolkit ?? given.toolkit_versions;
  return pinned === undefined || pinned === 'latest' ? undefined : pinned;
}
