import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { databaseKinds, freshSchemaName, openTestDatabase, type TestDatabase } from './support/databases.js';
import { adminQuery, testDatabaseUrl } from './support/postgres.js';

describe.each(databaseKinds)('migrations on %s', (kind) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it('apply once, record each version, and are a no-op the second time', async () => {
    t = await openTestDatabase(kind);
    const all = await loadMigrations();
    expect(all[0]?.name).toBe('001_init');
    expect(await migrate(t.db)).toEqual(all.map((m) => m.name));
    expect(await migrate(t.db)).toEqual([]);
    const rows = await t.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
  });

  it('roll a failing migration back whole and leave no record of it', async () => {
    t = await openTestDatabase(kind);
    await migrate(t.db);
    const bad = {
      version: 9999,
      name: '9999_broken',
      sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
    };
    await expect(migrate(t.db, [bad])).rejects.toThrow();
    const tables = await t.db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables).toHaveLength(0);
    expect(await t.db.query('SELECT 1 FROM schema_migrations WHERE version = 9999')).toHaveLength(0);
  });

  it.runIf(kind === 'postgres')('two replicas migrating one database at once do not race', async () => {
    t = await openTestDatabase(kind);
    if (t.choice.kind !== 'postgres') return;
    const replicas = await Promise.all([openPostgres(t.choice), openPostgres(t.choice), openPostgres(t.choice)]);
    try {
      const applied = await Promise.all(replicas.map((db) => migrate(db)));
      expect(applied.flat().sort()).toEqual((await loadMigrations()).map((m) => m.name).sort());
    } finally {
      await Promise.all(replicas.map((db) => db.close()));
    }
  });

  it.runIf(kind === 'postgres')('in a schema of its own, ignore the schema_migrations of public', async () => {
    // A database of its own, so that the public tables made here meet no other test.
    const name = `pb_migrate_${freshSchemaName()}`;
    const url = testDatabaseUrl.replace(/\/[^/]*$/, `/${name}`);
    const schema = freshSchemaName();
    await adminQuery(`CREATE DATABASE ${name}`);
    try {
      const setup = await openPostgres({ url });
      await setup.exec(
        `CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL);
         INSERT INTO schema_migrations SELECT g, 'another install' FROM generate_series(1, 999) g;
         CREATE SCHEMA ${schema};`,
      );
      await setup.close();
      const db = await openPostgres({ url, schema });
      try {
        expect(await migrate(db)).toEqual((await loadMigrations()).map((m) => m.name));
        const homes = await db.query<{ table_schema: string }>(
          "SELECT table_schema FROM information_schema.tables WHERE table_name = 'projects'",
        );
        expect(homes.map((row) => row.table_schema)).toEqual([schema]);
      } finally {
        await db.close();
      }
    } finally {
      await adminQuery(`DROP DATABASE ${name} WITH (FORCE)`);
    }
  });
});
