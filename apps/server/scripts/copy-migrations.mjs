// tsc emits only .ts; the SQL migrations are loaded at run time from beside the compiled migrate.js, and the
// embedded database's worker (plain JavaScript, with the module it imports) is started from beside pglite-thread.js.
import { cp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Replaced, not merged: a migration renamed or removed in src must not live on in dist and run again at start.
await rm(join(root, 'dist/db/migrations'), { recursive: true, force: true });
await cp(join(root, 'src/db/migrations'), join(root, 'dist/db/migrations'), { recursive: true });
for (const file of ['pglite-worker.mjs', 'pglite-statements.mjs']) {
  await cp(join(root, 'src/db', file), join(root, 'dist/db', file));
}
