-- Patchbay's first schema. Every row belongs to a project; every query filters on project_id.
-- pg_trgm backs the case-insensitive substring filter on server names (ILIKE '%…%' cannot use a btree index).
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE TABLE projects (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  name text NOT NULL,
  prefix text NOT NULL,
  key_hash bytea NOT NULL UNIQUE,
  is_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_by_project ON api_keys (project_id, created_at, id);

CREATE TABLE auth_configs (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  toolkit_slug text NOT NULL,
  name text NOT NULL,
  auth_scheme text NOT NULL,
  status text NOT NULL DEFAULT 'ENABLED' CHECK (status IN ('ENABLED', 'DISABLED')),
  is_composio_managed boolean NOT NULL DEFAULT false,
  credentials_encrypted bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_configs_by_project ON auth_configs (project_id, created_at, id);

CREATE TABLE connected_accounts (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  auth_config_id text NOT NULL REFERENCES auth_configs (id) ON DELETE CASCADE,
  user_id text NOT NULL,
  status text NOT NULL DEFAULT 'INITIALIZING'
    CHECK (status IN ('INITIALIZING', 'INITIATED', 'ACTIVE', 'FAILED', 'EXPIRED', 'INACTIVE')),
  status_reason text,
  secrets_encrypted bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX connected_accounts_by_user ON connected_accounts (project_id, user_id, auth_config_id);
CREATE INDEX connected_accounts_by_auth_config ON connected_accounts (auth_config_id);

CREATE TABLE mcp_servers (
  id uuid PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  name text NOT NULL,
  toolkits text[] NOT NULL DEFAULT '{}',
  auth_config_ids text[] NOT NULL DEFAULT '{}',
  allowed_tools text[] NOT NULL DEFAULT '{}',
  managed_auth_via_composio boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Soft delete: the row stays for audit, but lists, reads and the MCP endpoint treat it as gone.
  deleted_at timestamptz
);
-- One index per ordering the list offers (id breaks ties so pages are stable), only over live rows.
CREATE INDEX mcp_servers_live_by_updated ON mcp_servers (project_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX mcp_servers_live_by_created ON mcp_servers (project_id, created_at, id) WHERE deleted_at IS NULL;
-- Any-of filters (`toolkits && $n`, `auth_config_ids && $n`).
CREATE INDEX mcp_servers_live_toolkits ON mcp_servers USING gin (toolkits) WHERE deleted_at IS NULL;
CREATE INDEX mcp_servers_live_auth_configs ON mcp_servers USING gin (auth_config_ids) WHERE deleted_at IS NULL;
CREATE INDEX mcp_servers_live_name_trgm ON mcp_servers USING gin (lower(name) public.gin_trgm_ops)
  WHERE deleted_at IS NULL;

CREATE TABLE mcp_instances (
  id uuid PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  server_id uuid NOT NULL REFERENCES mcp_servers (id) ON DELETE CASCADE,
  user_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (server_id, user_id)
);
CREATE INDEX mcp_instances_by_created ON mcp_instances (server_id, created_at, id);
