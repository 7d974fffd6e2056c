// Generates src/generated/ from ../../openapi: the API types (openapi-typescript) and the bundled document the
// server serves. `--check` regenerates in memory and fails when the committed files differ (CI's drift check).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, createConfig } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const specPath = join(pkg, '..', '..', 'openapi', 'openapi.yaml');
const outDir = join(pkg, 'src', 'generated');
const header = (what) =>
  `// Generated from openapi/ by packages/core/scripts/generate.mjs (${what}). Do not edit by hand:\n` +
  '// change the spec, then run `pnpm generate`. CI fails when this file differs from a fresh generation.\n';

async function render() {
  const config = await createConfig({});
  const { bundle: bundled, problems } = await bundle({ ref: specPath, config, dereference: false });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`openapi/ does not bundle:\n${errors.map((p) => `- ${p.message}`).join('\n')}`);
  }
  const document = bundled.parsed;
  // Types come from the bundled document so component names stay as the root file declares them.
  const ast = await openapiTS(document, { defaultNonNullable: false, alphabetize: false, rootTypes: false });
  const types = `${header('openapi-typescript')}\n${astToString(ast)}`;
  const doc =
    `${header('bundled document')}\n` +
    `export const openapiDocument = ${JSON.stringify(document, null, 2)} as const;\n`;
  return new Map([
    [join(outDir, 'api.ts'), types],
    [join(outDir, 'openapi-document.ts'), doc],
  ]);
}

const check = process.argv.includes('--check');
const files = await render();
let drift = 0;
for (const [file, text] of files) {
  const name = relative(process.cwd(), file);
  if (check) {
    const committed = await readFile(file, 'utf8').catch(() => null);
    if (committed !== text) {
      drift++;
      console.error(`✗ ${name} differs from a fresh generation of openapi/.`);
    }
  } else {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    console.log(`wrote ${name}`);
  }
}
if (drift > 0) {
  console.error('Run `pnpm generate` and commit the result.');
  process.exit(1);
}
if (check) console.log(`generated files match openapi/ (${files.size} checked)`);
