import { type ApiKey, type components, createApiKeyRequest, cursorQuery } from '@patchbay/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError, notFound } from '../http/errors.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { getApiKey, insertApiKey, listApiKeys, revokeApiKey, toApiKey } from '../store/api-keys.js';
import { pageCount } from '../store/rows.js';

type ApiKeyList = components['schemas']['ApiKeyList'];

// The cursor is the id of the last key on the previous page, opaque to clients.
const cursorValue = z.string().regex(/^ak_[0-9A-Za-z]{16}$/);
const encodeCursor = (key: ApiKey) => Buffer.from(key.id).toString('base64url');
function decodeCursor(cursor: string): string {
  const parsed = cursorValue.safeParse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (parsed.success) return parsed.data;
  throw apiError(
    400,
    'Invalid query: cursor: not a cursor this server issued',
    'Pass the next_cursor of the previous page unchanged.',
    {
      slug: 'validation_error',
      errors: ['cursor: not a cursor this server issued'],
    },
  );
}

const keyIdParam = z.string().min(1).max(64);

/** A project's API keys: listing, creating, revoking. */
export function apiKeyRoutes({ db, rows }: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/api_keys', async (c) => {
    const query = parseQuery(c, cursorQuery);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const { rows, total, before } = await listApiKeys(db, c.get('apiKey').project_id, query.limit, after);
    const items = rows.slice(0, query.limit).map(toApiKey);
    const last = items[items.length - 1];
    const answer: ApiKeyList = {
      items,
      next_cursor: rows.length > query.limit && last ? encodeCursor(last) : null,
      total_items: total,
      total_pages: pageCount(total, query.limit),
      current_page: Math.floor(before / query.limit) + 1,
    };
    return c.json(answer);
  });

  app.post('/api_keys', async (c) => {
    const body = await parseBody(c, createApiKeyRequest);
    const created = await insertApiKey(db, { projectId: c.get('apiKey').project_id, name: body.name, isAdmin: false });
    return c.json(created, 201);
  });

  app.delete('/api_keys/:id', async (c) => {
    const caller = c.get('apiKey');
    const id = parseParam(c, 'id', keyIdParam);
    if (id === caller.id) {
      throw apiError(409, 'A key cannot revoke itself.', 'Revoke this key using another key of the project.');
    }
    if ((await getApiKey(db, caller.project_id, id)) === undefined) throw notFound('API key', id);
    await revokeApiKey(db, caller.project_id, id);
    // This replica stops accepting the key at once; others within the cache's lifetime.
    rows.forgetApiKey(id);
    return c.json({ id, deleted: true as const });
  });

  return app;
}
