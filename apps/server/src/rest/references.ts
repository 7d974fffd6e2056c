import type { Queryable } from '../db/database.js';
import { apiError } from '../http/errors.js';
import { type AuthConfigRow, findAuthConfigs } from '../store/auth-configs.js';
import { findConnectedAccounts } from '../store/connected-accounts.js';
import type { ToolkitCatalog } from '../toolkits/toolkit-catalog.js';

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/**
 * The toolkits' own slugs (an alias such as the hosted `googlecalendar` becomes the toolkit's slug), deduped; refuses
 * (400, naming `field.i`) any the project's catalog lacks.
 */
export async function knownToolkits(
  catalog: ToolkitCatalog,
  projectId: string,
  slugs: readonly string[],
  field: string,
): Promise<string[]> {
  const known: string[] = [];
  const errors: string[] = [];
  for (const [index, slug] of slugs.entries()) {
    const found = await catalog.get(projectId, slug);
    if (found === undefined) errors.push(`${field}.${index}: unknown toolkit "${slug.toLowerCase()}"`);
    else known.push(found.slug);
  }
  if (errors.length > 0) {
    throw apiError(400, `Invalid body: ${errors[0]}`, 'GET /api/v3/toolkits lists the toolkits', {
      slug: 'validation_error',
      errors,
    });
  }
  return unique(known);
}

/** The project's auth configs with these ids, in the order given; 404 naming each id it lacks. */
export async function ownAuthConfigs(
  q: Queryable,
  projectId: string,
  ids: readonly string[],
  field: string,
): Promise<AuthConfigRow[]> {
  const wanted = unique(ids);
  const rows = await findAuthConfigs(q, projectId, wanted);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const errors = missing.map((id) => `${field}.${ids.indexOf(id)}: auth config "${id}" not found in this project`);
    throw apiError(
      404,
      errors.length === 1 ? `${errors[0]}.` : `${errors[0]} (and ${errors.length - 1} more).`,
      'Use the id of an auth config of this project (GET /api/v3/auth_configs lists them).',
      { errors },
    );
  }
  return wanted.flatMap((id) => byId.get(id) ?? []);
}

export async function ownConnectedAccounts(q: Queryable, projectId: string, ids: readonly string[], field: string) {
  const rows = await findConnectedAccounts(q, projectId, unique(ids));
  const found = new Set(rows.map((r) => r.id));
  const missing = unique(ids).filter((id) => !found.has(id));
  if (missing.length > 0) {
    const errors = missing.map(
      (id) => `${field}.${ids.indexOf(id)}: connected account "${id}" not found in this project`,
    );
    throw apiError(
      404,
      errors.length === 1 ? `${errors[0]}.` : `${errors[0]} (and ${errors.length - 1} more).`,
      'Use the id of a connected account of this project.',
      { errors },
    );
  }
}
