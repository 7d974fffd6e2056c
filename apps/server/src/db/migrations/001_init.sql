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

-- Live-server counts per project, overall ('') and per single toolkit ('t:<slug>') or auth config ('a:<id>'), so
-- a list's total_pages does not cost a count over every matching row (100k rows: ~5-70 ms; this: one index probe).
-- Kept by statement-level triggers, i.e. in the same transaction as the change, so they cannot drift from the rows.
CREATE TABLE mcp_server_counts (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  facet text NOT NULL,
  live integer NOT NULL,
  PRIMARY KEY (project_id, facet)
);

CREATE FUNCTION mcp_server_facets(toolkits text[], auth_config_ids text[]) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
  SELECT ''
  UNION SELECT 't:' || t FROM unnest(toolkits) AS t
  UNION SELECT 'a:' || a FROM unnest(auth_config_ids) AS a
$$;

-- ORDER BY fixes the order counter rows are locked in, so concurrent statements cannot deadlock on them.
CREATE FUNCTION mcp_servers_counted_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO mcp_server_counts AS c (project_id, facet, live)
  SELECT n.project_id, f.facet, count(*)::int
  FROM new_rows n, mcp_server_facets(n.toolkits, n.auth_config_ids) AS f (facet)
  WHERE n.deleted_at IS NULL
  GROUP BY n.project_id, f.facet ORDER BY 1, 2
  ON CONFLICT (project_id, facet) DO UPDATE SET live = c.live + EXCLUDED.live;
  RETURN NULL;
END $$;

CREATE FUNCTION mcp_servers_counted_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO mcp_server_counts AS c (project_id, facet, live)
  SELECT project_id, facet, sum(d)::int FROM (
    SELECT n.project_id, f.facet, 1 AS d
    FROM new_rows n, mcp_server_facets(n.toolkits, n.auth_config_ids) AS f (facet) WHERE n.deleted_at IS NULL
    UNION ALL
    SELECT o.project_id, f.facet, -1
    FROM old_rows o, mcp_server_facets(o.toolkits, o.auth_config_ids) AS f (facet) WHERE o.deleted_at IS NULL
  ) AS delta
  GROUP BY project_id, facet HAVING sum(d) <> 0 ORDER BY 1, 2
  ON CONFLICT (project_id, facet) DO UPDATE SET live = c.live + EXCLUDED.live;
  RETURN NULL;
END $$;

CREATE FUNCTION mcp_servers_counted_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE mcp_server_counts AS c SET live = c.live - gone.n
  FROM (
    SELECT o.project_id, f.facet, count(*)::int AS n
    FROM old_rows o, mcp_server_facets(o.toolkits, o.auth_config_ids) AS f (facet)
    WHERE o.deleted_at IS NULL GROUP BY 1, 2
  ) AS gone
  WHERE c.project_id = gone.project_id AND c.facet = gone.facet;
  RETURN NULL;
END $$;

CREATE TRIGGER mcp_servers_count_insert AFTER INSERT ON mcp_servers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mcp_servers_counted_insert();
CREATE TRIGGER mcp_servers_count_update AFTER UPDATE ON mcp_servers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mcp_servers_counted_update();
CREATE TRIGGER mcp_servers_count_delete AFTER DELETE ON mcp_servers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mcp_servers_counted_delete();

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
