import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';
import { adminQuery, inCi, probePostgres, testDatabaseUrl } from './postgres.js';

export type DatabaseKind = 'pglite' | 'postgres';

const problem = await probePostgres();
if (problem !== undefined) {
  if (inCi) throw new Error(`PostgreSQL at ${testDatabaseUrl} is required in CI: ${problem}`);
  console.warn(
    `\n!!!!!!!!\n!!! PostgreSQL at ${testDatabaseUrl} is not reachable (${problem}):\n` +
      '!!! SKIPPING the PostgreSQL half of the suite. Set PATCHBAY_TEST_DATABASE_URL or start PostgreSQL.\n!!!!!!!!\n',
  );
}

/** Every suite runs once per database kind; PostgreSQL only when reachable (always in CI). */
export const databaseKinds: DatabaseKind[] = problem === undefined ? ['pglite', 'postgres'] : ['pglite'];

export const freshSchemaName = (): string => `pb_${randomBytes(6).toString('hex')}`;

export interface TestDatabase {
  db: Database;
  /** For startServer's `database` option. */
  choice: { kind: 'memory' } | { kind: 'postgres'; url: string; schema: string };
  drop(): Promise<void>;
}

/** A fresh empty database: in-memory PGlite, or a new schema of the test PostgreSQL (dropped afterwards). */
export async function createSchema(kind: DatabaseKind): Promise<TestDatabase['choice']> {
  if (kind === 'pglite') return { kind: 'memory' };
  const schema = freshSchemaName();
  await adminQuery(`CREATE SCHEMA ${schema}`);
  return { kind: 'postgres', url: testDatabaseUrl, schema };
}

export async function dropSchema(choice: TestDatabase['choice']): Promise<void> {
  if (choice.kind === 'postgres') await adminQuery(`DROP SCHEMA IF EXISTS ${choice.schema} CASCADE`);
}

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const choice = await createSchema(kind);
  const db = choice.kind === 'memory' ? await openPglite() : await openPostgres(choice);
  return {
    db,
    choice,
    async drop() {
      await db.close();
      await dropSchema(choice);
    },
  };
}
