import { authCacheTtlMs, TtlCache } from '../util/ttl-cache.js';
import type { ApiKeyRow } from './api-keys.js';
import type { Invalidation } from './invalidations.js';
import type { McpServerRow } from './mcp-servers.js';
import type { ScopedTokenRow } from './scoped-tokens.js';

const serverKey = (projectId: string, id: string) => `${projectId}/${id.toLowerCase()}`;

/**
 * The rows every MCP request and API call reads (API keys, scoped tokens, server rows), cached per app so the hot
 * path skips a round trip each. One instance per app context, so two apps in one process never share entries.
 * Writers announce each change from its transaction (invalidations.ts) and every replica, this one included, applies
 * it on the notification; the TTL bounds staleness only while the notification channel is down.
 */
export class HotRows {
  readonly apiKeys: TtlCache<ApiKeyRow>;
  /** By the token's digest (hex). */
  readonly tokens: TtlCache<ScopedTokenRow>;
  private readonly servers: TtlCache<McpServerRow>;

  /** `ttlMs`: how long a row is trusted when no invalidation reaches this replica (the notification channel down). */
  constructor(ttlMs = authCacheTtlMs) {
    this.apiKeys = new TtlCache(ttlMs);
    this.tokens = new TtlCache(ttlMs);
    this.servers = new TtlCache(ttlMs);
  }

  /** Applies an invalidation, this replica's own or another's (invalidations.ts). */
  apply(change: Invalidation): void {
    switch (change.kind) {
      case 'api_key':
        return this.forgetApiKey(change.id);
      case 'server':
        return this.forgetServer(change.projectId, change.id);
      case 'tokens':
        return this.forgetTokensOf(change.projectId, change.serverId, change.userId);
    }
  }

  /** After invalidations may have been missed (the channel was down): trust nothing cached. */
  forgetAll(): void {
    this.apiKeys.clear();
    this.tokens.clear();
    this.servers.clear();
  }

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
