import type { Database } from '../db/database.js';
import type { Presenter } from '../present.js';
import type { ToolkitCatalog } from '../toolkits/catalog.js';

/** What the API routes need; createApp builds it once. */
export interface ApiDeps {
  db: Database;
  catalog: ToolkitCatalog;
  present: Presenter;
  publicUrl: string;
}
