import { createApiKeyRequest, cursorQuery } from '@patchbay/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { noStore } from '../http/security-headers.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { idCursor } from '../paging/cursors.js';
import { cursorPage, cursorPosition } from '../paging/page.js';
import { presentApiKey, presentCreatedApiKey } from '../present/access.js';
import { getApiKey, insertApiKey, listApiKeys, revokeApiKey } from '../store/api-keys.js';
import { announce } from '../store/invalidations.js';

// The cursor is the id of the last key on the previous page.
const keyCursor = idCursor(/^ak_[0-9A-Za-z]{16}$/);

const keyIdParam = z.string().min(1).max(64);

/** A project's API keys: listing, creating, revoking. */
export function apiKeyRoutes(ctx: ServerContext): Hono<AppEnv> {
  const { db } = ctx;
  const app = new Hono<AppEnv>();

  app.get('/api_keys', async (c) => {
    const query = parseQuery(c, cursorQuery);
    const after = cursorPosition(query.cursor, keyCursor);
    const { rows, total, before } = await listApiKeys(db, c.get('apiKey').project_id, query.limit, after);
    const items = rows.slice(0, query.limit).map(presentApiKey);
    const last = items[items.length - 1];
    return reply(
      c,
      'listApiKeys',
      cursorPage(items, {
        nextCursor: rows.length > query.limit && last ? keyCursor.encode(last.id) : null,
        total,
        before,
        limit: query.limit,
      }),
    );
  });

  app.post('/api_keys', noStore, async (c) => {
    const body = await parseBody(c, createApiKeyRequest);
    const created = await insertApiKey(db, { projectId: c.get('apiKey').project_id, name: body.name, isAdmin: false });
    return reply(c, 'createApiKey', presentCreatedApiKey(created), 201);
  });

  app.delete('/api_keys/:id', async (c) => {
    const caller = c.get('apiKey');
    const id = parseParam(c, 'id', keyIdParam);
    if (id === caller.id) {
      throw apiError(409, 'A key cannot revoke itself.', 'Revoke this key using another key of the project.');
    }
    if ((await getApiKey(db, caller.project_id, id)) === undefined) throw notFound('API key', id);
    await db.transaction(async (tx) => {
      await revokeApiKey(tx, caller.project_id, id);
      await announce(tx, { kind: 'api_key', id });
    });
    // This replica stops accepting the key at once; others within the cache's lifetime.
    ctx.rows.forgetApiKey(id);
    return reply(c, 'revokeApiKey', { id, deleted: true });
  });

  return app;
}
