-- The operator's project: the one the server made at its first start. Only its admin keys may register toolkits that
-- run commands on the host (stdio upstreams), unless the operator allows more (PATCHBAY_STDIO_TOOLKITS).
ALTER TABLE projects ADD COLUMN is_operator boolean NOT NULL DEFAULT false;
UPDATE projects SET is_operator = true WHERE id = (SELECT id FROM projects ORDER BY created_at, id LIMIT 1);
