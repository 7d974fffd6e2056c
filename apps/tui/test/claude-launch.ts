import path from 'node:path';

/** What Claude Desktop spawns for one stdio entry: the command, its arguments, and the env added to its own. */
export interface Launch {
  command: string;
  args: string[];
  env: Record<string, string>;
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;

/** Reads an entry from claude_desktop_config.json text exactly as Claude Desktop does; throws when it is not a stdio entry. */
export function claudeDesktopLaunch(configText: string, name: string): Launch {
  const config: unknown = JSON.parse(configText);
  const servers = typeof config === 'object' && config !== null ? Reflect.get(config, 'mcpServers') : undefined;
  const entry: unknown = typeof servers === 'object' && servers !== null ? Reflect.get(servers, name) : undefined;
  if (typeof entry !== 'object' || entry === null) throw new Error(`no entry "${name}"`);
  const command: unknown = Reflect.get(entry, 'command');
  const args = strings(Reflect.get(entry, 'args') ?? []);
  const rawEnv: unknown = Reflect.get(entry, 'env') ?? {};
  if (typeof command !== 'string' || args === undefined || typeof rawEnv !== 'object' || rawEnv === null) {
    throw new Error(`entry "${name}" is not a stdio entry`);
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawEnv)) {
    if (typeof value !== 'string') throw new Error(`env ${key} is not a string`);
    env[key] = value;
  }
  return { command, args, env };
}

/**
 * The same launch without the network: `npx -y <package> …` becomes the package's binary from a local
 * node_modules/.bin, with the same remaining arguments.
 */
export function offlineLaunch(launch: Launch, binDir: string): Launch {
  const [yes, pkg, ...rest] = launch.args;
  if (launch.command !== 'npx' || yes !== '-y' || pkg === undefined)
    throw new Error('not an `npx -y <package>` launch');
  return { command: path.join(binDir, pkg), args: rest, env: launch.env };
}
