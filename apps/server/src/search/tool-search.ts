import type { Database } from '../db/database.js';
import type { RegisteredToolkit, ToolkitRegistry } from '../toolkits/registry.js';
import { ToolIndex, words } from './tool-index.js';

export interface SearchHit {
  toolkitSlug: string;
  toolSlug: string;
  rank: number;
}

/** Which tools a search may return: whole toolkits, and single tools of toolkits a filter narrows. */
export interface SearchScope {
  toolkits: readonly RegisteredToolkit[];
  /** Toolkit slugs all of whose tools are allowed. */
  whole: readonly string[];
  /** Tool slugs allowed one by one. */
  picked: readonly string[];
}

// Words of a query that say nothing about which tool (to_tsquery drops English stop words on its own).
const filler = new Set(['please', 'can', 'could', 'would', 'want', 'need', 'like', 'help', 'my', 'me', 'i', 'the']);

/** `'a' | 'b'` of distinct words: only [a-z0-9] reach it, so it needs no quoting beyond the lexeme quotes. */
const anyOf = (list: Iterable<string>) => [...new Set(list)].map((w) => `'${w}'`).join(' | ');

/**
 * Ranked tool search with PostgreSQL full-text search (the same SQL on PGlite): the query's words or-ed together,
 * plus their synonyms at half weight, ranked by ts_rank over weighted documents (names, toolkit, description,
 * parameters). The scope is applied in the WHERE clause, so tools a session does not allow never take a place.
 */
export class ToolSearch {
  readonly index: ToolIndex;
  private synonyms: Promise<Map<string, string[]>> | undefined;

  constructor(
    private readonly db: Database,
    registry: ToolkitRegistry,
  ) {
    this.index = new ToolIndex(db, registry);
  }

  private loadSynonyms(): Promise<Map<string, string[]>> {
    this.synonyms ??= this.db
      .query<{ term: string; expansion: string }>('SELECT term, expansion FROM tool_search_synonyms')
      .then((rows) => new Map(rows.map((r) => [r.term, r.expansion.split(/\s+/).filter(Boolean)])))
      .catch((error: unknown) => {
        this.synonyms = undefined;
        throw error;
      });
    return this.synonyms;
  }

  async search(projectId: string, text: string, scope: SearchScope, limit: number): Promise<SearchHit[]> {
    if (scope.whole.length === 0 && scope.picked.length === 0) return [];
    const terms = words(text)
      .split(' ')
      .filter((w) => w.length > 1 && !filler.has(w));
    if (terms.length === 0) return [];
    const synonyms = await this.loadSynonyms();
    const extra = terms.flatMap((w) => (synonyms.get(w) ?? []).flatMap((s) => words(s).split(' ')));
    await this.index.ensure(projectId, scope.toolkits);
    const rows = await this.db.query<{ toolkit_slug: string; tool_slug: string; rank: number }>(
      `WITH q AS (SELECT to_tsquery('english', $2) AS own, to_tsquery('english', $3) AS syn)
       SELECT toolkit_slug, tool_slug, (ts_rank(doc, q.own, 1) + 0.5 * ts_rank(doc, q.syn, 1))::float8 AS rank
       FROM tool_search_docs, q
       WHERE project_id = $1 AND (toolkit_slug = ANY($4::text[]) OR tool_slug = ANY($5::text[]))
         AND doc @@ (q.own || q.syn)
       ORDER BY rank DESC, tool_slug LIMIT $6`,
      [projectId, anyOf(terms), anyOf(extra), scope.whole, scope.picked, limit],
    );
    return rows.map((r) => ({ toolkitSlug: r.toolkit_slug, toolSlug: r.tool_slug, rank: r.rank }));
  }
}
