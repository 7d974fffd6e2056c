-- Which resources (URIs, templates, `*` prefixes) and prompts of their upstream MCP toolkits a server serves; empty
-- means all, as for allowed_tools. Numbered after the issue that added it, to stay clear of parallel migrations.
ALTER TABLE mcp_servers ADD COLUMN allowed_resources text[] NOT NULL DEFAULT '{}';
ALTER TABLE mcp_servers ADD COLUMN allowed_prompts text[] NOT NULL DEFAULT '{}';
