import type { SetupClient } from '../setup-command.js';
import { SetupUsageError } from './errors.js';
import { appConfigBase, joinFor, type SetupEnvironment } from './paths.js';

export type SetupScope = 'user' | 'project';
export const setupScopes: readonly SetupScope[] = ['user', 'project'];

/** The object in a client's config file that maps entry names to server entries. */
export type ServersKey = 'mcpServers' | 'servers';

/** What one AI client needs: where its config lives, the key holding its servers, and how to tell it is installed. */
export interface ClientSpec {
  id: SetupClient;
  label: string;
  serversKey: ServersKey;
  userPath: (environment: SetupEnvironment) => string;
  /** Only for clients that also read a config from the project folder. */
  projectPath?: (environment: SetupEnvironment) => string;
  /** Folders or files whose existence means the client has been installed or run on this machine. */
  markers: (environment: SetupEnvironment) => string[];
}

const home = (e: SetupEnvironment, ...parts: string[]) => joinFor(e.platform, e.home, ...parts);
const base = (e: SetupEnvironment, ...parts: string[]) => joinFor(e.platform, appConfigBase(e), ...parts);
const project = (e: SetupEnvironment, ...parts: string[]) => joinFor(e.platform, e.cwd, ...parts);
const clineExtension = 'saoudrizwan.claude-dev';

export const clientSpecs: Record<SetupClient, ClientSpec> = {
  claude: {
    id: 'claude',
    label: 'Claude Desktop',
    serversKey: 'mcpServers',
    userPath: (e) => base(e, 'Claude', 'claude_desktop_config.json'),
    markers: (e) => [base(e, 'Claude')],
  },
  'claude-code': {
    id: 'claude-code',
    label: 'Claude Code',
    serversKey: 'mcpServers',
    userPath: (e) => home(e, '.claude.json'),
    projectPath: (e) => project(e, '.mcp.json'),
    markers: (e) => [home(e, '.claude.json'), home(e, '.claude')],
  },
  cursor: {
    id: 'cursor',
    label: 'Cursor',
    serversKey: 'mcpServers',
    userPath: (e) => home(e, '.cursor', 'mcp.json'),
    projectPath: (e) => project(e, '.cursor', 'mcp.json'),
    markers: (e) => [home(e, '.cursor')],
  },
  windsurf: {
    id: 'windsurf',
    label: 'Windsurf',
    serversKey: 'mcpServers',
    userPath: (e) => home(e, '.codeium', 'windsurf', 'mcp_config.json'),
    markers: (e) => [home(e, '.codeium', 'windsurf')],
  },
  vscode: {
    id: 'vscode',
    label: 'VS Code',
    serversKey: 'servers',
    userPath: (e) => base(e, 'Code', 'User', 'mcp.json'),
    projectPath: (e) => project(e, '.vscode', 'mcp.json'),
    markers: (e) => [base(e, 'Code', 'User')],
  },
  gemini: {
    id: 'gemini',
    label: 'Gemini CLI',
    serversKey: 'mcpServers',
    userPath: (e) => home(e, '.gemini', 'settings.json'),
    projectPath: (e) => project(e, '.gemini', 'settings.json'),
    markers: (e) => [home(e, '.gemini')],
  },
  cline: {
    id: 'cline',
    label: 'Cline',
    serversKey: 'mcpServers',
    userPath: (e) => base(e, 'Code', 'User', 'globalStorage', clineExtension, 'settings', 'cline_mcp_settings.json'),
    markers: (e) => [base(e, 'Code', 'User', 'globalStorage', clineExtension)],
  },
};

export function clientScopes(client: SetupClient): SetupScope[] {
  return clientSpecs[client].projectPath === undefined ? ['user'] : ['user', 'project'];
}

/** The config file `patchbay setup` writes for a client; throws when the client has no such scope. */
export function clientConfigPath(client: SetupClient, scope: SetupScope, environment: SetupEnvironment): string {
  const spec = clientSpecs[client];
  if (scope === 'user') return spec.userPath(environment);
  if (spec.projectPath === undefined) {
    throw new SetupUsageError(`${spec.label} has no project-scoped config.`, 'Use --scope user (the default).');
  }
  return spec.projectPath(environment);
}
