import {
  type AuthConfigList,
  authConfigId,
  authConfigStatus,
  createAuthConfigRequest,
  listAuthConfigsQuery,
  updateAuthConfigRequest,
} from '@patchbay/core';
import { Hono } from 'hono';
import type { AccountsDeps } from '../accounts/deps.js';
import { resolveOAuthApp } from '../accounts/oauth.js';
import { schemeOf, supportsScheme } from '../accounts/schemes.js';
import { openConfigCredentials, type StringMap, sealConfigCredentials, toStringMap } from '../accounts/secrets.js';
import type { AppEnv } from '../http/env.js';
import { apiError, internalError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { parseBody, parseParam, parseQuery } from '../http/validate.js';
import { keysetCursor } from '../paging/cursors.js';
import { cursorPage, cursorPosition } from '../paging/page.js';
import { presentAuthConfig } from '../present/accounts.js';
import {
  type AuthConfigRow,
  countConnections,
  deleteAuthConfig,
  getAuthConfig,
  insertAuthConfig,
  listAuthConfigs,
  newAuthConfigId,
  updateAuthConfig,
} from '../store/auth-configs.js';
import type { ToolkitMeta } from '../toolkits/registry.js';

/** `/auth_configs`: how a toolkit authenticates. Credentials are sealed at rest and answered masked. */

function credentialMap(raw: Record<string, unknown> | undefined): StringMap {
  const parsed = toStringMap(raw ?? {});
  if (!parsed.ok) {
    throw apiError(400, `credentials.${parsed.field} must be a string.`, 'Give every credential as a string.', {
      slug: 'validation_error',
      errors: [`credentials.${parsed.field}: must be a string`],
    });
  }
  return parsed.map;
}

/** The scheme's required creation fields are present, and an OAuth app is complete (client and endpoints). */
function checkCredentials(
  toolkit: ToolkitMeta | undefined,
  scheme: string,
  credentials: StringMap,
  scopes: readonly string[],
): void {
  if (scheme === 'OAUTH2') {
    const app = resolveOAuthApp(credentials, scopes, schemeOf(toolkit, scheme), toolkit?.oauth);
    if (!app.ok) {
      throw apiError(
        400,
        `Invalid credentials: ${app.message}.`,
        'Give the OAuth app as credentials: client_id, client_secret (and authorization_url, token_url when the toolkit has none).',
        {
          slug: 'validation_error',
        },
      );
    }
    return;
  }
  const required = (schemeOf(toolkit, scheme)?.fields.auth_config_creation ?? []).filter((f) => f.required);
  const missing = required.filter((f) => !credentials[f.name]).map((f) => f.name);
  if (missing.length > 0) {
    throw apiError(
      400,
      `Invalid credentials: ${missing.join(', ')} required for ${scheme}.`,
      `Give ${missing.join(', ')} in credentials.`,
      {
        slug: 'validation_error',
        errors: missing.map((m) => `credentials.${m}: required`),
      },
    );
  }
}

export function authConfigRoutes(deps: AccountsDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db, vault } = deps;

  const present = async (projectId: string, rows: AuthConfigRow[]) => {
    const counts = await countConnections(
      db,
      rows.map((r) => r.id),
    );
    const logos = new Map<string, string | null>();
    for (const slug of new Set(rows.map((r) => r.toolkit_slug))) {
      logos.set(slug, (await deps.registry.find(projectId, slug))?.meta.logo ?? null);
    }
    return rows.map((row) =>
      presentAuthConfig(vault, row, {
        logo: logos.get(row.toolkit_slug) ?? null,
        connections: counts.get(row.id) ?? 0,
      }),
    );
  };
  const presentOne = async (projectId: string, row: AuthConfigRow) => {
    const [shown] = await present(projectId, [row]);
    if (shown === undefined) throw internalError();
    return shown;
  };

  const load = async (projectId: string, id: string) => {
    const row = await getAuthConfig(db, projectId, id);
    if (row === undefined) throw notFound('auth config', id);
    return row;
  };

  app.post('/auth_configs', async (c) => {
    const body = await parseBody(c, createAuthConfigRequest);
    const projectId = c.get('apiKey').project_id;
    const toolkit = (await deps.registry.find(projectId, body.toolkit.slug))?.meta;
    if (toolkit === undefined) {
      throw apiError(
        404,
        `Toolkit ${JSON.stringify(body.toolkit.slug)} was not found.`,
        'GET /api/v3/toolkits lists the toolkits of this project.',
      );
    }
    const input = body.auth_config;
    if (input.proxy_config !== undefined) {
      // Refused rather than ignored: a proxy that is silently not used is worse than a clear no.
      throw apiError(400, 'proxy_config is not supported by this server.', 'Leave proxy_config out.', {
        slug: 'validation_error',
        errors: ['auth_config.proxy_config: not supported'],
      });
    }
    const managed = input.type === 'use_composio_managed_auth';
    const scheme =
      input.type === 'use_custom_auth'
        ? (input.auth_scheme ?? input.authScheme ?? 'NO_AUTH')
        : (toolkit.authSchemes[0]?.mode ?? 'NO_AUTH');
    if (!supportsScheme(toolkit, scheme)) {
      const offered = toolkit.noAuth ? 'NO_AUTH' : toolkit.authSchemes.map((s) => s.mode).join(', ');
      throw apiError(400, `Toolkit ${toolkit.slug} does not support ${scheme}.`, `Use one of: ${offered}.`, {
        slug: 'validation_error',
      });
    }
    if (scheme === 'OAUTH1') throw apiError(400, 'OAuth 1 is not supported.', 'Use OAUTH2 or a key-style scheme.');
    const credentials = credentialMap(input.credentials);
    if (managed && scheme === 'OAUTH2' && !credentials.client_id) {
      throw apiError(
        400,
        `Patchbay has no managed OAuth app for ${toolkit.slug}.`,
        'Create the auth config with type use_custom_auth and your OAuth app as credentials (client_id, client_secret).',
      );
    }
    const scopes = input.scopes ?? [];
    checkCredentials(toolkit, scheme, credentials, scopes);
    const id = newAuthConfigId();
    const row = await insertAuthConfig(db, {
      id,
      projectId,
      toolkitSlug: toolkit.slug,
      name: input.name ?? `${toolkit.name} ${scheme === 'NO_AUTH' ? 'no auth' : scheme}`,
      authScheme: scheme,
      isComposioManaged: managed,
      credentialsEncrypted: Object.keys(credentials).length > 0 ? sealConfigCredentials(vault, id, credentials) : null,
      scopes,
    });
    return reply(
      c,
      'createAuthConfig',
      {
        toolkit: { slug: row.toolkit_slug },
        auth_config: { id: row.id, auth_scheme: scheme, is_composio_managed: row.is_composio_managed },
      },
      201,
    );
  });

  app.get('/auth_configs', async (c) => {
    const query = parseQuery(c, listAuthConfigsQuery);
    const after = cursorPosition(query.cursor, keysetCursor);
    const projectId = c.get('apiKey').project_id;
    const page = await listAuthConfigs(db, projectId, {
      toolkitSlug: query.toolkit_slug === undefined ? undefined : deps.registry.canonicalSlug(query.toolkit_slug),
      isComposioManaged: query.is_composio_managed,
      search: query.search,
      after,
      limit: query.limit,
    });
    const answer: AuthConfigList = cursorPage(await present(projectId, page.rows), { ...page, limit: query.limit });
    return reply(c, 'listAuthConfigs', answer);
  });

  app.get('/auth_configs/:id', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const row = await load(projectId, parseParam(c, 'id', authConfigId));
    return reply(c, 'getAuthConfig', await presentOne(projectId, row));
  });

  app.patch('/auth_configs/:id', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const id = parseParam(c, 'id', authConfigId);
    const body = await parseBody(c, updateAuthConfigRequest);
    const row = await load(projectId, id);
    const credentials = body.credentials === undefined ? undefined : credentialMap(body.credentials);
    if (credentials !== undefined || body.scopes !== undefined) {
      const toolkit = (await deps.registry.find(projectId, row.toolkit_slug))?.meta;
      checkCredentials(
        toolkit,
        row.auth_scheme,
        credentials ?? openConfigCredentials(vault, row),
        body.scopes ?? row.scopes,
      );
    }
    const updated = await updateAuthConfig(db, projectId, id, {
      name: body.name,
      scopes: body.scopes,
      credentialsEncrypted: credentials === undefined ? undefined : sealConfigCredentials(vault, id, credentials),
    });
    if (updated === undefined) throw notFound('auth config', id);
    return reply(c, 'updateAuthConfig', await presentOne(projectId, updated));
  });

  app.delete('/auth_configs/:id', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const id = parseParam(c, 'id', authConfigId);
    const deleted = await db.transaction((tx) => deleteAuthConfig(tx, projectId, id));
    if (!deleted) throw notFound('auth config', id);
    return reply(c, 'deleteAuthConfig', { id, deleted: true as const });
  });

  app.patch('/auth_configs/:id/:status', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const id = parseParam(c, 'id', authConfigId);
    const status = parseParam(c, 'status', authConfigStatus);
    const updated = await updateAuthConfig(db, projectId, id, { status });
    if (updated === undefined) throw notFound('auth config', id);
    return reply(c, 'updateAuthConfigStatus', { success: true });
  });

  return app;
}
