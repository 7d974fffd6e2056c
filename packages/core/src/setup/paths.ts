import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Everything a config path depends on, injected so that every OS can be computed (and tested) on any OS.
 * `cwd` is the project folder for the project scope.
 */
export interface SetupEnvironment {
  platform: NodeJS.Platform;
  home: string;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The path flavour of the target OS, not of the OS we run on. */
export function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

export function joinFor(platform: NodeJS.Platform, ...parts: string[]): string {
  return pathFor(platform).join(...parts);
}

/**
 * Where per-user application settings live: `~/Library/Application Support` on macOS, `%APPDATA%` on Windows
 * (`<home>\AppData\Roaming` when unset), `$XDG_CONFIG_HOME` or `~/.config` elsewhere.
 */
export function appConfigBase(environment: SetupEnvironment): string {
  const { platform, home, env } = environment;
  const p = pathFor(platform);
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support');
  if (platform === 'win32') {
    const appData = env.APPDATA;
    return appData !== undefined && appData !== '' ? appData : p.join(home, 'AppData', 'Roaming');
  }
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says a relative value is invalid and must be ignored.
  return xdg !== undefined && xdg !== '' && p.isAbsolute(xdg) ? xdg : p.join(home, '.config');
}

/** This process's environment, with any part overridden (tests, or a VS Code extension's workspace folder). */
export function currentEnvironment(overrides: Partial<SetupEnvironment> = {}): SetupEnvironment {
  return {
    platform: overrides.platform ?? process.platform,
    home: overrides.home ?? homedir(),
    env: overrides.env ?? process.env,
    cwd: overrides.cwd ?? process.cwd(),
  };
}
