import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { filesToolkit } from '../../src/toolkits/builtin/files.js';
import { notesToolkit } from '../../src/toolkits/builtin/notes.js';
import { builtinTestDb, context, structured, text } from './builtin-db.js';

let db: Database;
beforeAll(async () => {
  db = await builtinTestDb();
});
afterAll(async () => db.close());

const ana = context('pr_a', 'ana');
const bob = context('pr_a', 'bob');
const anaInB = context('pr_b', 'ana');

describe('notes toolkit', () => {
  it('lists five tools with slugs, schemas and annotations', async () => {
    const tools = await notesToolkit(db).listTools(ana);
    expect(tools.map((t) => t.slug)).toEqual(['NOTES_SET', 'NOTES_GET', 'NOTES_LIST', 'NOTES_SEARCH', 'NOTES_DELETE']);
    const get = tools.find((t) => t.slug === 'NOTES_GET');
    expect(get?.inputSchema).toMatchObject({ type: 'object', required: ['key'] });
    expect(get?.annotations).toMatchObject({ readOnlyHint: true, title: 'Read a note' });
  });

  it("saves, reads, lists, searches and deletes a user's notes", async () => {
    const notes = notesToolkit(db);
    const created = await notes.callTool('NOTES_SET', { key: 'todo/today', value: 'Buy milk' }, ana);
    expect(structured(created)).toMatchObject({ key: 'todo/today', created: true });
    expect(
      structured(await notes.callTool('NOTES_SET', { key: 'todo/today', value: 'Buy oat milk' }, ana)),
    ).toMatchObject({
      created: false,
    });
    await notes.callTool('NOTES_SET', { key: 'ideas', value: '100% cotton_candy' }, ana);
    expect(structured(await notes.callTool('NOTES_GET', { key: 'todo/today' }, ana)).value).toBe('Buy oat milk');
    expect(structured(await notes.callTool('NOTES_LIST', { prefix: 'todo/' }, ana)).notes).toEqual([
      expect.objectContaining({ key: 'todo/today', size: 12 }),
    ]);
    // LIKE wildcards in the query match literally.
    const search = structured(await notes.callTool('NOTES_SEARCH', { query: '0% cotton_' }, ana));
    expect(search.notes).toEqual([expect.objectContaining({ key: 'ideas' })]);
    expect(structured(await notes.callTool('NOTES_SEARCH', { query: '%' }, ana)).notes).toEqual([
      expect.objectContaining({ key: 'ideas' }),
    ]);
    expect(structured(await notes.callTool('NOTES_DELETE', { key: 'ideas' }, ana))).toEqual({
      key: 'ideas',
      deleted: true,
    });
    const missing = await notes.callTool('NOTES_GET', { key: 'ideas' }, ana);
    expect(missing.isError).toBe(true);
    expect(text(missing)).toContain('NOTES_LIST');
  });

  it('keeps users and projects apart', async () => {
    const notes = notesToolkit(db);
    await notes.callTool('NOTES_SET', { key: 'secret', value: 'ana only' }, ana);
    expect((await notes.callTool('NOTES_GET', { key: 'secret' }, bob)).isError).toBe(true);
    expect((await notes.callTool('NOTES_GET', { key: 'secret' }, anaInB)).isError).toBe(true);
    expect(structured(await notes.callTool('NOTES_SEARCH', { query: 'ana only' }, bob)).notes).toEqual([]);
    expect(structured(await notes.callTool('NOTES_DELETE', { key: 'secret' }, bob)).deleted).toBe(false);
    expect(structured(await notes.callTool('NOTES_GET', { key: 'secret' }, ana)).value).toBe('ana only');
  });

  it('refuses bad arguments, oversize values and notes over the quota, naming the limit', async () => {
    const notes = notesToolkit(db, { maxValueBytes: 10, maxNotesPerUser: 2 });
    const carol = context('pr_a', 'carol');
    expect(text(await notes.callTool('NOTES_SET', { key: '', value: 1 }, carol))).toMatch(
      /Invalid arguments: key: .*; value: /,
    );
    expect(text(await notes.callTool('NOTES_SET', { key: 'k', value: 'x'.repeat(11) }, carol))).toContain('10 bytes');
    await notes.callTool('NOTES_SET', { key: 'a', value: '1' }, carol);
    await notes.callTool('NOTES_SET', { key: 'b', value: '2' }, carol);
    const third = await notes.callTool('NOTES_SET', { key: 'c', value: '3' }, carol);
    expect(third.isError).toBe(true);
    expect(text(third)).toContain('2 notes');
    // Replacing an existing note is allowed at the quota.
    expect((await notes.callTool('NOTES_SET', { key: 'b', value: '22' }, carol)).isError).toBeUndefined();
  });

  it('answers an unknown tool with an error result', async () => {
    expect((await notesToolkit(db).callTool('NOTES_NOPE', {}, ana)).isError).toBe(true);
  });
});

describe('files toolkit', () => {
  it('writes, reads, lists, moves and deletes files under canonical paths', async () => {
    const files = filesToolkit(db);
    expect(structured(await files.callTool('FILES_WRITE', { path: '/reports//q3.md', content: '# Q3' }, ana))).toEqual({
      path: 'reports/q3.md',
      size: 4,
    });
    await files.callTool('FILES_WRITE', { path: 'reports/q4.md', content: 'later' }, ana);
    await files.callTool('FILES_WRITE', { path: 'top.txt', content: 'top' }, ana);
    expect(structured(await files.callTool('FILES_READ', { path: 'reports/./q3.md' }, ana))).toMatchObject({
      content: '# Q3',
      encoding: 'utf8',
    });
    const listed = structured(await files.callTool('FILES_LIST', { folder: 'reports' }, ana));
    expect(listed.files).toEqual([
      expect.objectContaining({ path: 'reports/q3.md' }),
      expect.objectContaining({ path: 'reports/q4.md' }),
    ]);
    expect(structured(await files.callTool('FILES_MOVE', { from: 'reports/q4.md', to: 'archive/q4.md' }, ana))).toEqual(
      {
        from: 'reports/q4.md',
        to: 'archive/q4.md',
      },
    );
    expect((await files.callTool('FILES_MOVE', { from: 'top.txt', to: 'archive/q4.md' }, ana)).isError).toBe(true);
    expect(structured(await files.callTool('FILES_DELETE', { path: 'top.txt' }, ana)).deleted).toBe(true);
    expect((await files.callTool('FILES_READ', { path: 'top.txt' }, ana)).isError).toBe(true);
  });

  it('round-trips binary content as base64', async () => {
    const files = filesToolkit(db);
    const bytes = Buffer.from([0, 255, 1, 128, 10]);
    await files.callTool(
      'FILES_WRITE',
      { path: 'bin/x.dat', content: bytes.toString('base64'), encoding: 'base64' },
      ana,
    );
    const read = structured(await files.callTool('FILES_READ', { path: 'bin/x.dat' }, ana));
    expect(read.encoding).toBe('base64');
    expect(read.content).toBe(bytes.toString('base64'));
  });

  it.each(['../../etc/passwd', 'a/../../b', '..', '/', 'a\u0000b', 'x'.repeat(300)])(
    'refuses the path %j',
    async (path) => {
      const result = await filesToolkit(db).callTool('FILES_WRITE', { path, content: 'x' }, ana);
      expect(result.isError).toBe(true);
    },
  );

  it('keeps each user in their own sandbox', async () => {
    const files = filesToolkit(db);
    await files.callTool('FILES_WRITE', { path: 'private.txt', content: 'ana' }, ana);
    expect((await files.callTool('FILES_READ', { path: 'private.txt' }, bob)).isError).toBe(true);
    expect((await files.callTool('FILES_READ', { path: 'private.txt' }, anaInB)).isError).toBe(true);
    expect(structured(await files.callTool('FILES_LIST', {}, bob)).files).toEqual([]);
    expect((await files.callTool('FILES_MOVE', { from: 'private.txt', to: 'mine.txt' }, bob)).isError).toBe(true);
    expect(structured(await files.callTool('FILES_READ', { path: 'private.txt' }, ana)).content).toBe('ana');
  });

  it('enforces the per-file and per-user size limits', async () => {
    const files = filesToolkit(db, { maxFileBytes: 8, maxUserBytes: 12 });
    const dan = context('pr_a', 'dan');
    expect(text(await files.callTool('FILES_WRITE', { path: 'big', content: 'x'.repeat(9) }, dan))).toContain(
      '8 bytes',
    );
    await files.callTool('FILES_WRITE', { path: 'a', content: 'x'.repeat(8) }, dan);
    const over = await files.callTool('FILES_WRITE', { path: 'b', content: 'x'.repeat(5) }, dan);
    expect(text(over)).toContain('full');
    // Rewriting a file counts its new size, not old + new.
    expect((await files.callTool('FILES_WRITE', { path: 'a', content: 'y'.repeat(8) }, dan)).isError).toBeUndefined();
  });
});
