import type { Database } from '../db/database.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import type { Logger } from '../util/logger.js';
import { newMasterKey, Vault } from './crypto.js';
import type { AccountsDeps } from './deps.js';

/**
 * Builds the accounts dependencies. The registry is looked up lazily because it is made by createServices, which
 * itself needs the credential provider built from these deps.
 */
export function createAccountsDeps(options: {
  db: Database;
  vault: Vault;
  publicUrl: string;
  logger: Logger;
  registry: () => ToolkitRegistry | undefined;
  fetch?: typeof fetch | undefined;
}): AccountsDeps {
  return {
    db: options.db,
    vault: options.vault,
    publicUrl: options.publicUrl,
    logger: options.logger,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    toolkits: { find: async (projectId, slug) => options.registry()?.find(projectId, slug) },
  };
}

/**
 * A key that lives only in memory, for an app built without a data dir (in-process tests): whatever it seals is
 * unreadable after the process ends. startServer always loads the real master key.
 */
export const ephemeralVault = (): Vault => new Vault(newMasterKey());
