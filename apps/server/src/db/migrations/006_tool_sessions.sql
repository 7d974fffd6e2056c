-- Tool sessions (the hosted "tool router"): one user's config of which toolkits and tools its MCP URL may search
-- and run. The live config is on the session row; each change archives the one it replaces.
CREATE TABLE tool_sessions (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id text NOT NULL,
  -- The config in request spelling (`enable`/`disable`), as validated; answers echo it in the hosted spelling.
  config jsonb NOT NULL,
  config_version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tool_sessions_by_project ON tool_sessions (project_id, created_at DESC);

CREATE TABLE tool_session_configs (
  session_id text NOT NULL REFERENCES tool_sessions (id) ON DELETE CASCADE,
  version integer NOT NULL,
  config jsonb NOT NULL,
  -- When this version was superseded.
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, version)
);

-- Calls made through a session name it, so the log can be read per session.
ALTER TABLE tool_calls ADD COLUMN session_id text;
CREATE INDEX tool_calls_by_session ON tool_calls (project_id, session_id, started_at DESC) WHERE session_id IS NOT NULL;

-- A scoped token is for one named server or for one session (of its user).
ALTER TABLE mcp_access_tokens ALTER COLUMN server_id DROP NOT NULL;
ALTER TABLE mcp_access_tokens ADD COLUMN session_id text REFERENCES tool_sessions (id) ON DELETE CASCADE;
ALTER TABLE mcp_access_tokens ADD CONSTRAINT mcp_access_tokens_one_target CHECK ((server_id IS NULL) <> (session_id IS NULL));

-- Search: one document per catalog tool of a project, indexed per toolkit version, ranked by PostgreSQL full-text
-- search; synonyms widen a query where stemming cannot ("email" finds gmail, "issue" finds tickets).
CREATE TABLE tool_search_docs (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  toolkit_slug text NOT NULL,
  tool_slug text NOT NULL,
  doc tsvector NOT NULL,
  PRIMARY KEY (project_id, toolkit_slug, tool_slug)
);
CREATE INDEX tool_search_docs_fts ON tool_search_docs USING gin (doc);
CREATE TABLE tool_search_toolkits (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  toolkit_slug text NOT NULL,
  version text NOT NULL,
  PRIMARY KEY (project_id, toolkit_slug)
);
CREATE TABLE tool_search_synonyms (
  term text PRIMARY KEY,
  -- Space-separated words a query for `term` also looks for.
  expansion text NOT NULL
);
INSERT INTO tool_search_synonyms (term, expansion) VALUES
  ('email', 'gmail mail message'),
  ('emails', 'gmail mail message'),
  ('mail', 'gmail email message'),
  ('inbox', 'gmail mail email'),
  ('issue', 'ticket bug github linear'),
  ('issues', 'ticket bug github linear'),
  ('ticket', 'issue linear'),
  ('tickets', 'issue linear'),
  ('bug', 'issue ticket'),
  ('calendar', 'event google_calendar'),
  ('meeting', 'event calendar'),
  ('meetings', 'event calendar'),
  ('schedule', 'event calendar create'),
  ('appointment', 'event calendar'),
  ('tomorrow', 'event calendar list'),
  ('agenda', 'event calendar list'),
  ('channel', 'slack message'),
  ('team', 'slack channel'),
  ('chat', 'slack message'),
  ('tell', 'send message post'),
  ('notify', 'send message post'),
  ('ping', 'send message'),
  ('dm', 'slack message direct'),
  ('repo', 'repository github'),
  ('repository', 'repo github'),
  ('repositories', 'repo github'),
  ('pr', 'pull request'),
  ('merge', 'pull request'),
  ('review', 'pull request'),
  ('doc', 'page notion'),
  ('docs', 'page notion'),
  ('wiki', 'page notion'),
  ('note', 'notes page'),
  ('remember', 'note set'),
  ('jot', 'note set'),
  ('download', 'http get fetch'),
  ('webpage', 'http get fetch'),
  ('website', 'http get fetch'),
  ('url', 'http fetch'),
  ('save', 'write set create'),
  ('open', 'create'),
  ('file', 'files'),
  ('folder', 'files directory list'),
  ('find', 'search list'),
  ('look', 'search get'),
  ('show', 'list get'),
  ('remove', 'delete'),
  ('erase', 'delete'),
  ('rename', 'move'),
  ('reply', 'send message'),
  ('who', 'user users'),
  ('me', 'user authenticated');
