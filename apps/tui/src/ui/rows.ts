// Rows on their way to the reducer: tied to their list by name, and the walks that fetch them.
import type { Patchbay } from '@patchbay/sdk';
import type { ListName, Rows, RowTypes, UserRow } from './state.js';

/** What the feeds walk: an SDK iterator's pages (core's paginator), or a walk made of several. */
export interface Pages<T> {
  pages(): AsyncIterable<readonly T[]>;
}

/** One entry per list: the list's name fixes its row type, so rows reach the reducer tied to their list, no cast. */
export const tagged: { [N in ListName]: (rows: readonly RowTypes[N][]) => Rows } = {
  servers: (rows) => ({ list: 'servers', rows }),
  toolkits: (rows) => ({ list: 'toolkits', rows }),
  toolkit: (rows) => ({ list: 'toolkit', rows }),
  calls: (rows) => ({ list: 'calls', rows }),
  tools: (rows) => ({ list: 'tools', rows }),
  users: (rows) => ({ list: 'users', rows }),
  allUsers: (rows) => ({ list: 'allUsers', rows }),
  accounts: (rows) => ({ list: 'accounts', rows }),
};

/** Every server's users, server by server (servers without users cost no request), as pages of one server each. */
export function usersAcrossServers(patchbay: Patchbay, search: string | undefined, limit: number): Pages<UserRow> {
  return {
    async *pages() {
      for await (const server of patchbay.mcp.iterate({ limit: 100 })) {
        if (server.serverInstanceCount === 0) continue;
        for await (const page of patchbay.mcp.instances.iterate(server.id, { limit, search }).pages()) {
          if (page.length > 0) yield page.map((instance) => ({ ...instance, serverName: server.name }));
        }
      }
    },
  };
}
