// The programmatic surface: other packages' tests start a real server with startServer({ port: 0, … }).
export { type AppDeps, createApp, maxBodyBytes } from './app.js';
export { banner } from './banner.js';
export { ConfigError, loadConfig, type ServerConfig } from './config.js';
export type { Database, Queryable, SqlValue } from './db/database.js';
export { migrate } from './db/migrate.js';
export { openPglite } from './db/pglite.js';
export { openPostgres, type PostgresOptions } from './db/postgres.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { type DatabaseChoice, type RunningServer, type StartOptions, startServer } from './server.js';
export { type AuthConfigRow, insertAuthConfig, type NewAuthConfig } from './store/auth-configs.js';
export {
  type ConnectedAccountRow,
  type ConnectedAccountStatus,
  insertConnectedAccount,
  type NewConnectedAccount,
} from './store/connected-accounts.js';
export { builtinToolkitCatalog, builtinToolkitSlugs } from './toolkits/builtin.js';
export type { ToolkitCatalog, ToolkitInfo } from './toolkits/catalog.js';
