-- Custom toolkits (upstream MCP servers and OpenAPI-described APIs), the tool-call log, and the scoped tokens that
-- let one user's AI client reach one MCP server without the project's API key.
CREATE TABLE custom_toolkits (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  logo text,
  categories text[] NOT NULL DEFAULT '{}',
  kind text NOT NULL CHECK (kind IN ('mcp_stdio', 'mcp_http', 'openapi')),
  -- The `mcp` or `openapi` source object as the API received it (no secrets: those live in connected accounts).
  source jsonb NOT NULL,
  timeout_ms integer NOT NULL DEFAULT 30000,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, slug)
);

CREATE TABLE tool_calls (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  server_id uuid,
  user_id text NOT NULL,
  connected_account_id text,
  tool_slug text NOT NULL,
  toolkit_slug text NOT NULL,
  source text NOT NULL CHECK (source IN ('mcp', 'api')),
  started_at timestamptz NOT NULL,
  duration_ms double precision NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('success', 'error')),
  error text
);
-- The log is read newest first, per project, optionally narrowed by one of these.
CREATE INDEX tool_calls_by_time ON tool_calls (project_id, started_at DESC, id DESC);
CREATE INDEX tool_calls_by_server ON tool_calls (project_id, server_id, started_at DESC);
CREATE INDEX tool_calls_by_user ON tool_calls (project_id, user_id, started_at DESC);
CREATE INDEX tool_calls_by_tool ON tool_calls (project_id, tool_slug, started_at DESC);

CREATE TABLE mcp_access_tokens (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  server_id uuid NOT NULL REFERENCES mcp_servers (id) ON DELETE CASCADE,
  -- Exactly one selector: the token acts for this user, or through this one connected account.
  user_id text,
  connected_account_id text,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  CHECK ((user_id IS NULL) <> (connected_account_id IS NULL))
);
CREATE INDEX mcp_access_tokens_by_user ON mcp_access_tokens (server_id, user_id) WHERE revoked_at IS NULL;
