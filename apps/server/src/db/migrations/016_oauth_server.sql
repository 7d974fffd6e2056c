-- Patchbay's OAuth 2.1 authorization server (issue 16): everything oidc-provider keeps (grants, codes, tokens,
-- interactions, sessions, registered clients) lives here, so every replica sees the same state and a restart loses
-- none. A record is found by the SHA-256 of its id, since for codes and tokens the id is the secret itself; the
-- payload is sealed with the master key. The plain columns are only what queries need.
CREATE TABLE oauth_records (
  kind text NOT NULL,
  id_hash bytea NOT NULL,
  payload bytea NOT NULL,
  grant_id text,
  uid_hash bytea,
  client_id text,
  -- For grants and tokens bound to one MCP URL: whose access it is (listing and revoking per server and user).
  server_id text,
  user_id text,
  expires_at timestamptz,
  consumed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id_hash)
);
CREATE INDEX oauth_records_grant ON oauth_records (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX oauth_records_uid ON oauth_records (uid_hash) WHERE uid_hash IS NOT NULL;
CREATE INDEX oauth_records_expiry ON oauth_records (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX oauth_records_access ON oauth_records (server_id, user_id) WHERE kind = 'Grant';

-- The authorization server's signing key and cookie secret, made once by the first replica that needs them.
CREATE TABLE oauth_keys (
  id text PRIMARY KEY,
  sealed bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Sign-in requests waiting for the developer's backend to approve them for one of its users (developer-approval mode).
CREATE TABLE oauth_pending_approvals (
  id_hash bytea PRIMARY KEY,
  interaction_uid text NOT NULL,
  project_id text NOT NULL,
  server_id text NOT NULL,
  user_id text,
  denied boolean NOT NULL DEFAULT false,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
