import type { McpServerInstance } from '@patchbay/sdk';
import type { Host } from './host.js';

/** One Patchbay server a person added to VS Code, for one of its users. The token is kept in SecretStorage. */
export interface AddedServer {
  serverId: string;
  serverName: string;
  userId: string;
  url: string;
}

/** What VS Code needs to list a server (extension.ts turns it into a McpHttpServerDefinition). */
export interface DefinitionSpec {
  label: string;
  url: string;
  /** Changes when the entry is re-added, so VS Code drops its cached tool list. */
  version: string;
}

const stateKey = 'patchbay.addedServers';

function secretKey(serverId: string, userId: string): string {
  return `patchbay.mcpHeaders/${serverId}/${encodeURIComponent(userId)}`;
}

export function definitionLabel(entry: Pick<AddedServer, 'serverName' | 'userId'>): string {
  return `${entry.serverName} (${entry.userId})`;
}

/**
 * The servers registered with VS Code's own MCP support: definitions are listed without secrets, and the scoped
 * bearer header is read from SecretStorage only when VS Code starts one (resolve).
 */
export class McpRegistry {
  constructor(private readonly host: Host) {}

  list(): AddedServer[] {
    return this.host.state.get<AddedServer[]>(stateKey) ?? [];
  }

  definitions(): DefinitionSpec[] {
    const versions = this.host.state.get<Record<string, string>>(`${stateKey}.versions`) ?? {};
    return this.list().map((entry) => ({
      label: definitionLabel(entry),
      url: entry.url,
      version: versions[secretKey(entry.serverId, entry.userId)] ?? '1',
    }));
  }

  find(label: string): AddedServer | undefined {
    return this.list().find((entry) => definitionLabel(entry) === label);
  }

  async add(serverName: string, instance: McpServerInstance): Promise<AddedServer> {
    const entry: AddedServer = { serverId: instance.id, serverName, userId: instance.userId, url: instance.url };
    const key = secretKey(entry.serverId, entry.userId);
    await this.host.secrets.store(key, JSON.stringify(instance.headers));
    const rest = this.list().filter((e) => !(e.serverId === entry.serverId && e.userId === entry.userId));
    const versions = this.host.state.get<Record<string, string>>(`${stateKey}.versions`) ?? {};
    await this.host.state.update(`${stateKey}.versions`, { ...versions, [key]: String(Date.now()) });
    await this.host.state.update(stateKey, [...rest, entry]);
    this.host.mcpServersChanged();
    return entry;
  }

  /** After a server is renamed: its entries are re-added under the new name, with their stored tokens. */
  async rename(serverId: string, name: string): Promise<void> {
    for (const entry of this.list().filter((e) => e.serverId === serverId)) {
      const headers = await this.headers(entry);
      await this.remove(entry.serverId, entry.userId);
      if (headers === undefined) continue;
      await this.add(name, {
        id: entry.serverId,
        name,
        type: 'streamable_http',
        url: entry.url,
        userId: entry.userId,
        allowedTools: [],
        authConfigs: [],
        headers,
      });
    }
  }

  async remove(serverId: string, userId?: string): Promise<AddedServer[]> {
    const removed = this.list().filter((e) => e.serverId === serverId && (userId === undefined || e.userId === userId));
    if (removed.length === 0) return [];
    for (const entry of removed) await this.host.secrets.delete(secretKey(entry.serverId, entry.userId));
    const kept = this.list().filter((e) => !(e.serverId === serverId && (userId === undefined || e.userId === userId)));
    await this.host.state.update(stateKey, kept);
    this.host.mcpServersChanged();
    return removed;
  }

  /** The headers VS Code sends when it starts the server: the user's scoped token, from SecretStorage. */
  async headers(entry: AddedServer): Promise<Record<string, string> | undefined> {
    const stored = await this.host.secrets.get(secretKey(entry.serverId, entry.userId));
    if (stored === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(stored);
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      return Object.fromEntries(
        Object.entries(parsed).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
      );
    } catch {
      return undefined;
    }
  }

  async storeHeaders(entry: AddedServer, headers: Record<string, string>): Promise<void> {
    await this.host.secrets.store(secretKey(entry.serverId, entry.userId), JSON.stringify(headers));
  }
}
