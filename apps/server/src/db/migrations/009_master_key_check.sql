-- A known plaintext sealed under the master key by the first replica that starts: a replica whose key cannot open it
-- would write secrets no other replica can read, so it refuses to start. The key rotation re-seals it with the rest.
CREATE TABLE master_key_check (
  id text PRIMARY KEY,
  sealed bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
