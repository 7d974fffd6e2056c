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

-- Developer approval (sign-in mode 1): the project's login URL, and the sign-ins waiting for the developer's backend
-- to approve them for one of its user ids. A sign-in id is a bearer secret for the backend: stored hashed.
ALTER TABLE projects ADD COLUMN oauth_login_url text;
CREATE TABLE oauth_sign_ins (
  id_hash bytea PRIMARY KEY,
  -- Useless without the browser's signed interaction cookie, so kept in clear: it makes the return URL.
  interaction_uid text NOT NULL,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  server_id text NOT NULL,
  client_id text NOT NULL,
  user_id text,
  denied boolean NOT NULL DEFAULT false,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX oauth_sign_ins_interaction ON oauth_sign_ins (interaction_uid);
