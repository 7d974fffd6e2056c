import type { components } from '@patchbay/core';
import type { Queryable } from '../db/database.js';
import { type CustomToolkitRow, listCustomToolkits } from '../store/custom-toolkits.js';
import type { ToolDefinition, ToolkitRuntime } from './runtime.js';
import { toolSlugPrefix } from './tool-names.js';
import type { ToolkitCatalog, ToolkitInfo } from './toolkit-catalog.js';
import { toolkitVersion } from './versions.js';

type Schemas = components['schemas'];

/** What the catalog says of a toolkit, beside the runtime that runs its tools. */
export interface ToolkitMeta {
  slug: string;
  /** Other slugs the toolkit answers to wherever a slug is taken (the hosted spelling, e.g. `googlecalendar`). */
  aliases?: readonly string[] | undefined;
  name: string;
  description: string;
  logo: string | null;
  categories: string[];
  kind: Schemas['ToolkitKind'];
  authSchemes: Schemas['ToolkitAuthScheme'][];
  noAuth: boolean;
  isCustom: boolean;
  createdAt: Date;
  updatedAt: Date;
  source: Schemas['ToolkitSource'] | null;
  timeoutMs: number;
  /** How the provider departs from plain OAuth 2 (curated toolkits know; custom ones use the RFC defaults). */
  oauth?: OAuthConventions | undefined;
}

export interface OAuthConventions {
  /** RFC 6749 joins scopes with spaces; Slack and Linear document commas. */
  scopeSeparator: ' ' | ',';
  tokenEndpointAuth: 'client_secret_basic' | 'client_secret_post';
  /** Extra authorize-URL parameters (Notion `owner=user`; Google `access_type=offline`). */
  authorizationParams?: Readonly<Record<string, string>> | undefined;
}

export interface RegisteredToolkit {
  meta: ToolkitMeta;
  runtime: ToolkitRuntime;
}

/** Turns a stored custom toolkit into its catalog entry and runtime. */
export type CustomToolkitFactory = (row: CustomToolkitRow) => RegisteredToolkit;

export interface RegistryOptions {
  /** How long one replica trusts its copy of a project's custom toolkits before reading them again. */
  cacheTtlMs?: number | undefined;
}

interface CachedProject {
  loadedAt: number;
  pending: Promise<Map<string, RegisteredToolkit>>;
}

/**
 * The one place that knows which toolkits a project has: the built-in ones, shared by every project, and the
 * project's custom ones from the database. Runtimes of custom toolkits are built once and rebuilt when their row
 * changes (by `updated_at`), so upstream processes and parsed specs are reused across requests and replicas agree
 * within `cacheTtlMs`.
 */
export class ToolkitRegistry implements ToolkitCatalog {
  private readonly builtins: Map<string, RegisteredToolkit>;
  /** Alias → slug, for the built-in toolkits (custom toolkits have none, and cannot take one: it is a taken slug). */
  private readonly aliases: Map<string, string>;
  private readonly projects = new Map<string, CachedProject>();
  private readonly runtimes = new Map<string, { version: number; toolkit: RegisteredToolkit }>();
  private readonly ttl: number;
  private readonly catalogLists = new WeakMap<ToolkitRuntime, Promise<ToolDefinition[]>>();

  constructor(
    private readonly db: Queryable,
    builtins: readonly RegisteredToolkit[],
    private readonly factory: CustomToolkitFactory,
    options: RegistryOptions = {},
  ) {
    this.builtins = new Map(builtins.map((t) => [t.meta.slug, t]));
    this.aliases = new Map(builtins.flatMap((t) => (t.meta.aliases ?? []).map((alias) => [alias, t.meta.slug])));
    this.ttl = options.cacheTtlMs ?? 2000;
  }

  /** The slug a toolkit is stored and answered under: lowercase, an alias replaced by its toolkit's slug. */
  canonicalSlug(slug: string): string {
    const lower = slug.toLowerCase();
    return this.aliases.get(lower) ?? lower;
  }

  /**
   * A tool slug in upper case, with an alias's prefix replaced by its toolkit's: `GOOGLECALENDAR_LIST_EVENTS` (the
   * hosted spelling) is `GOOGLE_CALENDAR_LIST_EVENTS`.
   */
  canonicalToolSlug(slug: string): string {
    return this.unaliasedToolSlug(slug).toUpperCase();
  }

  /** `slug` as given, unless it starts with an alias's prefix: then that prefix is replaced by its toolkit's. */
  unaliasedToolSlug(slug: string): string {
    const upper = slug.toUpperCase();
    for (const [alias, toolkitSlug] of this.aliases) {
      const prefix = toolSlugPrefix(alias);
      if (upper.startsWith(prefix)) return `${toolSlugPrefix(toolkitSlug)}${upper.slice(prefix.length)}`;
    }
    return slug;
  }

  isBuiltin(slug: string): boolean {
    return this.builtins.has(this.canonicalSlug(slug));
  }

  /** Every toolkit of the project: the built-in ones first, then the custom ones by slug. */
  async all(projectId: string): Promise<RegisteredToolkit[]> {
    const custom = await this.custom(projectId);
    return [...this.builtins.values(), ...custom.values()];
  }

  /** By slug or alias, in any case. */
  async find(projectId: string, slug: string): Promise<RegisteredToolkit | undefined> {
    const key = this.canonicalSlug(slug);
    return this.builtins.get(key) ?? (await this.custom(projectId)).get(key);
  }

  /** ToolkitCatalog, for the MCP-server routes' validation and icons. */
  async get(projectId: string, slug: string): Promise<ToolkitInfo | undefined> {
    const found = await this.find(projectId, slug);
    return found && { slug: found.meta.slug, name: found.meta.name, logo: found.meta.logo ?? '' };
  }

  async list(projectId: string): Promise<ToolkitInfo[]> {
    return (await this.all(projectId)).map(({ meta }) => ({ slug: meta.slug, name: meta.name, logo: meta.logo ?? '' }));
  }

  /**
   * A toolkit's tools as the catalog shows them: listed once per runtime (so per version of a custom toolkit) with no
   * user's credentials. A toolkit that cannot list without an account, or whose upstream is down, shows no tools
   * (and is asked again next time) rather than failing the catalog.
   */
  catalogTools(projectId: string, toolkit: RegisteredToolkit): Promise<ToolDefinition[]> {
    const cached = this.catalogLists.get(toolkit.runtime);
    if (cached) return cached;
    const pending = toolkit.runtime
      .listTools({
        projectId,
        userId: 'catalog',
        connectedAccountId: undefined,
        signal: AbortSignal.timeout(toolkit.meta.timeoutMs),
        timeoutMs: toolkit.meta.timeoutMs,
      })
      .catch((error: unknown) => {
        this.catalogLists.delete(toolkit.runtime);
        this.onCatalogError?.(toolkit.meta.slug, error);
        return [];
      });
    this.catalogLists.set(toolkit.runtime, pending);
    return pending;
  }

  /**
   * The toolkit's version: a short hash of its catalog tools, so it changes exactly when the catalog's tool list or a
   * schema does (a custom toolkit's new source, an upstream that lists other tools after a restart).
   */
  async catalogVersion(projectId: string, toolkit: RegisteredToolkit): Promise<string> {
    return toolkitVersion(await this.catalogTools(projectId, toolkit));
  }

  /** Told when a toolkit could not list its tools for the catalog. */
  onCatalogError?: (slug: string, error: unknown) => void;

  /** Forget this replica's copy after a write, so the writer reads its own change at once. */
  invalidate(projectId: string): void {
    this.projects.delete(projectId);
  }

  async close(): Promise<void> {
    const all = [...this.builtins.values(), ...[...this.runtimes.values()].map((r) => r.toolkit)];
    this.runtimes.clear();
    this.projects.clear();
    await Promise.allSettled(all.map((t) => t.runtime.close?.()));
  }

  private custom(projectId: string): Promise<Map<string, RegisteredToolkit>> {
    const cached = this.projects.get(projectId);
    if (cached && Date.now() - cached.loadedAt < this.ttl) return cached.pending;
    const pending = this.load(projectId);
    this.projects.set(projectId, { loadedAt: Date.now(), pending });
    // A failed load must not be cached: the next request tries again.
    pending.catch(() => this.projects.delete(projectId));
    return pending;
  }

  private async load(projectId: string): Promise<Map<string, RegisteredToolkit>> {
    const rows = await listCustomToolkits(this.db, projectId);
    const out = new Map<string, RegisteredToolkit>();
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${projectId}\u0000${row.slug}`;
      seen.add(key);
      const version = row.updated_at.getTime();
      const existing = this.runtimes.get(key);
      if (existing && existing.version === version) {
        out.set(row.slug, existing.toolkit);
        continue;
      }
      if (existing) void existing.toolkit.runtime.close?.();
      const toolkit = this.factory(row);
      this.runtimes.set(key, { version, toolkit });
      out.set(row.slug, toolkit);
    }
    // Toolkits deleted since the last load: release their processes and connections.
    for (const [key, entry] of this.runtimes) {
      if (key.startsWith(`${projectId}\u0000`) && !seen.has(key)) {
        this.runtimes.delete(key);
        void entry.toolkit.runtime.close?.();
      }
    }
    return out;
  }
}
