import type { ToolRouterHint } from '@patchbay/core';
import type { ToolDefinition } from '../toolkits/runtime.js';
import { type SessionConfig, tagSets } from './config.js';

/** The rule that refused a toolkit or a tool: named in every refusal, so an agent (and its developer) knows why. */
export type RefusalRule =
  | 'toolkit_disabled'
  | 'tool_not_allowed'
  | 'tool_disabled'
  | 'tag_forbidden'
  | 'tag_required'
  | 'no_account'
  | 'unknown_tool'
  | 'workbench_disabled'
  | 'multi_execute_disabled'
  | 'search_disabled'
  | 'manage_connections_disabled';

export interface Refusal {
  rule: RefusalRule;
  message: string;
}

/**
 * The hints a tool has, with MCP's defaults for those it does not state: a tool that is not read-only may be
 * destructive and talks to an open world unless it says otherwise. So `tags: {disable: ['destructiveHint']}` also
 * refuses a tool that never said whether it deletes anything.
 */
export function toolHints(tool: Pick<ToolDefinition, 'annotations'>): ToolRouterHint[] {
  const a = tool.annotations ?? {};
  const readOnly = a.readOnlyHint === true;
  const out: ToolRouterHint[] = [];
  if (readOnly) out.push('readOnlyHint');
  if (!readOnly && a.destructiveHint !== false) out.push('destructiveHint');
  if (a.idempotentHint === true) out.push('idempotentHint');
  if (a.openWorldHint !== false) out.push('openWorldHint');
  return out;
}

const upper = (slugs: readonly string[]) => new Set(slugs.map((s) => s.toUpperCase()));

/** What a session's config allows, in one place: search, listing, execute and multi-execute all ask it. */
export class SessionPolicy {
  constructor(
    readonly config: SessionConfig,
    /** Canonical toolkit slugs (aliases resolved), as the registry answers them. */
    private readonly canonical: (slug: string) => string,
  ) {}

  toolkit(slug: string): Refusal | undefined {
    const wanted = this.canonical(slug);
    const { toolkits } = this.config;
    if (toolkits?.enable !== undefined && !toolkits.enable.some((s) => this.canonical(s) === wanted)) {
      return {
        rule: 'toolkit_disabled',
        message: `Toolkit "${wanted}" is not enabled in this session (its toolkits: ${toolkits.enable.join(', ') || 'none'}).`,
      };
    }
    if (toolkits?.disable?.some((s) => this.canonical(s) === wanted)) {
      return { rule: 'toolkit_disabled', message: `Toolkit "${wanted}" is disabled in this session.` };
    }
    return undefined;
  }

  /** Whether `tool` of toolkit `slug` may be found and run. Enable/disable lists win over tags; a toolkit's tags replace the session's. */
  tool(slug: string, tool: Pick<ToolDefinition, 'slug' | 'annotations'>): Refusal | undefined {
    const toolkit = this.toolkit(slug);
    if (toolkit) return toolkit;
    const wanted = this.canonical(slug);
    const filter = Object.entries(this.config.tools ?? {}).find(([key]) => this.canonical(key) === wanted)?.[1];
    const name = tool.slug.toUpperCase();
    if (filter?.enable !== undefined) {
      return upper(filter.enable).has(name)
        ? undefined
        : { rule: 'tool_not_allowed', message: `${tool.slug} is not in this session's allowlist for ${wanted}.` };
    }
    if (filter?.disable !== undefined && upper(filter.disable).has(name)) {
      return { rule: 'tool_disabled', message: `${tool.slug} is disabled in this session.` };
    }
    const { enable, disable } = tagSets(filter?.tags ?? this.config.tags);
    const own = toolHints(tool);
    const forbidden = disable?.find((hint) => own.includes(hint));
    if (forbidden !== undefined) {
      return { rule: 'tag_forbidden', message: `${tool.slug} has ${forbidden}, which this session's tags forbid.` };
    }
    if (enable !== undefined && enable.length > 0 && !enable.some((hint) => own.includes(hint))) {
      return {
        rule: 'tag_required',
        message: `${tool.slug} has none of the hints this session requires (${enable.join(', ')}).`,
      };
    }
    return undefined;
  }

  get searchEnabled(): boolean {
    return this.config.search?.enable ?? true;
  }
  get multiExecuteEnabled(): boolean {
    return this.config.execute?.enable_multi_execute ?? true;
  }
  get manageConnections(): boolean {
    return this.config.manage_connections?.enable ?? true;
  }
  get waitForConnections(): boolean {
    return this.config.manage_connections?.enable_wait_for_connections ?? false;
  }
  /** The account pinned for a toolkit, if any. */
  pinnedAccount(slug: string): string | undefined {
    const wanted = this.canonical(slug);
    return Object.entries(this.config.connected_accounts ?? {}).find(([key]) => this.canonical(key) === wanted)?.[1][0];
  }
  authConfig(slug: string): string | undefined {
    const wanted = this.canonical(slug);
    return Object.entries(this.config.auth_configs ?? {}).find(([key]) => this.canonical(key) === wanted)?.[1];
  }
}

export function refusalText(refusal: Refusal): string {
  return `Refused by the session's rule ${refusal.rule}: ${refusal.message}`;
}
