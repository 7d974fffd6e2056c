import { z } from 'zod';
import type { Queryable } from '../../db/database.js';
import { likeContains } from '../../store/rows.js';
import { errorResult, type ToolkitRuntime } from '../runtime.js';
import { builtinToolkit, defineTool, jsonResult } from './define.js';

export interface NotesLimits {
  maxValueBytes: number;
  maxNotesPerUser: number;
}

const defaults: NotesLimits = { maxValueBytes: 64 * 1024, maxNotesPerUser: 10_000 };
const key = z.string().min(1).max(200).describe('The note\'s key, e.g. "todo/today".');
const limit = z.number().int().min(1).max(500).default(100).describe('At most this many notes.');

interface NoteRow {
  key: string;
  value: string;
  updated_at: Date;
}

/**
 * A per-user notes (key-value) store. Every statement names project_id and user_id from the call's context, never
 * from arguments, so one user's tools cannot reach another user's notes.
 */
export function notesToolkit(db: Queryable, limits: Partial<NotesLimits> = {}): ToolkitRuntime {
  const { maxValueBytes, maxNotesPerUser } = { ...defaults, ...limits };
  return builtinToolkit('notes', [
    defineTool({
      action: 'set',
      title: 'Save a note',
      description: 'Saves text under a key for this user, replacing any note with the same key.',
      input: z.object({ key, value: z.string().describe('The text to keep.') }),
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
      async run({ key, value }, ctx) {
        if (Buffer.byteLength(value) > maxValueBytes) {
          return errorResult(`A note holds at most ${maxValueBytes} bytes; split the text over several keys.`);
        }
        const rows = await db.query<{ updated_at: Date; inserted: boolean }>(
          `INSERT INTO user_notes (project_id, user_id, key, value)
           SELECT $1, $2, $3, $4
           WHERE EXISTS (SELECT 1 FROM user_notes WHERE project_id = $1 AND user_id = $2 AND key = $3)
              OR (SELECT count(*) FROM user_notes WHERE project_id = $1 AND user_id = $2) < $5
           ON CONFLICT (project_id, user_id, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
           RETURNING updated_at, (xmax = 0) AS inserted`,
          [ctx.projectId, ctx.userId, key, value, maxNotesPerUser],
        );
        const row = rows[0];
        if (row === undefined) {
          return errorResult(`This user already has ${maxNotesPerUser} notes; delete some with NOTES_DELETE first.`);
        }
        return jsonResult({ key, created: row.inserted, updated_at: row.updated_at.toISOString() });
      },
    }),
    defineTool({
      action: 'get',
      title: 'Read a note',
      description: 'Reads the note saved under a key.',
      input: z.object({ key }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      async run({ key }, ctx) {
        const [row] = await db.query<NoteRow>(
          'SELECT key, value, updated_at FROM user_notes WHERE project_id = $1 AND user_id = $2 AND key = $3',
          [ctx.projectId, ctx.userId, key],
        );
        if (row === undefined) return errorResult(`No note has the key "${key}"; NOTES_LIST shows the keys there are.`);
        return jsonResult({ key: row.key, value: row.value, updated_at: row.updated_at.toISOString() });
      },
    }),
    defineTool({
      action: 'list',
      title: 'List notes',
      description: "Lists this user's note keys (optionally those starting with a prefix), in key order.",
      input: z.object({ prefix: z.string().max(200).optional().describe('Only keys starting with this.'), limit }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      async run({ prefix, limit }, ctx) {
        const rows = await db.query<{ key: string; size: number; updated_at: Date }>(
          `SELECT key, octet_length(value) AS size, updated_at FROM user_notes
           WHERE project_id = $1 AND user_id = $2 AND starts_with(key, $3)
           ORDER BY key LIMIT $4`,
          [ctx.projectId, ctx.userId, prefix ?? '', limit + 1],
        );
        return jsonResult({
          notes: rows
            .slice(0, limit)
            .map((r) => ({ key: r.key, size: r.size, updated_at: r.updated_at.toISOString() })),
          truncated: rows.length > limit,
        });
      },
    }),
    defineTool({
      action: 'search',
      title: 'Search notes',
      description: "Finds this user's notes whose key or text contains the query (case-insensitive).",
      input: z.object({ query: z.string().min(1).max(200), limit }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      async run({ query, limit }, ctx) {
        const rows = await db.query<NoteRow>(
          `SELECT key, value, updated_at FROM user_notes
           WHERE project_id = $1 AND user_id = $2 AND (key ILIKE $3 ESCAPE '\\' OR value ILIKE $3 ESCAPE '\\')
           ORDER BY updated_at DESC, key LIMIT $4`,
          [ctx.projectId, ctx.userId, likeContains(query), limit],
        );
        return jsonResult({
          notes: rows.map((r) => ({ key: r.key, value: r.value, updated_at: r.updated_at.toISOString() })),
        });
      },
    }),
    defineTool({
      action: 'delete',
      title: 'Delete a note',
      description: 'Deletes the note saved under a key.',
      input: z.object({ key }),
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
      async run({ key }, ctx) {
        const rows = await db.query<{ key: string }>(
          'DELETE FROM user_notes WHERE project_id = $1 AND user_id = $2 AND key = $3 RETURNING key',
          [ctx.projectId, ctx.userId, key],
        );
        return jsonResult({ key, deleted: rows.length > 0 });
      },
    }),
  ]);
}
