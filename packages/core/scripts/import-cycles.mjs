#!/usr/bin/env node
// Fails when the relative imports of the given folders form a circle (type-only imports included: a circle of
// types still ties two modules' shapes to each other). Part of `lint` in core and the SDK; no dependency, because
// imports here are plain `import … from './x.js'` lines that a pattern reads reliably.
//   node scripts/import-cycles.mjs src test
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const sourceFile = /\.(?:ts|mts|mjs)$/;
// `import x from`, `import type { a } from`, `export { a } from`, `export * from`, `import './x'`, `import('./x')`.
const specifiers = [
  /\b(?:import|export)\s+(?:type\s+)?[\w\s{},*$]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return filesUnder(path);
    return sourceFile.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names: NodeNext style `./x.js` is written for `./x.ts`. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), join(base, 'index.ts')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Set();
  for (const pattern of specifiers) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1];
      if (!specifier?.startsWith('.')) continue;
      const target = resolveImport(file, specifier);
      if (target !== undefined) found.add(target);
    }
  }
  return [...found];
}

const roots = process.argv.slice(2).filter((dir) => existsSync(dir));
if (roots.length === 0) {
  console.error('usage: import-cycles.mjs <folder>…');
  process.exit(2);
}
const graph = new Map();
for (const file of roots.flatMap((dir) => filesUnder(resolve(dir)))) graph.set(file, importsOf(file));

// Depth-first search; a neighbour still on the stack closes a circle.
const cycles = [];
const state = new Map(); // file → 'open' | 'done'
const stack = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next) && graph.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);

const shown = (path) => relative(process.cwd(), path);
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s):`);
  for (const cycle of cycles) console.error(`  ${cycle.map(shown).join(' → ')}`);
  process.exit(1);
}
console.log(`No import cycle among ${graph.size} files in ${roots.join(', ')}.`);
