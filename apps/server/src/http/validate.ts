import { echoSpellings, formatIssues } from '@patchbay/core';
import type { Context } from 'hono';
import { ZodError, type z } from 'zod';
import type { AppEnv } from './env.js';
import { apiError } from './errors.js';
import { nulAt, nulRefused } from './nul-guard.js';

/** core's formatIssues, except that each unknown field is named as its own path (zod reports them together). */
function describe(error: z.ZodError, prefix?: string): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return formatIssues(new ZodError([issue]), prefix);
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '');
    return issue.keys.map((key) => {
      const instead = echoSpellings[key];
      // The hosted session echo says `enabled`; a client that posts it back is told the request spelling.
      const why =
        instead === undefined ? 'unknown field' : `unknown field ("${key}" is the echo spelling; send "${instead}")`;
      return `${[...path, key].join('.')}: ${why}`;
    });
  });
}

function invalid(error: z.ZodError, where: string, prefix?: string) {
  const errors = describe(error, prefix);
  const summary = errors.length === 1 ? errors[0] : `${errors[0]} (and ${errors.length - 1} more)`;
  return apiError(400, `Invalid ${where}: ${summary}`, 'Fix the fields named in `errors` and send the request again.', {
    slug: 'validation_error',
    errors,
  });
}

const jsonType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Reads a JSON body (415 for another content type, 400 for bad JSON) and validates it with a core schema. */
export async function parseBody<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type');
  if (type === undefined || !jsonType.test(type)) {
    throw apiError(
      415,
      `The body must be JSON, not ${type ?? 'untyped'}.`,
      'Send the body with `content-type: application/json`.',
    );
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof SyntaxError ? cause.message : 'unreadable';
    throw apiError(400, `The body is not valid JSON: ${detail}.`, 'Send a well-formed JSON object.', {
      slug: 'malformed_json',
    });
  }
  const withNul = nulAt(value);
  if (withNul !== undefined) throw nulRefused('body', withNul);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(parsed.error, 'body');
  return parsed.data;
}

/** Validates the query string; a parameter given twice is refused rather than silently picking one. */
export function parseQuery<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.output<S> {
  const all = c.req.queries();
  const single: Record<string, string> = {};
  for (const [key, values] of Object.entries(all)) {
    if (values.length > 1) {
      throw apiError(400, `Invalid query: ${key} is given ${values.length} times.`, `Give ${key} once.`, {
        slug: 'validation_error',
        errors: [`${key}: must be given once`],
      });
    }
    const first = values[0];
    if (first !== undefined) single[key] = first;
  }
  const parsed = schema.safeParse(single);
  if (!parsed.success) throw invalid(parsed.error, 'query');
  return parsed.data;
}

/** Validates one path parameter, naming it in `errors`. */
export function parseParam<S extends z.ZodType>(c: Context<AppEnv>, name: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.param(name));
  if (!parsed.success) throw invalid(parsed.error, 'path', name);
  return parsed.data;
}
