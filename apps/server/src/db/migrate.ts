import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

// Resolves beside this file, so it works from src (tests) and from dist (the build copies the .sql files).
const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

// Any fixed number; every replica takes the same transaction-scoped lock, so two starting at once apply each
// migration exactly once and the second sees it recorded.
const migrationLock = 7_243_120_031;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d+_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number.parseInt(file, 10),
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(join(dir, file), 'utf8'),
    })),
  );
}

/**
 * The versions recorded as applied; none before the first migration ever ran. Looked up in the schema the tables are
 * created in (the first on the search path): a schema-isolated database (`schema`, with `public` after it for
 * pg_trgm) must not take a `public.schema_migrations` left by another install for its own and skip creating its tables.
 */
async function recordedVersions(db: Database): Promise<Set<number>> {
  const [table] = await db.query<{ name: string | null }>(
    "SELECT to_regclass(quote_ident(current_schema()) || '.schema_migrations')::text AS name",
  );
  if (table?.name == null) return new Set();
  const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => row.version));
}

/** Applies the migrations not yet recorded, each in its own transaction under the advisory lock; answers those applied. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  // Every start of an up-to-date database (the common case) ends here, without a transaction or lock per migration:
  // a recorded version is committed, so nothing can undo it; anything missing goes the locked way below.
  const recorded = await recordedVersions(db);
  if (all.every((migration) => recorded.has(migration.version))) return [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, ' +
        'applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: string[] = [];
  for (const migration of all) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
