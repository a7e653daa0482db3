import 'server-only';
import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { hasMark, MARK_END, MARK_START } from '@/lib/search-highlight';
import { db } from './index';
import { articles, sections } from './schema';

export const SEARCH_RESULTS_PER_PAGE = 10;

export type SearchFilters = { sectionId: number | null; from: Date | null; before: Date | null };

/** A found article; its snippet marks the matched words with MARK_START and MARK_END (lib/search-highlight.ts). */
export type SearchHit = { id: number; slug: string; title: string; publishedAt: Date; section: { slug: string; name: string }; snippet: string };
export type SearchResult = { items: SearchHit[]; total: number; page: number; pageCount: number };

// bm25 weights of the index columns (migration 0003: title, dek, body, tags): a word in the title
// says far more about an article than the same word somewhere in a long body.
const ranking = sql.raw('bm25(article_search, 10.0, 4.0, 1.0, 6.0)');

type HitRow = { id: number; slug: string; title: string; published_at: number; section_slug: string; section_name: string; total: number };

/**
 * One page of the public articles matching an FTS5 expression (lib/search-query.ts builds it), best
 * first (newer first among equal scores), or null past the last page. Drafts and scheduled articles are filtered here, not in the index,
 * so an article shows up at its publication time with no reindexing.
 */
export function searchArticles(match: string, filters: SearchFilters, page: number, now = new Date()): SearchResult | null {
  const where = and(
    eq(articles.status, 'published'),
    lte(articles.publishedAt, now),
    filters.sectionId === null ? undefined : eq(articles.sectionId, filters.sectionId),
    filters.from === null ? undefined : gte(articles.publishedAt, filters.from),
    filters.before === null ? undefined : lt(articles.publishedAt, filters.before),
  );
  // bm25() only works in the query that reads the index: scored there (materialized, so SQLite cannot
  // merge it into the outer query), then joined, counted with a window and sorted.
  const rows = db.all<HitRow>(sql`
    with hits as materialized (select rowid as id, ${ranking} as score from article_search where article_search match ${match})
    select ${articles.id} as id, ${articles.slug} as slug, ${articles.title} as title, ${articles.publishedAt} as published_at,
      ${sections.slug} as section_slug, ${sections.name} as section_name, count(*) over () as total
    from hits
    join ${articles} on ${articles.id} = hits.id
    join ${sections} on ${sections.id} = ${articles.sectionId}
    where ${where}
    order by hits.score, ${articles.publishedAt} desc, ${articles.id} desc
    limit ${SEARCH_RESULTS_PER_PAGE} offset ${(page - 1) * SEARCH_RESULTS_PER_PAGE}`);
  // An empty page after the first is past the last one; an empty first page is "no results".
  if (rows.length === 0 && page > 1) return null;
  const total = rows[0]?.total ?? 0;
  const snippets = snippetsFor(match, rows.map((row) => row.id));
  return {
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      publishedAt: new Date(row.published_at),
      section: { slug: row.section_slug, name: row.section_name },
      snippet: snippets.get(row.id) ?? '',
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_RESULTS_PER_PAGE)),
  };
}

/**
 * The passage of each article around the matched words: from the body, else from the dek, else the
 * dek's opening (a match in the title or tags alone). Asked for the page's few articles only, since
 * FTS5 computes a snippet for every row its query returns.
 */
function snippetsFor(match: string, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const snippet = (column: number) => sql`snippet(article_search, ${sql.raw(String(column))}, ${MARK_START}, ${MARK_END}, '…', 24)`;
  const rows = db.all<{ id: number; body: string; dek: string }>(sql`
    select rowid as id, ${snippet(2)} as body, ${snippet(1)} as dek
    from article_search
    where article_search match ${match} and rowid in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return new Map(rows.map((row) => [row.id, [row.body, row.dek].find(hasMark) ?? (row.dek || row.body)]));
}
