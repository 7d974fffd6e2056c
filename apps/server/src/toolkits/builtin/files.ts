import { z } from 'zod';
import type { Queryable } from '../../db/database.js';
import { errorResult, type ToolkitRuntime, type ToolResult } from '../runtime.js';
import { builtinToolkit, defineTool, jsonResult } from './define.js';
import { folderPrefix, normalisePath } from './file-paths.js';

export interface FilesLimits {
  maxFileBytes: number;
  maxUserBytes: number;
  maxFilesPerUser: number;
}

const defaults: FilesLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxUserBytes: 100 * 1024 * 1024,
  maxFilesPerUser: 10_000,
};
const path = z.string().min(1).max(1024).describe('A path such as "reports/q3.md"; folders are implied by slashes.');
const encoding = z.enum(['utf8', 'base64']).default('utf8');

function withPath(raw: string, then: (path: string) => Promise<ToolResult>): Promise<ToolResult> {
  const normal = normalisePath(raw);
  return 'error' in normal ? Promise.resolve(errorResult(normal.error)) : then(normal.path);
}

/** A sandboxed per-user file store: a user's files are the rows keyed by their own (project, user). */
export function filesToolkit(db: Queryable, limits: Partial<FilesLimits> = {}): ToolkitRuntime {
  const { maxFileBytes, maxUserBytes, maxFilesPerUser } = { ...defaults, ...limits };
  return builtinToolkit('files', [
    defineTool({
      action: 'write',
      title: 'Write a file',
      description: "Creates or replaces a file in this user's private file space.",
      input: z.object({ path, content: z.string(), encoding }),
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
      run: ({ path: raw, content, encoding }, ctx) =>
        withPath(raw, async (p) => {
          const bytes = Buffer.from(content, encoding);
          if (bytes.length > maxFileBytes) return errorResult(`A file holds at most ${maxFileBytes} bytes.`);
          const rows = await db.query<{ size: number }>(
            `INSERT INTO user_files (project_id, user_id, path, content, size)
             SELECT $1, $2, $3, $4, $5::integer
             WHERE (SELECT coalesce(sum(size), 0) FROM user_files
                    WHERE project_id = $1 AND user_id = $2 AND path <> $3) + $5::integer <= $6::bigint
               AND (EXISTS (SELECT 1 FROM user_files WHERE project_id = $1 AND user_id = $2 AND path = $3)
                    OR (SELECT count(*) FROM user_files WHERE project_id = $1 AND user_id = $2) < $7::bigint)
             ON CONFLICT (project_id, user_id, path)
             DO UPDATE SET content = EXCLUDED.content, size = EXCLUDED.size, updated_at = now()
             RETURNING size`,
            [ctx.projectId, ctx.userId, p, bytes, bytes.length, maxUserBytes, maxFilesPerUser],
          );
          if (rows.length === 0) {
            return errorResult(
              `This user's file space is full (${maxUserBytes} bytes or ${maxFilesPerUser} files); delete files first.`,
            );
          }
          return jsonResult({ path: p, size: bytes.length });
        }),
    }),
    defineTool({
      action: 'read',
      title: 'Read a file',
      description: 'Reads a file; text comes back as UTF-8, anything else as base64 (or ask for base64).',
      input: z.object({ path, encoding: encoding.optional() }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      run: ({ path: raw, encoding: asked }, ctx) =>
        withPath(raw, async (p) => {
          const [row] = await db.query<{ content: Uint8Array; updated_at: Date }>(
            'SELECT content, updated_at FROM user_files WHERE project_id = $1 AND user_id = $2 AND path = $3',
            [ctx.projectId, ctx.userId, p],
          );
          if (row === undefined) return errorResult(`No file at "${p}"; FILES_LIST shows what there is.`);
          const bytes = Buffer.from(row.content);
          const text = bytes.toString('utf8');
          const isText = asked !== 'base64' && Buffer.from(text, 'utf8').equals(bytes);
          return jsonResult({
            path: p,
            size: bytes.length,
            encoding: isText ? 'utf8' : 'base64',
            content: isText ? text : bytes.toString('base64'),
            updated_at: row.updated_at.toISOString(),
          });
        }),
    }),
    defineTool({
      action: 'list',
      title: 'List files',
      description: 'Lists the files under a folder (all of them when no folder is given), in path order.',
      input: z.object({
        folder: z.string().max(1024).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      }),
      annotations: { readOnlyHint: true, openWorldHint: false },
      async run({ folder, limit }, ctx) {
        const scope = folderPrefix(folder);
        if ('error' in scope) return errorResult(scope.error);
        const rows = await db.query<{ path: string; size: number; updated_at: Date }>(
          `SELECT path, size, updated_at FROM user_files
           WHERE project_id = $1 AND user_id = $2 AND starts_with(path, $3) ORDER BY path LIMIT $4`,
          [ctx.projectId, ctx.userId, scope.prefix, limit + 1],
        );
        return jsonResult({
          files: rows
            .slice(0, limit)
            .map((r) => ({ path: r.path, size: r.size, updated_at: r.updated_at.toISOString() })),
          truncated: rows.length > limit,
        });
      },
    }),
    defineTool({
      action: 'move',
      title: 'Move a file',
      description: 'Renames a file; fails if the destination exists.',
      input: z.object({ from: path, to: path }),
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
      run: ({ from, to }, ctx) =>
        withPath(from, (source) =>
          withPath(to, async (target) => {
            const taken = await db.query(
              'SELECT 1 FROM user_files WHERE project_id = $1 AND user_id = $2 AND path = $3',
              [ctx.projectId, ctx.userId, target],
            );
            if (taken.length > 0) return errorResult(`"${target}" exists; delete it first or pick another name.`);
            const moved = await db.query(
              `UPDATE user_files SET path = $4, updated_at = now()
               WHERE project_id = $1 AND user_id = $2 AND path = $3 RETURNING path`,
              [ctx.projectId, ctx.userId, source, target],
            );
            if (moved.length === 0) return errorResult(`No file at "${source}".`);
            return jsonResult({ from: source, to: target });
          }),
        ),
    }),
    defineTool({
      action: 'delete',
      title: 'Delete a file',
      description: 'Deletes a file.',
      input: z.object({ path }),
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
      run: ({ path: raw }, ctx) =>
        withPath(raw, async (p) => {
          const rows = await db.query(
            'DELETE FROM user_files WHERE project_id = $1 AND user_id = $2 AND path = $3 RETURNING path',
            [ctx.projectId, ctx.userId, p],
          );
          return jsonResult({ path: p, deleted: rows.length > 0 });
        }),
    }),
  ]);
}
