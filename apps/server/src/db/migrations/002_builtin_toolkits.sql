-- Storage of the built-in `notes` and `files` toolkits. Both live in the database rather than on local disk so that
-- every replica sees the same data, and so that a user's sandbox is a key prefix, not a directory to escape from.
CREATE TABLE user_notes (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id text NOT NULL,
  key text NOT NULL,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, user_id, key)
);

CREATE TABLE user_files (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id text NOT NULL,
  path text NOT NULL,
  content bytea NOT NULL,
  size integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, user_id, path)
);
