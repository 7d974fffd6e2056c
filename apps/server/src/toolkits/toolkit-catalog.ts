/**
 * Where the server learns which toolkits exist. Per project, because a later issue lets projects bring their own
 * (custom MCP servers behind the same endpoint); async, because those will live in the database.
 */
export interface ToolkitInfo {
  slug: string;
  name: string;
  logo: string;
}

export interface ToolkitCatalog {
  /** `slug` is matched lowercase; undefined when the project has no such toolkit. */
  get(projectId: string, slug: string): Promise<ToolkitInfo | undefined>;
  list(projectId: string): Promise<ToolkitInfo[]>;
}
