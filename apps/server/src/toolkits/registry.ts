import type { components } from '@patchbay/core';
import type { Queryable } from '../db/database.js';
import { type CustomToolkitRow, listCustomToolkits } from '../store/custom-toolkits.js';
import type { ToolDefinition, ToolkitRuntime } from './runtime.js';
import type { ToolkitCatalog, ToolkitInfo } from './toolkit-catalog.js';

type Schemas = components['schemas'];

/** What the catalog says of a toolkit, beside the runtime that runs its tools. */
export interface ToolkitMeta {
  slug: string;
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
    this.ttl = options.cacheTtlMs ?? 2000;
  }

  isBuiltin(slug: string): boolean {
    return this.builtins.has(slug.toLowerCase());
  }

  /** Every toolkit of the project: the built-in ones first, then the custom ones by slug. */
  async all(projectId: string): Promise<RegisteredToolkit[]> {
    const custom = await this.custom(projectId);
    return [...this.builtins.values(), ...custom.values()];
  }

  async find(projectId: string, slug: string): Promise<RegisteredToolkit | undefined> {
    const key = slug.toLowerCase();
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
