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
  -- Apps by what people call them.
  ('email', 'gmail mail message'),
  ('emails', 'gmail mail message'),
  ('mail', 'gmail email message'),
  ('inbox', 'gmail mail message list'),
  ('newsletter', 'gmail message'),
  ('spam', 'gmail message'),
  ('issue', 'ticket bug'),
  ('issues', 'ticket bug'),
  ('ticket', 'issue linear'),
  ('tickets', 'issue linear'),
  ('bug', 'issue ticket'),
  ('calendar', 'event google_calendar'),
  ('meeting', 'event calendar'),
  ('meetings', 'event calendar'),
  ('standup', 'event calendar'),
  ('appointment', 'event calendar'),
  ('lunch', 'event calendar'),
  ('tomorrow', 'events list'),
  ('agenda', 'event calendar'),
  ('free', 'busy'),
  ('channel', 'slack message conversation'),
  ('team', 'slack channel'),
  ('chat', 'slack message'),
  ('dm', 'slack message direct'),
  ('repo', 'repository github'),
  ('repos', 'repositories github'),
  ('repository', 'repo github'),
  ('repositories', 'repo github'),
  ('code', 'github'),
  ('pr', 'pull request'),
  ('branch', 'reference'),
  ('readme', 'repository content'),
  ('doc', 'page notion'),
  ('docs', 'page notion'),
  ('wiki', 'page notion'),
  ('paragraph', 'block children'),
  ('rows', 'database query'),
  ('note', 'notes'),
  ('locker', 'note'),
  ('url', 'http'),
  ('webpage', 'http'),
  ('website', 'http'),
  ('webhook', 'http request'),
  ('json', 'request body'),
  ('folder', 'files directory'),
  ('react', 'reaction emoji'),
  ('thumbs', 'reaction emoji'),
  ('emoji', 'reaction'),
  ('said', 'conversation history'),
  ('progress', 'state'),
  ('yet', 'draft'),
  ('later', 'schedule draft'),
  ('me', 'user authenticated'),
  -- What people say for what a tool does (its verb).
  ('open', 'create'),
  ('start', 'create'),
  ('put', 'create'),
  ('add', 'create append'),
  ('file', 'create'),
  ('write', 'create'),
  ('leave', 'create'),
  ('save', 'write set'),
  ('remember', 'set'),
  ('jot', 'set'),
  ('tell', 'send'),
  ('notify', 'send'),
  ('ping', 'send'),
  ('reply', 'send'),
  ('post', 'send request'),
  ('remind', 'schedule'),
  ('show', 'list get read'),
  ('what', 'list get'),
  ('which', 'list'),
  ('check', 'list get'),
  ('read', 'get'),
  ('who', 'get'),
  ('close', 'update'),
  ('move', 'update'),
  ('change', 'update'),
  ('mark', 'modify'),
  ('cancel', 'delete'),
  ('forget', 'delete'),
  ('remove', 'delete'),
  ('erase', 'delete'),
  ('throw', 'trash delete'),
  ('rename', 'move'),
  ('find', 'search'),
  ('look', 'search find'),
  ('download', 'get http'),
  ('fetch', 'get');
