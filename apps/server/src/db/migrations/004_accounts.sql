-- Auth configs, connected accounts and the OAuth flow. Secrets stay in the *_encrypted bytea columns (AES-256-GCM
-- envelopes, see src/accounts/crypto.ts); every column added here is non-secret.
ALTER TABLE auth_configs ADD COLUMN scopes text[] NOT NULL DEFAULT '{}';
CREATE INDEX auth_configs_by_project_newest ON auth_configs (project_id, created_at DESC, id DESC);

-- Not secret, and kept outside the envelope so refreshes can be planned (and tested) without opening it.
ALTER TABLE connected_accounts ADD COLUMN token_expires_at timestamptz;
ALTER TABLE connected_accounts ADD COLUMN callback_url text;
ALTER TABLE connected_accounts ADD COLUMN connection_data jsonb NOT NULL DEFAULT '{}';
CREATE INDEX connected_accounts_by_created ON connected_accounts (project_id, created_at, id);
CREATE INDEX connected_accounts_by_updated ON connected_accounts (project_id, updated_at, id);

-- One row per authorisation attempt. The `state` sent to the provider is random; only its SHA-256 is kept (as id),
-- so a database reader cannot complete someone's flow. Single use (used_at), ten minutes (expires_at).
CREATE TABLE oauth_states (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  connected_account_id text NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  -- The PKCE code_verifier, sealed (it is a secret until the code is exchanged).
  verifier_encrypted bytea NOT NULL,
  redirect_uri text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX oauth_states_by_account ON oauth_states (connected_account_id);

-- Links to the hosted connect page (`/connect/{account}?t=…`): the token is random, only its SHA-256 is kept.
CREATE TABLE connect_links (
  token_hash bytea PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  connected_account_id text NOT NULL REFERENCES connected_accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX connect_links_by_account ON connect_links (connected_account_id);
