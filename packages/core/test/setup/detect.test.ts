import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClients } from '../../src/setup/detect.js';
import { applySetup } from '../../src/setup/setup.js';
import { serverUrl, tempHome } from './helpers.js';

describe('detectClients', () => {
  it('lists every client and scope, which are present, and their Patchbay entries', async () => {
    const { home, environment } = await tempHome();
    await mkdir(path.join(home, '.gemini'));
    await mkdir(path.join(home, '.codeium', 'windsurf'), { recursive: true });
    await writeFile(path.join(home, '.codeium', 'windsurf', 'mcp_config.json'), '{"mcpServers": {"x": {,}}}');
    await mkdir(path.join(home, '.cursor'));
    await writeFile(
      path.join(home, '.cursor', 'mcp.json'),
      JSON.stringify({
        mcpServers: {
          github: { command: 'npx' },
          mine: { url: 'https://pb.example/v3/mcp/abc' },
          patchbay: { url: 'https://elsewhere' },
        },
      }),
    );
    await applySetup({ client: 'claude', url: serverUrl, headers: { 'x-api-key': 'k' }, environment });

    const statuses = await detectClients(environment);
    const row = (client: string, scope = 'user') => statuses.find((s) => s.client === client && s.scope === scope);
    expect(statuses.map((s) => `${s.client}/${s.scope}`)).toEqual([
      'claude/user',
      'claude-code/user',
      'claude-code/project',
      'cursor/user',
      'cursor/project',
      'windsurf/user',
      'vscode/user',
      'vscode/project',
      'gemini/user',
      'gemini/project',
      'cline/user',
    ]);
    expect(row('claude')).toMatchObject({ present: true, configExists: true, patchbayEntries: ['patchbay-3f9c1a2b'] });
    expect(row('cursor')).toMatchObject({ present: true, patchbayEntries: ['mine', 'patchbay'] });
    expect(row('gemini')).toMatchObject({ present: true, configExists: false, patchbayEntries: [] });
    expect(row('vscode')).toMatchObject({ present: false, configExists: false });
    expect(row('cursor', 'project')).toMatchObject({
      path: path.join(home, 'project', '.cursor', 'mcp.json'),
      present: false,
    });
    expect(row('windsurf')?.problem).toMatch(/is not valid JSON \(line 1, column 23/);
  });
});
