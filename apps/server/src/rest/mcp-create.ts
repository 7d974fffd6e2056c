import {
  type CustomMcpServerResponse,
  createCustomMcpServerRequest,
  createMcpServerRequest,
  cursorInstallLink,
  type GenerateMcpUrlResponse,
  generateMcpUrlRequest,
  type McpAccess,
  mcpServerUrl,
  userCommands,
} from '@patchbay/core';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { noStore } from '../http/security-headers.js';
import { parseBody } from '../http/validate.js';
import { insertInstance } from '../store/instances.js';
import { getMcpServer, insertMcpServer } from '../store/mcp-servers.js';
import { issueScopedToken } from '../store/scoped-tokens.js';
import { knownToolkits, ownAuthConfigs, ownConnectedAccounts, unique } from './references.js';

/** One URL with its scoped token, and the commands that put both into each AI client (the CLI from `cliUrl`). */
function accessEntry(
  cliUrl: string,
  url: string,
  token: string,
  selector: { userId: string } | { connectedAccountId: string },
): McpAccess {
  const headers = { Authorization: `Bearer ${token}` };
  return {
    user_id: 'userId' in selector ? selector.userId : null,
    connected_account_id: 'connectedAccountId' in selector ? selector.connectedAccountId : null,
    url,
    headers,
    commands: userCommands(cliUrl, { url, headers }),
    cursor_install_link: cursorInstallLink({ url, headers }),
  };
}

/** Creating servers (from auth configs, or from toolkits) and generating their per-user URLs. */
export function mcpCreateRoutes(ctx: ServerContext): Hono<AppEnv> {
  const { db, registry: catalog, present, publicUrl, downloads } = ctx;
  const app = new Hono<AppEnv>();
  // Hosted spellings of tool slugs (`GOOGLECALENDAR_…`) are kept as the toolkit's own, which is what is listed.
  const allowed = (slugs: readonly string[]) => unique(slugs.map((slug) => catalog.unaliasedToolSlug(slug)));

  app.post('/mcp/servers', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const body = await parseBody(c, createMcpServerRequest);
    const configs = await ownAuthConfigs(db, projectId, body.auth_config_ids, 'auth_config_ids');
    const noAuth = await knownToolkits(catalog, projectId, body.no_auth_apps ?? [], 'no_auth_apps');
    const row = await insertMcpServer(db, {
      projectId,
      name: body.name,
      toolkits: unique([...configs.map((ac) => ac.toolkit_slug), ...noAuth]),
      authConfigIds: configs.map((ac) => ac.id),
      // The hosted SDK sends `custom_tools`; both lists count.
      allowedTools: allowed([...body.allowed_tools, ...(body.custom_tools ?? [])]),
      allowedResources: unique(body.allowed_resources ?? []),
      allowedPrompts: unique(body.allowed_prompts ?? []),
      managedAuth: body.managed_auth_via_composio,
    });
    return reply(c, 'createMcpServer', await present.server(row), 201);
  });

  app.post('/mcp/servers/custom', async (c) => {
    const projectId = c.get('apiKey').project_id;
    const body = await parseBody(c, createCustomMcpServerRequest);
    const toolkits = await knownToolkits(catalog, projectId, body.toolkits ?? [], 'toolkits');
    const configs = await ownAuthConfigs(db, projectId, body.auth_config_ids ?? [], 'auth_config_ids');
    const row = await insertMcpServer(db, {
      projectId,
      name: body.name,
      toolkits: unique([...toolkits, ...configs.map((ac) => ac.toolkit_slug)]),
      authConfigIds: configs.map((ac) => ac.id),
      allowedTools: allowed([...(body.allowed_tools ?? []), ...(body.custom_tools ?? [])]),
      allowedResources: unique(body.allowed_resources ?? []),
      allowedPrompts: unique(body.allowed_prompts ?? []),
      managedAuth: body.managed_auth_via_composio,
    });
    const url = present.defaultUserUrl(row.id);
    const answer: CustomMcpServerResponse = {
      id: row.id,
      name: row.name,
      auth_config_ids: row.auth_config_ids,
      allowed_tools: row.allowed_tools,
      mcp_url: url,
      commands: (await present.server(row)).commands,
    };
    return reply(c, 'createCustomMcpServer', answer, 201);
  });

  app.post('/mcp/servers/generate', noStore, async (c) => {
    const projectId = c.get('apiKey').project_id;
    const body = await parseBody(c, generateMcpUrlRequest);
    const server = await getMcpServer(db, projectId, body.mcp_server_id);
    if (!server) throw notFound('MCP server', body.mcp_server_id);
    const accounts = body.connected_account_ids ?? [];
    await ownConnectedAccounts(db, projectId, accounts, 'connected_account_ids');
    const options = { includeHelperActions: body.managed_auth_by_composio };
    const users = body.user_ids ?? [];
    const userUrls = users.map((userId) => mcpServerUrl(publicUrl, server.id, { userId }, options));
    const accountUrls = accounts.map((connectedAccountId) =>
      mcpServerUrl(publicUrl, server.id, { connectedAccountId }, options),
    );
    const access: McpAccess[] = [];
    const cliUrl = downloads.url(publicUrl, 'cli');
    if (body.scoped_tokens) {
      // One transaction: either every requested user gets a token, or none is issued.
      await db.transaction(async (tx) => {
        for (const [i, userId] of users.entries()) {
          const token = await issueScopedToken(tx, projectId, server.id, { userId });
          // A token belongs to the user's instance: deleting the instance is how it is revoked.
          await insertInstance(tx, projectId, server.id, userId);
          access.push(accessEntry(cliUrl, userUrls[i] ?? '', token, { userId }));
        }
        for (const [i, connectedAccountId] of accounts.entries()) {
          const token = await issueScopedToken(tx, projectId, server.id, { connectedAccountId });
          access.push(accessEntry(cliUrl, accountUrls[i] ?? '', token, { connectedAccountId }));
        }
      });
    }
    const answer: GenerateMcpUrlResponse = {
      mcp_url: mcpServerUrl(publicUrl, server.id),
      user_ids_url: userUrls,
      connected_account_urls: accountUrls,
      access,
    };
    return reply(c, 'generateMcpUrls', answer);
  });

  return app;
}
