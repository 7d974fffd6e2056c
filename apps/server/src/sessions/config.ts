import {
  createToolRouterSessionRequest,
  type ToolRouterConfig,
  type ToolRouterHint,
  type ToolRouterTags,
  type updateToolRouterSessionRequest,
} from '@patchbay/core';
import type { z } from 'zod';

/** A session's config as stored: the create request (request spelling) without its user, after every PATCH. */
export type SessionConfig = Omit<z.output<typeof createToolRouterSessionRequest>, 'user_id'>;
export type SessionPatch = z.output<typeof updateToolRouterSessionRequest>;

const configSchema = createToolRouterSessionRequest.omit({ user_id: true });

/** A stored config read back from jsonb (or a merged one), through the same schema that admitted it. */
export function storedConfig(value: unknown): SessionConfig {
  return configSchema.parse(value);
}

/** Tags in one form: `[..]` means enable. */
export function tagSets(tags: ToolRouterTags | undefined): { enable?: ToolRouterHint[]; disable?: ToolRouterHint[] } {
  if (tags === undefined) return {};
  return Array.isArray(tags) ? { enable: tags } : tags;
}

function echoTags(tags: ToolRouterTags | undefined) {
  const { enable, disable } = tagSets(tags);
  return { ...(enable ? { enabled: enable } : {}), ...(disable ? { disabled: disable } : {}) };
}

/**
 * The config in the hosted echo spelling (`enabled`/`disabled`; `proxy_execution_enabled`). Absent blocks are
 * undefined here, which JSON leaves out.
 */
export function echoConfig(userId: string, config: SessionConfig): ToolRouterConfig {
  const { toolkits, tools, tags, manage_connections: manage, workbench } = config;
  return {
    user_id: userId,
    toolkits: toolkits && (toolkits.enable ? { enabled: toolkits.enable } : { disabled: toolkits.disable ?? [] }),
    tools:
      tools &&
      Object.fromEntries(
        Object.entries(tools).map(([slug, filter]) => [
          slug,
          filter.enable
            ? { enabled: filter.enable }
            : filter.disable
              ? { disabled: filter.disable }
              : { tags: echoTags(filter.tags) },
        ]),
      ),
    tags: tags && echoTags(tags),
    auth_configs: config.auth_configs,
    connected_accounts: config.connected_accounts,
    manage_connections: manage && {
      enabled: manage.enable ?? true,
      callback_url: manage.callback_url,
      enable_connection_removal: manage.enable_connection_removal,
      enable_wait_for_connections: manage.enable_wait_for_connections,
    },
    preload: { tools: config.preload?.tools ?? [] },
    search: { enable: config.search?.enable ?? true },
    execute: { enable_multi_execute: config.execute?.enable_multi_execute ?? true },
    workbench: workbench && {
      enable: workbench.enable,
      proxy_execution_enabled: workbench.enable_proxy_execution,
      auto_offload_threshold: workbench.auto_offload_threshold,
      sandbox_size: workbench.sandbox_size,
    },
    multi_account: config.multi_account,
    experimental: config.experimental,
  };
}

const merged = ['manage_connections', 'workbench', 'multi_account'] as const;

/**
 * A PATCH over the stored config, as the hosted docs define it: only the fields given change; maps and lists
 * replace; manage_connections, workbench and multi_account merge key by key; `null` clears a block.
 */
export function patchConfig(config: SessionConfig, patch: SessionPatch): SessionConfig {
  const out: Record<string, unknown> = { ...config };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else if ((merged as readonly string[]).includes(key) && typeof out[key] === 'object' && out[key] !== null)
      out[key] = { ...out[key], ...value };
    else out[key] = value;
  }
  return storedConfig(out);
}
