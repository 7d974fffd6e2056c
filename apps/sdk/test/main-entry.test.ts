import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Patchbay } from '../src/index.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Bundles an entry for browsers: esbuild refuses any `node:` import (or a Node built-in) anywhere in its graph. */
async function bundleForBrowser(entry: string) {
  return build({
    entryPoints: [join(src, entry)],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  }).then(
    (result) => ({ ok: true, errors: result.errors.map((e) => e.text) }),
    (error: unknown) => ({
      ok: false,
      errors:
        typeof error === 'object' && error !== null && 'errors' in error && Array.isArray(error.errors)
          ? error.errors.map((e: unknown) => (typeof e === 'object' && e !== null && 'text' in e ? String(e.text) : ''))
          : [String(error)],
    }),
  );
}

describe('the main entry', () => {
  it('bundles for browsers with everything it imports (no Node-only module anywhere)', async () => {
    expect(await bundleForBrowser('index.ts')).toEqual({ ok: true, errors: [] });
    // The check can fail: the Node entry reads files, and esbuild says so.
    const node = await bundleForBrowser('node.ts');
    expect(node.ok).toBe(false);
    expect(node.errors.join('\n')).toMatch(/node:fs|node:os/);
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
