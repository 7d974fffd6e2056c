// Packs the `patchbay` CLI as one self-contained tarball (pack/patchbay-cli-<version>.tgz): esbuild bundles the
// CLI with everything it imports (core, the SDK, ink, react) into dist/cli.js, so `npx -y <server>/cli/….tgz`
// needs only Node. `patchbay serve` is left out (it needs the server's checkout and says so).
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { packTarball } from '../../../scripts/pack-tarball.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Resolves `name` to `contents` instead of a package (the devtools are a dev-only optional peer). */
function stub(name, contents) {
  const filter = new RegExp(`^${name}$`);
  return {
    name: `stub-${name}`,
    setup(b) {
      b.onResolve({ filter }, () => ({ path: name, namespace: 'stub' }));
      b.onLoad({ filter, namespace: 'stub' }, () => ({ contents, loader: 'js' }));
    },
  };
}

// The workspace's own bin (tsc's dist/cli.js) runs by its #! line, flags included, like the installed one.
chmodSync(join(root, 'dist', 'cli.js'), 0o755);

const file = await packTarball({
  outDir: join(root, 'pack'),
  manifest: {
    name: own.name,
    version: own.version,
    description: own.description,
    license: own.license,
    type: 'module',
    bin: { patchbay: './dist/cli.js' },
    engines: own.engines,
  },
  fill: async (stage) => {
    await build({
      entryPoints: [join(root, 'src', 'cli.ts')],
      outdir: join(stage, 'dist'),
      // The UI, each subcommand and their libraries load when used (main.ts imports them lazily).
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20.19',
      minify: true,
      legalComments: 'eof',
      // Bundled CommonJS modules call require(); ESM output has none of its own.
      banner: {
        js: "import { createRequire as __patchbayRequire } from 'node:module'; const require = __patchbayRequire(import.meta.url);",
      },
      // ink imports the React devtools (used only when DEV=true): answered by a stub that says it is left out.
      plugins: [stub('react-devtools-core', 'export default { initialize() {}, connectToDevTools() {} };')],
      logLevel: 'warning',
    });
  },
});
console.log(`packed ${file}`);
