import { adminQuery, inCi, probePostgres, testDatabaseUrl } from './postgres.js';

/**
 * pg_trgm is per database, not per schema: installing it once in `public` here keeps test files (each in its own
 * schema) from racing to create it, or from dropping it with their schema.
 */
export default async function setup(): Promise<void> {
  const problem = await probePostgres();
  if (problem !== undefined) {
    if (inCi) throw new Error(`PostgreSQL at ${testDatabaseUrl} is required in CI: ${problem}`);
    return;
  }
  await adminQuery('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
}
