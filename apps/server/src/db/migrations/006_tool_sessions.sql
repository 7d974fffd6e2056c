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
  -- The first word of the tool's action (`create` of GITHUB_CREATE_AN_ISSUE): what a query's verb is matched with.
  verb text NOT NULL DEFAULT '',
  doc tsvector NOT NULL,
  PRIMARY KEY (project_id, toolkit_slug, tool_slug)
);
-- Without a pending list: the index is written rarely (a toolkit's tools change) and read on every search.
CREATE INDEX tool_search_docs_fts ON tool_search_docs USING gin (doc) WITH (fastupdate = off);
CREATE TABLE tool_search_toolkits (
  project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  toolkit_slug text NOT NULL,
  version text NOT NULL,
  PRIMARY KEY (project_id, toolkit_slug)
);
CREATE TABLE tool_search_synonyms (
  term text NOT NULL,
  -- Space-separated words a query for `term` also looks for.
  expansion text NOT NULL,
  -- `verb`: the expansion names what a tool does (`open` → create) and lifts tools whose action starts with it,
  -- without widening the match (every API has a "list" or a "get").
  kind text NOT NULL DEFAULT 'word' CHECK (kind IN ('word', 'verb')),
  PRIMARY KEY (term, kind)
);
INSERT INTO tool_search_synonyms (term, expansion, kind) VALUES
  -- Apps by what people call them.
  ('email', 'gmail mail message', 'word'),
  ('emails', 'gmail mail message', 'word'),
  ('mail', 'gmail email message', 'word'),
  ('inbox', 'gmail mail message list', 'word'),
  ('newsletter', 'gmail message', 'word'),
  ('spam', 'gmail message', 'word'),
  ('issue', 'ticket bug', 'word'),
  ('issues', 'ticket bug', 'word'),
  ('ticket', 'issue linear', 'word'),
  ('tickets', 'issue linear', 'word'),
  ('bug', 'issue ticket', 'word'),
  ('calendar', 'event google_calendar', 'word'),
  ('meeting', 'event calendar', 'word'),
  ('meetings', 'event calendar', 'word'),
  ('standup', 'event calendar', 'word'),
  ('appointment', 'event calendar', 'word'),
  ('lunch', 'event calendar', 'word'),
  ('tomorrow', 'events list', 'word'),
  ('agenda', 'event calendar', 'word'),
  ('free', 'busy', 'word'),
  ('channel', 'slack message conversation', 'word'),
  ('team', 'slack channel', 'word'),
  ('chat', 'slack message', 'word'),
  ('dm', 'slack message direct', 'word'),
  ('repo', 'repository github', 'word'),
  ('repos', 'repositories github', 'word'),
  ('repository', 'repo github', 'word'),
  ('repositories', 'repo github', 'word'),
  ('code', 'github', 'word'),
  ('pr', 'pull request', 'word'),
  ('branch', 'reference', 'word'),
  ('readme', 'repository content', 'word'),
  ('doc', 'page notion', 'word'),
  ('docs', 'page notion', 'word'),
  ('wiki', 'page notion', 'word'),
  ('paragraph', 'block children', 'word'),
  ('rows', 'database query', 'word'),
  ('note', 'notes', 'word'),
  ('locker', 'note', 'word'),
  ('url', 'http', 'word'),
  ('webpage', 'http', 'word'),
  ('website', 'http', 'word'),
  ('webhook', 'http request', 'word'),
  ('json', 'request body', 'word'),
  ('folder', 'files directory', 'word'),
  ('react', 'reaction emoji', 'word'),
  ('thumbs', 'reaction emoji', 'word'),
  ('emoji', 'reaction', 'word'),
  ('said', 'conversation history', 'word'),
  ('progress', 'state', 'word'),
  ('yet', 'draft', 'word'),
  ('later', 'schedule draft', 'word'),
  ('me', 'user authenticated', 'word'),
  ('download', 'http', 'word'),
  ('remember', 'note', 'word'),
  ('jot', 'note', 'word'),
  ('post', 'http request', 'word'),
  ('mentioned', 'search messages', 'word'),
  -- What people say for what a tool does (its verb).
  ('open', 'create', 'verb'),
  ('start', 'create', 'verb'),
  ('put', 'create', 'verb'),
  ('add', 'create append', 'verb'),
  ('file', 'create', 'verb'),
  ('write', 'create', 'verb'),
  ('leave', 'create', 'verb'),
  ('save', 'write set', 'verb'),
  ('remember', 'set', 'verb'),
  ('jot', 'set', 'verb'),
  ('tell', 'send', 'verb'),
  ('notify', 'send', 'verb'),
  ('ping', 'send', 'verb'),
  ('reply', 'send', 'verb'),
  ('post', 'send', 'verb'),
  ('remind', 'schedule', 'verb'),
  ('show', 'list get read', 'verb'),
  ('what', 'list get', 'verb'),
  ('which', 'list', 'verb'),
  ('check', 'list get', 'verb'),
  ('read', 'get', 'verb'),
  ('who', 'get', 'verb'),
  ('close', 'update', 'verb'),
  ('move', 'update', 'verb'),
  ('change', 'update', 'verb'),
  ('mark', 'modify', 'verb'),
  ('cancel', 'delete', 'verb'),
  ('forget', 'delete', 'verb'),
  ('remove', 'delete', 'verb'),
  ('erase', 'delete', 'verb'),
  ('throw', 'trash delete', 'verb'),
  ('rename', 'move', 'verb'),
  ('find', 'search', 'verb'),
  ('look', 'search find', 'verb'),
  ('download', 'get http', 'verb'),
  ('fetch', 'get', 'verb'),
  ('rows', 'query', 'verb'),
  ('mentioned', 'search', 'verb');
