import type { Database, SqlValue } from '../db/database.js';
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
  /** Every toolkit of the project is allowed whole: no narrowing clause is needed. */
  everything: boolean;
}

// Words of a query that say nothing about which tool (to_tsquery drops English stop words on its own).
const filler = new Set(['please', 'can', 'could', 'would', 'want', 'need', 'like', 'help', 'my', 'me', 'i', 'the']);

/** How much a synonym counts beside a word of the query, and the lifts for an app the query names and a verb. */
const weights = { synonym: 0.5, named: 0.3, implied: 0.15, verb: 0.2, impliedVerb: 0.15 };

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

interface Synonyms {
  words: Map<string, string[]>;
  verbs: Map<string, string[]>;
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
  private synonyms: Promise<Synonyms> | undefined;

  constructor(
    private readonly db: Database,
    registry: ToolkitRegistry,
  ) {
    this.index = new ToolIndex(db, registry);
  }

  private loadSynonyms(): Promise<Synonyms> {
    const of = (rows: { term: string; expansion: string }[]) =>
      new Map(
        rows.map((r) => [
          r.term,
          r.expansion
            .split(/\s+/)
            .flatMap((w) => words(w).split(' '))
            .filter(Boolean),
        ]),
      );
    this.synonyms ??= this.db
      .query<{ term: string; expansion: string; kind: string }>(
        'SELECT term, expansion, kind FROM tool_search_synonyms',
      )
      .then((rows) => ({
        words: of(rows.filter((r) => r.kind === 'word')),
        verbs: of(rows.filter((r) => r.kind === 'verb')),
      }))
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
    const extra = terms.flatMap((w) => synonyms.words.get(w) ?? []);
    const verbs = terms.flatMap((w) => synonyms.verbs.get(w) ?? []);
    await this.index.ensure(projectId, scope.toolkits);
    const mentioned = mentions(scope.toolkits, terms);
    const implied = mentions(scope.toolkits, extra).filter((slug) => !mentioned.includes(slug));
    const params: SqlValue[] = [projectId, anyOf(terms), anyOf(extra), limit, mentioned, implied, terms, verbs];
    // Every toolkit of the project: no clause, so the planner goes by the text index alone.
    let narrowed = '';
    if (!scope.everything) {
      params.push(scope.whole, scope.picked);
      narrowed = `AND (toolkit_slug = ANY($9::text[]) OR tool_slug = ANY($10::text[]))`;
    }
    // The tsqueries are written out (not joined from a CTE), so the GIN index can answer `@@`.
    const own = `to_tsquery('english', $2)`;
    const syn = `to_tsquery('english', $3)`;
    const rows = await this.db.query<{ toolkit_slug: string; tool_slug: string; rank: number }>(
      `SELECT toolkit_slug, tool_slug,
              (ts_rank(doc, ${own}, 1) + ${weights.synonym} * ts_rank(doc, ${syn}, 1)
               + CASE WHEN toolkit_slug = ANY($5::text[]) THEN ${weights.named}
                      WHEN toolkit_slug = ANY($6::text[]) THEN ${weights.implied} ELSE 0 END
               + CASE WHEN verb = ANY($7::text[]) THEN ${weights.verb}
                      WHEN verb = ANY($8::text[]) THEN ${weights.impliedVerb} ELSE 0 END
              )::float8 AS rank
       FROM tool_search_docs
       WHERE project_id = $1 ${narrowed} AND doc @@ (${own} || ${syn})
       ORDER BY rank DESC, tool_slug LIMIT $4`,
      params,
    );
    return rows.map((r) => ({ toolkitSlug: r.toolkit_slug, toolSlug: r.tool_slug, rank: r.rank }));
  }
}
