/**
 * Which toolkits a project has, as the MCP-server routes validate and show them. Per project, because projects bring
 * their own (custom toolkits); async, because those live in the database. The registry implements it.
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
