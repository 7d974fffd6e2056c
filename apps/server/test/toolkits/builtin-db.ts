import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import type { ToolCallContext } from '../../src/toolkits/runtime.js';

/** A migrated in-memory database with two projects, for the built-in toolkits' tests. */
export async function builtinTestDb(): Promise<Database> {
  const db = await openPglite();
  await migrate(db);
  await db.query("INSERT INTO projects (id, name) VALUES ('pr_a', 'A'), ('pr_b', 'B')");
  return db;
}

export function context(projectId: string, userId: string, timeoutMs = 5000): ToolCallContext {
  return { projectId, userId, signal: new AbortController().signal, timeoutMs };
}

/** The structured content of a result, narrowed for assertions. */
export function structured(result: {
  structuredContent?: Record<string, unknown> | undefined;
}): Record<string, unknown> {
  if (result.structuredContent === undefined) throw new Error('expected structured content');
  return result.structuredContent;
}

export function text(result: { content: ReadonlyArray<{ type: string; text?: string }> }): string {
  return result.content.map((block) => block.text ?? '').join('\n');
}
