// The confirms that name what a delete takes with it (a server's users, a user's tokens).
import type { McpServer } from '@patchbay/sdk';
import type { Action } from './state.js';

const users = (n: number) => (n === 1 ? '1 user' : `${n} users`);

export function removeUser(serverId: string, serverName: string, userId: string): Action {
  return {
    type: 'overlay',
    overlay: {
      kind: 'confirm',
      message: `Remove user "${userId}" from "${serverName}"? Their URL and scoped tokens are revoked.`,
      onYes: { type: 'delete/user', serverId, userId },
    },
  };
}

export function deleteServer(server: Pick<McpServer, 'id' | 'name'> & { serverInstanceCount?: number }): Action {
  const count = server.serverInstanceCount === undefined ? '' : ` and its ${users(server.serverInstanceCount)}`;
  return {
    type: 'overlay',
    overlay: {
      kind: 'confirm',
      message: `Delete server "${server.name}" (${server.id})${count}? Every URL and token for it stops working.`,
      onYes: { type: 'delete/server', serverId: server.id, name: server.name },
    },
  };
}
