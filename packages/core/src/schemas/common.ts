import { z } from 'zod';

/** Query strings arrive as text; this reads a whole number and names the rule it breaks. */
export const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const pageNo = queryInt(1, 1_000_000).default(1);

/** A page size above `cap` is lowered to it rather than refused, as the hosted API does. */
export const cappedLimit = (fallback: number, cap: number) =>
  queryInt(1, Number.MAX_SAFE_INTEGER)
    .transform((n) => Math.min(n, cap))
    .default(fallback);

export const orderDirection = z.enum(['asc', 'desc']).default('desc');

/** `a,b,,c ` → `['a','b','c']`; an absent or empty list is `[]`. */
export const commaList = (item: z.ZodString, maxItems = 100) =>
  z
    .string()
    .max(2000)
    .transform((raw) =>
      raw
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(maxItems));

export const cursorQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: cappedLimit(20, 1000),
});

/** One line per problem, naming the field: what the error envelope's `errors` carries. */
export function formatIssues(error: z.ZodError, prefix?: string): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
