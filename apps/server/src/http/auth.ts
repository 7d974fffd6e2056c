import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { type ApiKeyRow, findApiKeyByHash, touchApiKey } from '../store/api-keys.js';
import type { HotRows } from '../store/hot-rows.js';
import { hashApiKey } from '../util/ids.js';
import type { AppEnv } from './env.js';
import { apiError } from './errors.js';

const keyShape = /^pb_[0-9A-Za-z]{40}$/;
const touchEveryMs = 60_000;

export interface AuthDeps {
  db: Database;
  rows: HotRows;
}

/** The key a request presents: `x-api-key`, else `Authorization: Bearer …`. */
export function presentedKey(xApiKey: string | undefined, authorization: string | undefined): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return xApiKey ?? bearer;
}

/** Resolves a presented API key to its live row, or throws the 401 that says what to do. */
export async function authenticateApiKey(deps: AuthDeps, key: string | undefined): Promise<ApiKeyRow> {
  if (key === undefined || key === '') {
    throw apiError(
      401,
      'No API key: send it in the x-api-key header.',
      'Add `x-api-key: <key>`; a local server writes its key to ~/.patchbay/api-key.',
    );
  }
  const digest = hashApiKey(key);
  const cacheKey = digest.toString('hex');
  const cached = deps.rows.apiKeys.get(cacheKey);
  if (cached !== undefined) return cached;
  const row = keyShape.test(key) ? await findApiKeyByHash(deps.db, digest) : undefined;
  // The lookup is by digest already; comparing the stored digest in constant time keeps timing flat regardless.
  if (row === undefined || !timingSafeEqual(Buffer.from(row.key_hash), digest)) {
    throw apiError(
      401,
      'The API key is not valid.',
      'Check the key; create a new one with POST /api/v3/api_keys using a valid key.',
    );
  }
  if (row.revoked_at !== null) {
    throw apiError(
      401,
      'The API key has been revoked.',
      'Use another key of this project, or ask an admin for a new one.',
      {
        slug: 'api_key_revoked',
      },
    );
  }
  deps.rows.apiKeys.set(cacheKey, row);
  return row;
}

/** Resolves `x-api-key` to a live key row; every later query is scoped to that key's project. */
export function apiKeyAuth(deps: AuthDeps, onTouchError?: (error: unknown) => void): MiddlewareHandler<AppEnv> {
  // last_used_at is for people ("is this key still in use?"), so minute precision is plenty; this map keeps it
  // from costing a write on every request.
  const lastTouched = new Map<string, number>();
  return async (c, next) => {
    const row = await authenticateApiKey(deps, presentedKey(c.req.header('x-api-key'), c.req.header('authorization')));
    c.set('apiKey', row);
    const now = Date.now();
    if (now - (lastTouched.get(row.id) ?? 0) >= touchEveryMs) {
      lastTouched.set(row.id, now);
      await touchApiKey(deps.db, row.id).catch((error: unknown) => onTouchError?.(error));
    }
    await next();
  };
}
