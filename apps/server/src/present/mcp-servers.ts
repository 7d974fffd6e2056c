import { clientCommands, type McpServer, type McpServerDetail, mcpServerUrl } from '@patchbay/core';
import type { Downloads } from '../pages/downloads.js';
import type { McpServerRow } from '../store/mcp-servers.js';
import type { ToolkitCatalog } from '../toolkits/toolkit-catalog.js';
import { iso } from './iso.js';

export interface Presenter {
  server(row: McpServerRow): Promise<McpServer>;
  serverDetail(row: McpServerRow): Promise<McpServerDetail>;
  /** `<public url>/v3/mcp/<id>?user_id=default` — what `mcp_url` and `commands` carry. */
  defaultUserUrl(id: string): string;
}

export function presenter(publicUrl: string, catalog: ToolkitCatalog, downloads: Downloads): Presenter {
  const defaultUserUrl = (id: string) => mcpServerUrl(publicUrl, id, { userId: 'default' });
  const server = async (row: McpServerRow): Promise<McpServer> => {
    const icons: Record<string, string> = {};
    for (const slug of row.toolkits) {
      const info = await catalog.get(row.project_id, slug);
      if (info) icons[slug] = info.logo;
    }
    const url = defaultUserUrl(row.id);
    return {
      id: row.id,
      name: row.name,
      auth_config_ids: row.auth_config_ids,
      allowed_tools: row.allowed_tools,
      allowed_resources: row.allowed_resources,
      allowed_prompts: row.allowed_prompts,
      toolkits: row.toolkits,
      toolkit_icons: icons,
      mcp_url: url,
      commands: clientCommands(downloads.url(publicUrl, 'cli'), url),
      server_instance_count: row.instance_count,
      managed_auth_via_composio: row.managed_auth_via_composio,
      created_at: iso(row.created_at),
      updated_at: iso(row.updated_at),
    };
  };
  return {
    server,
    serverDetail: async (row) => ({ ...(await server(row)), deleted: row.deleted_at !== null }),
    defaultUserUrl,
  };
}
