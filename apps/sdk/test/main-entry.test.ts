import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Patchbay } from '../src/index.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Every relative module reachable from `entry`, and the bare/`node:` specifiers they import. */
async function importGraph(entry: string): Promise<{ files: string[]; external: string[] }> {
  const files: string[] = [];
  const external = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (file === undefined || files.includes(file)) continue;
    files.push(file);
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else external.add(specifier);
    }
  }
  return { files, external: [...external].sort() };
}

describe('the main entry', () => {
  it('imports nothing Node-only (it must run in browsers, Deno, Bun and workers)', async () => {
    const { files, external } = await importGraph(join(src, 'index.ts'));
    expect(files.length).toBeGreaterThan(5);
    expect(external.filter((s) => s.startsWith('node:') || s === '@patchbay/core/node')).toEqual([]);
    expect(files.some((f) => f.endsWith('node.ts'))).toBe(false);
  });

  it('reads PATCHBAY_API_KEY and PATCHBAY_BASE_URL when no options are given', () => {
    vi.stubEnv('PATCHBAY_API_KEY', 'pb_from_env');
    vi.stubEnv('PATCHBAY_BASE_URL', 'http://127.0.0.1:9999');
    expect(new Patchbay().baseURL).toBe('http://127.0.0.1:9999');
    expect(new Patchbay({ baseURL: 'https://patchbay.example' }).baseURL).toBe('https://patchbay.example');
  });

  it('without a key fails at construction with a PatchbayError saying what to set', () => {
    vi.stubEnv('PATCHBAY_API_KEY', '');
    expect(() => new Patchbay()).toThrowError(expect.objectContaining({ slug: 'no_api_key', status: 0 }));
    expect(() => new Patchbay()).toThrowError(/PATCHBAY_API_KEY/);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => new Patchbay({ apiKey: 'k', baseURL: 'ftp://x' })).toThrowError(
      expect.objectContaining({ slug: 'invalid_base_url' }),
    );
  });
});
