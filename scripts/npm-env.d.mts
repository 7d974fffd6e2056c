/** The environment for an npm run from under pnpm: this process's, without pnpm's npm_config_*, plus `extra`. */
export function npmEnv(extra?: Record<string, string>): Record<string, string | undefined>;
