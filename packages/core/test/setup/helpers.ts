import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { SetupEnvironment } from '../../src/setup/paths.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temp home (and project folder inside it), removed after the test. */
export async function tempHome(): Promise<{ home: string; environment: SetupEnvironment }> {
  const home = await mkdtemp(path.join(tmpdir(), 'patchbay-setup-'));
  made.push(home);
  return { home, environment: { platform: 'linux', home, env: {}, cwd: path.join(home, 'project') } };
}

export const serverUrl = 'http://127.0.0.1:8787/v3/mcp/3f9c1a2b-0000-4000-8000-000000000001';

export function parseJson(text: string): unknown {
  return JSON.parse(text);
}
