import type { Database } from '../../src/db/database.js';

/**
 * Every row of every table of the current schema as text (bytea as hex, jsonb as JSON): what someone with a copy
 * of the database would see.
 */
export async function dumpDatabase(db: Database): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name: table } of tables) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) continue;
    const rows = await db.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`);
    parts.push(`-- ${table}`, ...rows.map((r) => r.row));
  }
  return parts.join('\n');
}
