// The programmatic surface: other packages' tests start a real server with startServer({ port: 0, … }).
export { type AppDeps, createApp, maxBodyBytes } from './boot/app.js';
export { banner } from './boot/banner.js';
export { ConfigError, loadConfig, type ServerConfig } from './boot/config.js';
export { type ContextOptions, createContext } from './boot/context.js';
export { type DatabaseChoice, type RunningServer, type StartOptions, startServer } from './boot/server.js';
export type { ServerContext } from './context.js';
export type { Database, Queryable, SqlValue } from './db/database.js';
export { migrate } from './db/migrate.js';
export { openPglite } from './db/pglite.js';
export { openPostgres, type PostgresOptions } from './db/postgres.js';
export { type AuthConfigRow, insertAuthConfig, type NewAuthConfig } from './store/auth-configs.js';
export {
  type ConnectedAccountRow,
  type ConnectedAccountStatus,
  insertConnectedAccount,
  type NewConnectedAccount,
} from './store/connected-accounts.js';
export { builtinToolkitCatalog, builtinToolkitSlugs } from './toolkits/builtin/infos.js';
export type { ToolkitCatalog, ToolkitInfo } from './toolkits/toolkit-catalog.js';
export { createLogger, type Logger, type LogLevel } from './util/logger.js';
