import type { Database } from '../db/database.js';
import type { RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import type { ToolDefinition } from '../toolkits/runtime.js';

/** `GITHUB_CREATE_AN_ISSUE` → `github create an issue`; camelCase split too (`listEvents` → `list events`). */
export function words(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The five parts of a tool's document: its verb; A names, B its toolkit, C its description, D its parameters. */
function parts(toolkit: RegisteredToolkit, tool: ToolDefinition): [string, string, string, string, string] {
  const params = Object.entries(tool.inputSchema.properties ?? {}).map(([name, schema]) => {
    const about = typeof schema === 'object' && schema !== null && 'description' in schema ? schema.description : '';
    return `${words(name)} ${typeof about === 'string' ? about.slice(0, 200) : ''}`;
  });
  // The slug without its toolkit prefix: the toolkit's words are part B, so that naming an app does not make every
  // one of its tools look like a match on the action.
  const prefix = `${words(toolkit.meta.slug)} `;
  const whole = words(tool.slug);
  const action = whole.startsWith(prefix) ? whole.slice(prefix.length) : whole;
  return [
    action.split(' ')[0] ?? '',
    `${action} ${words(tool.name)}`,
    `${words(toolkit.meta.slug)} ${toolkit.meta.name}`,
    tool.description.slice(0, 2000),
    params.join(' '),
  ];
}

/**
 * Keeps `tool_search_docs` in step with the catalog: a toolkit's documents are rewritten when its catalog version
 * (a hash of its tools) differs from the one indexed. Each replica remembers what it has checked, so a search costs
 * no write once the index is current; replicas share the index through the database.
 */
/** Bumped when the document's make-up changes, so every index is rebuilt once. */
const docFormat = 3;

export class ToolIndex {
  private readonly checked = new Map<string, string>();
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(
    private readonly db: Database,
    private readonly registry: ToolkitRegistry,
  ) {}

  async ensure(projectId: string, toolkits: readonly RegisteredToolkit[]): Promise<void> {
    const written = await Promise.all(toolkits.map((toolkit) => this.ensureOne(projectId, toolkit)));
    // Fresh statistics after a rewrite, so the planner uses the text index rather than scanning.
    if (written.some(Boolean)) await this.db.query('ANALYZE tool_search_docs');
  }

  /** Answers whether it rewrote the toolkit's documents. */
  private async ensureOne(projectId: string, toolkit: RegisteredToolkit): Promise<boolean> {
    const key = `${projectId}\u0000${toolkit.meta.slug}`;
    const version = `${docFormat}:${await this.registry.catalogVersion(projectId, toolkit)}`;
    if (this.checked.get(key) === version) return false;
    const running = this.pending.get(key);
    if (running) return running;
    const work = this.write(projectId, toolkit, version).finally(() => this.pending.delete(key));
    this.pending.set(key, work);
    const wrote = await work;
    this.checked.set(key, version);
    return wrote;
  }

  private async write(projectId: string, toolkit: RegisteredToolkit, version: string): Promise<boolean> {
    const slug = toolkit.meta.slug;
    const [stored] = await this.db.query<{ version: string }>(
      'SELECT version FROM tool_search_toolkits WHERE project_id = $1 AND toolkit_slug = $2',
      [projectId, slug],
    );
    if (stored?.version === version) return false;
    const tools = await this.registry.catalogTools(projectId, toolkit);
    const docs = tools.map((tool) => parts(toolkit, tool));
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM tool_search_docs WHERE project_id = $1 AND toolkit_slug = $2', [projectId, slug]);
      if (tools.length > 0) {
        await tx.query(
          `INSERT INTO tool_search_docs (project_id, toolkit_slug, tool_slug, verb, doc)
           SELECT $1, $2, t.slug, t.verb,
                  setweight(to_tsvector('english', t.a), 'A') || setweight(to_tsvector('english', t.b), 'B') ||
                  setweight(to_tsvector('english', t.c), 'C') || setweight(to_tsvector('english', t.d), 'D')
           FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(slug, verb, a, b, c, d)
           ON CONFLICT (project_id, toolkit_slug, tool_slug) DO UPDATE SET verb = excluded.verb, doc = excluded.doc`,
          [
            projectId,
            slug,
            tools.map((t) => t.slug),
            docs.map((d) => d[0]),
            docs.map((d) => d[1]),
            docs.map((d) => d[2]),
            docs.map((d) => d[3]),
            docs.map((d) => d[4]),
          ],
        );
      }
      await tx.query(
        `INSERT INTO tool_search_toolkits (project_id, toolkit_slug, version) VALUES ($1, $2, $3)
         ON CONFLICT (project_id, toolkit_slug) DO UPDATE SET version = excluded.version`,
        [projectId, slug, version],
      );
    });
    return true;
  }
}
