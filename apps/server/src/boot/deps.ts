import type { Database } from '../db/database.js';
import type { Presenter } from '../present/mcp-servers.js';
import type { ToolkitCatalog } from '../toolkits/toolkit-catalog.js';

/** What the API routes need; createApp builds it once. */
export interface ApiDeps {
  db: Database;
  catalog: ToolkitCatalog;
  present: Presenter;
  publicUrl: string;
}
