// Node-only parts of core: anything that touches the file system or the process.
export { discoverLocalServer, type LocalServer } from './local-discovery.js';

// `patchbay setup`: writing a Patchbay MCP URL into AI clients' config files.
export {
  type ClientSpec,
  clientConfigPath,
  clientScopes,
  clientSpecs,
  type SetupScope,
  setupScopes,
} from './setup/clients.js';
export { type ClientStatus, detectClients } from './setup/detect.js';
export { unifiedDiff } from './setup/diff.js';
export { apiKeyEnvVar, apiKeyHeader, defaultEntryName, entryUrl, isPatchbayEntry, parseHeader } from './setup/entry.js';
export { SetupUsageError } from './setup/errors.js';
export { appConfigBase, currentEnvironment, type SetupEnvironment } from './setup/paths.js';
export {
  applySetup,
  planSetup,
  type RemoveOptions,
  type RemoveResult,
  removeSetup,
  type SetupOptions,
  type SetupPlan,
  type SetupResult,
} from './setup/setup.js';
