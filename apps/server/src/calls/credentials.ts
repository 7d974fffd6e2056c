import type { ToolkitMeta } from '../toolkits/registry.js';

export type CallCredentials =
  | {
      ok: true;
      connectedAccountId?: string | undefined;
      credentials?: Readonly<Record<string, string>> | undefined;
      /** Fresh credentials after the upstream answered 401 (an OAuth token refreshed); the call is tried once more. */
      afterUnauthorized?: (() => Promise<CallCredentials>) | undefined;
    }
  | { ok: false; message: string };

/**
 * Supplies the connected account a tool call acts with: accounts/credential-provider.ts over connected accounts and
 * their encrypted secrets; `noAccountsProvider` where only tools that need no account may run (tests).
 */
export interface CredentialProvider {
  forCall(request: {
    projectId: string;
    userId: string;
    connectedAccountId: string | undefined;
    toolkit: ToolkitMeta;
    /** The MCP server's auth configs (preferred when the user has several accounts) and whether it manages auth. */
    server?: { authConfigIds: readonly string[]; managedAuth: boolean } | undefined;
  }): Promise<CallCredentials>;
}

export const noAccountsProvider: CredentialProvider = {
  async forCall({ userId, toolkit, connectedAccountId }) {
    if (toolkit.noAuth && connectedAccountId === undefined) return { ok: true };
    return {
      ok: false,
      message:
        `The ${toolkit.name} toolkit needs a connected account for user "${userId}", and none is connected. ` +
        'Connect one (POST /api/v3/connected_accounts with an auth config of this toolkit), then call again.',
    };
  },
};
