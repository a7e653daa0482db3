import 'server-only';
import { and, eq, gte, isNull, lt, lte, sql } from 'drizzle-orm';
import { hasMark, MARK_END, MARK_START } from '@/lib/search-highlight';
import { listArticleCards, type ArticleCard } from './articles';
import { db } from './index';
import { articles } from './schema';

export const SEARCH_RESULTS_PER_PAGE = 10;

export type SearchFilters = { sectionId: number | null; from: Date | null; before: Date | null };

/** A found article; its snippet marks the matched words with MARK_START and MARK_END (lib/search-highlight.ts). */
export type SearchHit = ArticleCard & { snippet: string };
export type SearchResult = { items: SearchHit[]; total: number; page: number; pageCount: number };

// bm25 weights of the index columns (migration 0003: title, dek, body, tags): a word in the title
// says far more about an article than the same word somewhere in a long body.
const ranking = sql.raw('bm25(article_search, 10.0, 4.0, 1.0, 6.0)');

/**
 * One page of the public articles matching an FTS5 expression (lib/search-query.ts builds it), best
 * first (newer first among equal scores), or null past the last page. Drafts and scheduled articles
 * are filtered here, not in the index, so an article shows up at its publication time with no reindexing.
 */
export function searchArticles(
  match: string,
  filters: SearchFilters,
  page: number,
  now = new Date(),
): SearchResult | null {
  const where = and(
    eq(articles.status, 'published'),
    lte(articles.publishedAt, now),
    isNull(articles.trashedAt),
    filters.sectionId === null ? undefined : eq(articles.sectionId, filters.sectionId),
    filters.from === null ? undefined : gte(articles.publishedAt, filters.from),
    filters.before === null ? undefined : lt(articles.publishedAt, filters.before),
  );
  // bm25() only works in the query that reads the index: scored there (materialized, so SQLite cannot
  // merge it into the outer query), then filtered, counted with a window and sorted. The cross join keeps
  // articles as the outer loop, read through a covering index on status and date (or section): looking
  // each hit up by id would read whole rows, long bodies and all (measured on the scale database for a
  // 10,000-hit search: 100 ms against a few).
  const rows = db.all<{ id: number; total: number }>(sql`
    with hits as materialized (select rowid as id, ${ranking} as score from article_search where article_search match ${match})
    select ${articles.id} as id, count(*) over () as total
    from ${articles} cross join hits on hits.id = ${articles.id}
    where ${where}
    order by hits.score, ${articles.publishedAt} desc, ${articles.id} desc
    limit ${SEARCH_RESULTS_PER_PAGE} offset ${(page - 1) * SEARCH_RESULTS_PER_PAGE}`);
  // An empty page after the first is past the last one; an empty first page is "no results".
  if (rows.length === 0 && page > 1) return null;
  const total = rows[0]?.total ?? 0;
  const ids = rows.map((row) => row.id);
  const snippets = snippetsFor(match, ids);
  return {
    items: listArticleCards(ids).map((card) => ({ ...card, snippet: snippets.get(card.id) ?? '' })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_RESULTS_PER_PAGE)),
  };
}

/**
 * The passage of each article's body around the matched words, or '' when they are only in its title,
 * dek or tags (the card shows the dek). Asked for the page's few articles only: FTS5 would compute a
 * snippet for every row of the ranking query.
 */
function snippetsFor(match: string, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.all<{ id: number; body: string }>(sql`
    select rowid as id, snippet(article_search, 2, ${MARK_START}, ${MARK_END}, '…', 24) as body
    from article_search
    where article_search match ${match} and rowid in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(rows.map((row) => [row.id, hasMark(row.body) ? row.body : '']));
}
