// Packs @patchbay/sdk as one self-contained tarball (pack/patchbay-sdk-<version>.tgz) that a Patchbay server serves
// at /sdk/…: esbuild bundles each entry with everything it imports (core, the MCP SDK's client, zod), so
// `npm install <server>/sdk/….tgz` fetches nothing from a registry. The declarations are tsc's, with core's beside
// them; the few library types they name (zod, openapi-fetch, the MCP SDK's Client) resolve when those packages are
// installed, so they are optional peers.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { packTarball } from '../../../scripts/pack-tarball.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const coreDist = join(dirname(fileURLToPath(import.meta.resolve('@patchbay/core'))));

function declarations(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarations(path);
    return name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Points `@patchbay/core` (and `/node`) in the SDK's declarations at the copy under dist/core/. */
function relink(stage) {
  const dist = join(stage, 'dist');
  for (const file of declarations(dist)) {
    if (file.startsWith(join(dist, 'core'))) continue;
    const toCore = relative(dirname(file), join(dist, 'core')) || '.';
    const prefix = toCore.startsWith('.') ? toCore : `./${toCore}`;
    const text = readFileSync(file, 'utf8').replace(
      /(['"])@patchbay\/core(\/node)?\1/g,
      (_, quote, node) => `${quote}${prefix}/${node ? 'node' : 'index'}.js${quote}`,
    );
    writeFileSync(file, text);
  }
}

const peers = {
  '@modelcontextprotocol/sdk': own.dependencies['@modelcontextprotocol/sdk'],
  zod: '^4.0.0',
  'openapi-fetch': '^0.17.0',
};

const file = await packTarball({
  outDir: join(root, 'pack'),
  manifest: {
    name: own.name,
    version: own.version,
    description: own.description,
    license: own.license,
    type: 'module',
    sideEffects: false,
    exports: own.exports,
    engines: own.engines,
    peerDependencies: peers,
    peerDependenciesMeta: Object.fromEntries(Object.keys(peers).map((name) => [name, { optional: true }])),
    keywords: own.keywords,
  },
  copy: [
    ...declarations(join(root, 'dist')).map((path) => [path, join('dist', relative(join(root, 'dist'), path))]),
    ...declarations(coreDist).map((path) => [path, join('dist', 'core', relative(coreDist, path))]),
  ],
  fill: async (stage) => {
    relink(stage);
    await build({
      entryPoints: [join(root, 'src', 'index.ts'), join(root, 'src', 'node.ts')],
      outdir: join(stage, 'dist'),
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20.19',
      legalComments: 'eof',
      banner: {
        js: "import { createRequire as __patchbayRequire } from 'node:module'; const require = __patchbayRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
  },
});
console.log(`packed ${file}`);
