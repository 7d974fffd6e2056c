import type { ApiKey, ApiKeyCreated, McpInstance, Project } from '@patchbay/core';
import type { ApiKeyRow } from '../store/api-keys.js';
import type { InstanceRow } from '../store/instances.js';
import type { ProjectRow } from '../store/projects.js';
import { iso, isoOrNull } from './iso.js';

/** Projects, their API keys, and servers' per-user instances as the API answers them. */

export const presentApiKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  is_admin: row.is_admin,
  created_at: iso(row.created_at),
  last_used_at: isoOrNull(row.last_used_at),
  revoked_at: isoOrNull(row.revoked_at),
});

/** The one answer that carries the key itself. */
export const presentCreatedApiKey = (created: { row: ApiKeyRow; key: string }): ApiKeyCreated => ({
  ...presentApiKey(created.row),
  key: created.key,
});

export const presentProject = (row: ProjectRow): Project => ({
  id: row.id,
  name: row.name,
  created_at: iso(row.created_at),
});

export const presentInstance = (row: InstanceRow): McpInstance => ({
  id: row.id,
  instance_id: row.user_id,
  mcp_server_id: row.server_id,
  created_at: iso(row.created_at),
  updated_at: iso(row.updated_at),
});
