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

/** How much a synonym counts beside a word of the query, and the lift for tools of an app the query names. */
export const weights = {
  synonym: Number(process.env.PB_W_SYN ?? 0.5),
  named: Number(process.env.PB_W_NAMED ?? 0.3),
  implied: Number(process.env.PB_W_IMPLIED ?? 0.15),
  verb: Number(process.env.PB_W_VERB ?? 0.2),
  impliedVerb: Number(process.env.PB_W_IVERB ?? 0.15),
};

/** The toolkits a query names: by slug, slug without underscores, or a word of its name ("calendar", "gmail"). */
function mentions(toolkits: readonly RegisteredToolkit[], queryWords: readonly string[]): string[] {
  const said = new Set(queryWords);
  return toolkits
    .filter(({ meta }) => {
      const names = [
        meta.slug,
        meta.slug.replace(/_/g, ''),
        ...words(meta.name)
          .split(' ')
          .filter((w) => w.length > 3),
      ];
      return names.some((name) => said.has(name));
    })
    .map(({ meta }) => meta.slug);
}

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
    const mentioned = mentions(scope.toolkits, terms);
    const implied = mentions(scope.toolkits, extra).filter((slug) => !mentioned.includes(slug));
    const rows = await this.db.query<{ toolkit_slug: string; tool_slug: string; rank: number }>(
      `WITH q AS (SELECT to_tsquery('english', $2) AS own, to_tsquery('english', $3) AS syn)
       SELECT toolkit_slug, tool_slug,
              (ts_rank(doc, q.own, 1) + $8::float8 * ts_rank(doc, q.syn, 1)
               + CASE WHEN toolkit_slug = ANY($6::text[]) THEN $9::float8 WHEN toolkit_slug = ANY($7::text[]) THEN $10::float8 ELSE 0 END
               + CASE WHEN verb = ANY($12::text[]) THEN $14::float8 WHEN verb = ANY($13::text[]) THEN $15::float8 ELSE 0 END
              )::float8 AS rank
       FROM tool_search_docs, q
       WHERE project_id = $1 AND (toolkit_slug = ANY($4::text[]) OR tool_slug = ANY($5::text[]))
         AND doc @@ (q.own || q.syn)
       ORDER BY rank DESC, tool_slug LIMIT $11`,
      [
        projectId,
        anyOf(terms),
        anyOf(extra),
        scope.whole,
        scope.picked,
        mentioned,
        implied,
        weights.synonym,
        weights.named,
        weights.implied,
        limit,
        terms,
        extra,
        weights.verb,
        weights.impliedVerb,
      ],
    );
    return rows.map((r) => ({ toolkitSlug: r.toolkit_slug, toolSlug: r.tool_slug, rank: r.rank }));
  }
}
