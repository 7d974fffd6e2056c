import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PatchbayApp } from '../src/app.js';
import { commandIds, commandMap } from '../src/commands.js';
import { FakeHost } from './support/fake-host.js';

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; contents: string }[];
    mcpServerDefinitionProviders: { id: string; label: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}

const root = join(import.meta.dirname, '..');
const manifest: Manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const declared = manifest.contributes.commands.map((c) => c.command);

describe('package.json', () => {
  it('every command has the category "Patchbay", a title and a handler', () => {
    const handlers = commandMap(new PatchbayApp(new FakeHost()));
    for (const command of manifest.contributes.commands) {
      expect(command.category, command.command).toBe('Patchbay');
      expect(command.title.trim().length, command.command).toBeGreaterThan(3);
      expect(typeof handlers[command.command as keyof typeof handlers], command.command).toBe('function');
    }
  });

  it('every handler is declared, once', () => {
    expect([...declared].sort()).toEqual([...commandIds].sort());
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(commandMap(new PatchbayApp(new FakeHost()))).sort()).toEqual([...commandIds].sort());
  });

  it('menus and welcome links name declared commands only', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) expect(declared, `${menu}: ${entry.command}`).toContain(entry.command);
    }
    for (const welcome of manifest.contributes.viewsWelcome) {
      for (const [, command] of welcome.contents.matchAll(/\(command:([^)]+)\)/g)) expect(declared).toContain(command);
    }
  });

  it('activates only on the view, its commands and the MCP provider', () => {
    const viewIds = Object.values(manifest.contributes.views).flatMap((views) => views.map((v) => v.id));
    const providers = manifest.contributes.mcpServerDefinitionProviders.map((p) => p.id);
    const allowed = new Set([
      ...viewIds.map((id) => `onView:${id}`),
      ...declared.map((id) => `onCommand:${id}`),
      ...providers.map((id) => `onMcpCollection:${id}`),
    ]);
    for (const event of manifest.activationEvents) expect(allowed, event).toContain(event);
    expect(providers).toEqual(['patchbay']);
    expect(manifest.contributes.viewsWelcome.map((w) => w.view)).toEqual(viewIds.flatMap((id) => [id, id]));
  });

  it('needs VS Code 1.101+ (the stable MCP provider API) and ships the bundle', () => {
    expect(manifest.engines.vscode).toBe('^1.101.0');
    expect(manifest.main).toBe('./dist/extension.cjs');
  });

  it('settings live under patchbay.*', () => {
    for (const key of Object.keys(manifest.contributes.configuration.properties))
      expect(key).toMatch(/^patchbay\.\w+$/);
  });
});

describe('structure', () => {
  it('only extension.ts and vscode-host.ts import vscode', async () => {
    const files = (await readdir(join(root, 'src'))).filter((f) => f.endsWith('.ts'));
    const importing = [];
    for (const file of files) {
      const text = await readFile(join(root, 'src', file), 'utf8');
      if (/from 'vscode'|require\('vscode'\)/.test(text)) importing.push(file);
    }
    expect(importing.sort()).toEqual(['extension.ts', 'vscode-host.ts']);
  });

  it('no API call of its own: no fetch, every request goes through @patchbay/sdk or @patchbay/core', async () => {
    const files = (await readdir(join(root, 'src'))).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const text = await readFile(join(root, 'src', file), 'utf8');
      expect(text, file).not.toMatch(/\bfetch\(|node:http|\/api\/v3/);
    }
  });
});
