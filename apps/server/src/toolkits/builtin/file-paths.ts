/**
 * Normalises a user-supplied file path to `a/b/c`. Files live in the database keyed by (project, user, path), so there
 * is no directory to escape; this keeps paths canonical (one spelling per file) and readable.
 */
export function normalisePath(raw: string): { path: string } | { error: string } {
  if (raw.length > 1024) return { error: 'A path has at most 1024 characters.' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { error: 'A path may not contain control characters.' };
  const segments = raw
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return { error: 'A path may not contain "..".' };
  if (segments.some((s) => s.length > 255)) return { error: 'A path segment has at most 255 characters.' };
  if (segments.length === 0) return { error: 'The path is empty.' };
  return { path: segments.join('/') };
}

/** A folder prefix for listing: `''` for the root, else `a/b/`. */
export function folderPrefix(raw: string | undefined): { prefix: string } | { error: string } {
  if (raw === undefined || raw.replace(/[\\/.]/g, '') === '') return { prefix: '' };
  const normal = normalisePath(raw);
  return 'error' in normal ? normal : { prefix: `${normal.path}/` };
}
