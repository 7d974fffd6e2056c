import { authCacheTtlMs, TtlCache } from '../util/ttl-cache.js';
import type { ApiKeyRow } from './api-keys.js';
import type { McpServerRow } from './mcp-servers.js';
import type { ScopedTokenRow } from './scoped-tokens.js';

const serverKey = (projectId: string, id: string) => `${projectId}/${id.toLowerCase()}`;

/**
 * The rows every MCP request and API call reads (API keys, scoped tokens, server rows), cached per app for
 * `authCacheTtlMs` so the hot path skips a round trip each. One instance per app context, so two apps in one process
 * never share entries; writers call the `forget…` methods after their change commits, so this replica sees it at
 * once and others within the TTL.
 */
export class HotRows {
  readonly apiKeys = new TtlCache<ApiKeyRow>(authCacheTtlMs);
  /** By the token's digest (hex). */
  readonly tokens = new TtlCache<ScopedTokenRow>(authCacheTtlMs);
  private readonly servers = new TtlCache<McpServerRow>(authCacheTtlMs);

  server(projectId: string, id: string): McpServerRow | undefined {
    return this.servers.get(serverKey(projectId, id));
  }

  keepServer(row: McpServerRow): void {
    this.servers.set(serverKey(row.project_id, row.id), row);
  }

  /** After a server is patched or deleted: its MCP URLs answer from the new row (or 404) from the next request. */
  forgetServer(projectId: string, id: string): void {
    this.servers.delete(serverKey(projectId, id));
  }

  /** After a key is revoked. */
  forgetApiKey(id: string): void {
    this.apiKeys.deleteWhere((row) => row.id === id);
  }

  /** After a user's tokens for a server are revoked (their instance was deleted). */
  forgetTokensOf(projectId: string, serverId: string, userId: string): void {
    this.tokens.deleteWhere(
      (row) => row.project_id === projectId && row.server_id === serverId.toLowerCase() && row.user_id === userId,
    );
  }
}
