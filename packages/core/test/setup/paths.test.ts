import { describe, expect, it } from 'vitest';
import { clientConfigPath } from '../../src/setup/clients.js';
import { SetupUsageError } from '../../src/setup/errors.js';
import { appConfigBase, type SetupEnvironment } from '../../src/setup/paths.js';

const mac = (env: Record<string, string> = {}): SetupEnvironment => ({
  platform: 'darwin',
  home: '/Users/ada',
  env,
  cwd: '/Users/ada/work/app',
});
const linux = (env: Record<string, string> = {}): SetupEnvironment => ({
  platform: 'linux',
  home: '/home/ada',
  env,
  cwd: '/home/ada/work/app',
});
const windows = (env: Record<string, string> = {}): SetupEnvironment => ({
  platform: 'win32',
  home: 'C:\\Users\\Ada',
  env,
  cwd: 'D:\\work\\app',
});

describe('appConfigBase', () => {
  it('uses Application Support on macOS, whatever XDG says', () => {
    expect(appConfigBase(mac({ XDG_CONFIG_HOME: '/elsewhere' }))).toBe('/Users/ada/Library/Application Support');
  });
  it('uses APPDATA on Windows, and AppData\\Roaming when it is unset', () => {
    expect(appConfigBase(windows({ APPDATA: 'E:\\Roam' }))).toBe('E:\\Roam');
    expect(appConfigBase(windows())).toBe('C:\\Users\\Ada\\AppData\\Roaming');
  });
  it('uses XDG_CONFIG_HOME on Linux when absolute, else ~/.config', () => {
    expect(appConfigBase(linux({ XDG_CONFIG_HOME: '/xdg' }))).toBe('/xdg');
    expect(appConfigBase(linux())).toBe('/home/ada/.config');
    expect(appConfigBase(linux({ XDG_CONFIG_HOME: '' }))).toBe('/home/ada/.config');
    expect(appConfigBase(linux({ XDG_CONFIG_HOME: 'relative/dir' }))).toBe('/home/ada/.config');
  });
});

describe('clientConfigPath, user scope', () => {
  const cases: [Parameters<typeof clientConfigPath>[0], SetupEnvironment, string][] = [
    ['claude', mac(), '/Users/ada/Library/Application Support/Claude/claude_desktop_config.json'],
    [
      'claude',
      windows({ APPDATA: 'C:\\Users\\Ada\\AppData\\Roaming' }),
      'C:\\Users\\Ada\\AppData\\Roaming\\Claude\\claude_desktop_config.json',
    ],
    ['claude', windows(), 'C:\\Users\\Ada\\AppData\\Roaming\\Claude\\claude_desktop_config.json'],
    ['claude', linux(), '/home/ada/.config/Claude/claude_desktop_config.json'],
    ['claude', linux({ XDG_CONFIG_HOME: '/xdg' }), '/xdg/Claude/claude_desktop_config.json'],
    ['claude-code', mac(), '/Users/ada/.claude.json'],
    ['claude-code', windows({ APPDATA: 'E:\\Roam' }), 'C:\\Users\\Ada\\.claude.json'],
    ['claude-code', linux({ XDG_CONFIG_HOME: '/xdg' }), '/home/ada/.claude.json'],
    ['cursor', mac(), '/Users/ada/.cursor/mcp.json'],
    ['cursor', windows(), 'C:\\Users\\Ada\\.cursor\\mcp.json'],
    ['cursor', linux(), '/home/ada/.cursor/mcp.json'],
    ['windsurf', mac(), '/Users/ada/.codeium/windsurf/mcp_config.json'],
    ['windsurf', windows(), 'C:\\Users\\Ada\\.codeium\\windsurf\\mcp_config.json'],
    ['windsurf', linux({ XDG_CONFIG_HOME: '/xdg' }), '/home/ada/.codeium/windsurf/mcp_config.json'],
    ['vscode', mac(), '/Users/ada/Library/Application Support/Code/User/mcp.json'],
    ['vscode', windows({ APPDATA: 'E:\\Roam' }), 'E:\\Roam\\Code\\User\\mcp.json'],
    ['vscode', windows(), 'C:\\Users\\Ada\\AppData\\Roaming\\Code\\User\\mcp.json'],
    ['vscode', linux(), '/home/ada/.config/Code/User/mcp.json'],
    ['vscode', linux({ XDG_CONFIG_HOME: '/xdg' }), '/xdg/Code/User/mcp.json'],
    ['gemini', mac(), '/Users/ada/.gemini/settings.json'],
    ['gemini', windows(), 'C:\\Users\\Ada\\.gemini\\settings.json'],
    ['gemini', linux(), '/home/ada/.gemini/settings.json'],
    [
      'cline',
      mac(),
      '/Users/ada/Library/Application Support/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
    ],
    [
      'cline',
      windows({ APPDATA: 'E:\\Roam' }),
      'E:\\Roam\\Code\\User\\globalStorage\\saoudrizwan.claude-dev\\settings\\cline_mcp_settings.json',
    ],
    [
      'cline',
      linux({ XDG_CONFIG_HOME: '/xdg' }),
      '/xdg/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
    ],
    [
      'cline',
      linux(),
      '/home/ada/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
    ],
  ];
  it.each(cases)('%s on %s', (client, environment, expected) => {
    expect(clientConfigPath(client, 'user', environment)).toBe(expected);
  });
});

describe('clientConfigPath, project scope', () => {
  it('puts project files under the project folder, with the OS separator', () => {
    expect(clientConfigPath('claude-code', 'project', linux())).toBe('/home/ada/work/app/.mcp.json');
    expect(clientConfigPath('claude-code', 'project', windows())).toBe('D:\\work\\app\\.mcp.json');
    expect(clientConfigPath('cursor', 'project', mac())).toBe('/Users/ada/work/app/.cursor/mcp.json');
    expect(clientConfigPath('cursor', 'project', windows())).toBe('D:\\work\\app\\.cursor\\mcp.json');
    expect(clientConfigPath('vscode', 'project', linux())).toBe('/home/ada/work/app/.vscode/mcp.json');
    expect(clientConfigPath('vscode', 'project', windows())).toBe('D:\\work\\app\\.vscode\\mcp.json');
    expect(clientConfigPath('gemini', 'project', mac())).toBe('/Users/ada/work/app/.gemini/settings.json');
  });
  it('refuses a project scope for clients that have none', () => {
    for (const client of ['claude', 'windsurf', 'cline'] as const) {
      expect(() => clientConfigPath(client, 'project', linux())).toThrow(SetupUsageError);
    }
  });
});
