-- The call log at millions of rows. Every list is newest first by (started_at, id), the keyset its cursors carry, so
-- each filter's index ends with both: a page is one index range scan, however deep the cursor.
DROP INDEX tool_calls_by_server;
DROP INDEX tool_calls_by_user;
DROP INDEX tool_calls_by_tool;
CREATE INDEX tool_calls_by_server ON tool_calls (project_id, server_id, started_at DESC, id DESC);
CREATE INDEX tool_calls_by_user ON tool_calls (project_id, user_id, started_at DESC, id DESC);
CREATE INDEX tool_calls_by_tool ON tool_calls (project_id, tool_slug, started_at DESC, id DESC);
CREATE INDEX tool_calls_by_toolkit ON tool_calls (project_id, toolkit_slug, started_at DESC, id DESC);
CREATE INDEX tool_calls_failed ON tool_calls (project_id, started_at DESC, id DESC) WHERE outcome = 'error';
-- Retention deletes the oldest rows of every project in small batches.
CREATE INDEX tool_calls_by_age ON tool_calls (started_at);

-- An unfiltered list's total without counting millions of rows: kept per project by statement-level triggers (one
-- update per INSERT statement, so the group-committed log pays once per batch).
CREATE TABLE tool_call_counts (
  project_id text PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
  total bigint NOT NULL DEFAULT 0
);
INSERT INTO tool_call_counts (project_id, total) SELECT project_id, count(*) FROM tool_calls GROUP BY project_id;

CREATE FUNCTION tool_call_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tool_call_counts AS c (project_id, total)
    SELECT project_id, count(*) FROM inserted GROUP BY project_id
    ON CONFLICT (project_id) DO UPDATE SET total = c.total + EXCLUDED.total;
  RETURN NULL;
END $$;
CREATE FUNCTION tool_call_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tool_call_counts c SET total = c.total - d.n
    FROM (SELECT project_id, count(*) AS n FROM deleted GROUP BY project_id) d
    WHERE c.project_id = d.project_id;
  RETURN NULL;
END $$;
CREATE TRIGGER tool_call_counts_on_insert AFTER INSERT ON tool_calls
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION tool_call_counts_add();
CREATE TRIGGER tool_call_counts_on_delete AFTER DELETE ON tool_calls
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION tool_call_counts_remove();
