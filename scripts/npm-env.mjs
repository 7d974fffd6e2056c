// The environment for an npm run from under pnpm (the tests and builds run as pnpm scripts). pnpm exports its own
// settings as npm_config_*, which npm would take as its own: it warns of each one it does not know, and tools that
// read npm_config_user_agent (code-server's postinstall) see pnpm's Node instead of npm's. npm reads its own
// configuration files instead.

/**
 * @param {Record<string, string>} [extra] npm_config_* (or other) settings for this run
 * @returns {Record<string, string | undefined>}
 */
export function npmEnv(extra = {}) {
  const inherited = Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_'));
  return { ...Object.fromEntries(inherited), ...extra };
}
