import { formatIssues, PatchbayError } from '@patchbay/core';

// Core's zod schemas, seen only through the one method used: the SDK needs no zod import of its own.
type Issues = Parameters<typeof formatIssues>[0];
export interface Checkable {
  safeParse(input: unknown): { success: true } | { success: false; error: Issues };
}

/** Wire field → the SDK option it comes from, where the two differ by more than camelCase. */
export type FieldNames = Record<string, string>;

/**
 * `allowed_tools.0: …` → `allowedTools.0: …` (or the name `names` gives), so the message names the field as the
 * caller spelled it; `errors` keeps the wire names, as the server's own errors do.
 */
function callerLine(line: string, names: FieldNames): string {
  const colon = line.indexOf(': ');
  if (colon < 0) return line;
  const camel = (part: string) => part.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const path = line.slice(0, colon);
  const exact = names[path];
  if (exact !== undefined) return `${exact}${line.slice(colon)}`;
  const [head = '', ...rest] = path.split('.');
  return `${[names[head] ?? camel(head), ...rest.map(camel)].join('.')}${line.slice(colon)}`;
}

/** A PatchbayError for input refused before any request: status 0, slug `invalid_input`. */
export function invalidInput(what: string, lines: string[], names: FieldNames = {}): PatchbayError {
  return new PatchbayError({
    status: 0,
    slug: 'invalid_input',
    message: `Invalid input to ${what}: ${lines.map((line) => callerLine(line, names)).join('; ')}`,
    errors: lines,
    suggestedFix: 'Fix the fields named above; nothing was sent to the server.',
  });
}

/**
 * Checks a wire body (or query) against the schema the server itself uses, so bad input fails here with the
 * field's name rather than after a round trip. Returns the body unchanged: defaults stay the server's to apply.
 */
export function checked<T>(schema: Checkable, value: T, what: string, field?: string | FieldNames): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const prefix = typeof field === 'string' ? field : undefined;
    throw invalidInput(what, formatIssues(result.error, prefix), typeof field === 'object' ? field : {});
  }
  return value;
}
