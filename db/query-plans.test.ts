import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, processConnection } from './connection';

/*
 * Every query a page runs, explained by SQLite: none may read the articles or comments table from end
 * to end. The connection is opened here with a logger before any db/ module opens its own, so the
 * queries are the real ones the modules build, with their parameters.
 */
const queries: { sql: string; params: unknown[] }[] = [];
process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-plans-')), 'site.db');
processConnection.kiosqueDb = openDatabase(process.env.DATABASE_PATH, {
  logger: { logQuery: (sql, params) => queries.push({ sql, params }) },
});

const { db, sqlite } = await import('./index');
const { migrateDatabase } = await import('./migrate');
const { seedScaleContent } = await import('./seed-scale');
const articles = await import('./articles');
const comments = await import('./comments');
const taxonomy = await import('./taxonomy');
const moderation = await import('./moderation-queue');
const dashboard = await import('./dashboard');
const search = await import('./search');
const feeds = await import('./feeds');
const sitemaps = await import('./sitemaps');
const { toMatchExpression } = await import('@/lib/search-query');

/** The plan lines that read a big table whole: "SCAN comments", not "SCAN comments USING INDEX …". */
function fullScans(sql: string, params: unknown[]): string[] {
  const plan = sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => /^SCAN (articles|comments)\b/.test(detail) && !/USING (COVERING )?INDEX/.test(detail));
}

/** The full scans in whatever the callback queried. */
function scansOf(run: () => unknown): { sql: string; scans: string[] }[] {
  queries.length = 0;
  run();
  expect(queries.length).toBeGreaterThan(0);
  return queries
    .map(({ sql, params }) => ({ sql, scans: fullScans(sql, params) }))
    .filter((query) => query.scans.length > 0);
}

let big: { id: number; slug: string };
let sectionId: number;
let tagId: number;
let authorId: number;
let commentId: number;

beforeAll(() => {
  migrateDatabase(db);
  const seeded = seedScaleContent(db, {
    articles: 300,
    comments: 4_000,
    bigArticleComments: 600,
    smallArticleComments: 20,
  });
  // The planner's statistics, as a long-lived site has them.
  sqlite.exec('analyze');
  const row = sqlite
    .prepare('select id, slug, section_id, author_id from articles where slug = ?')
    .get(seeded.bigArticleSlug) as { id: number; slug: string; section_id: number; author_id: number };
  big = row;
  sectionId = row.section_id;
  authorId = row.author_id;
  tagId = (sqlite.prepare('select tag_id from article_tags limit 1').get() as { tag_id: number }).tag_id;
  commentId = (
    sqlite
      .prepare("select id from comments where article_id = ? and status = 'approved' order by id desc limit 1")
      .get(big.id) as { id: number }
  ).id;
}, 60_000);

describe('no page reads articles or comments whole', () => {
  const cases: [string, () => unknown][] = [
    [
      'home',
      () => [
        articles.getLeadArticle(),
        articles.listLatestArticles(10),
        articles.listSectionBlocks(4),
        taxonomy.listSections(),
      ],
    ],
    [
      'section page 1 and a far page',
      () => [
        articles.listListingArticles({ kind: 'section', id: sectionId }, 1),
        articles.listListingArticles({ kind: 'section', id: sectionId }, 3),
      ],
    ],
    ['tag page', () => articles.listListingArticles({ kind: 'tag', id: tagId }, 1)],
    ['author page', () => articles.listListingArticles({ kind: 'author', id: authorId }, 1)],
    ['article', () => articles.listRelatedArticles(articles.getPublicArticle(big.slug)!, 4)],
    [
      'thread page and permalink',
      () => [comments.listThreadPage(big.id, 2, 30, 'oldest'), comments.getCommentLocation(commentId, 30, 'newest')],
    ],
    [
      'posting a comment',
      () => [
        articles.getCommentTarget(big.id),
        comments.getReplyTarget(commentId, big.id),
        comments.getCommenterHistory({
          emailHash: 'h',
          ip: '198.51.100.1',
          articleId: big.id,
          body: 'Bonjour',
          now: new Date(),
        }),
      ],
    ],
    [
      'search, with filters and a second page',
      () => [
        search.searchArticles(
          toMatchExpression('gouvernement budget')!,
          { sectionId: null, from: null, before: null },
          1,
        ),
        search.searchArticles(
          toMatchExpression('sécurité')!,
          { sectionId, from: new Date(Date.now() - 365 * 86_400_000), before: new Date() },
          2,
        ),
      ],
    ],
    [
      'feeds',
      () => [
        feeds.listFeedArticles(null, 20),
        feeds.listFeedArticles({ kind: 'tag', id: tagId }, 20),
        feeds.listFeedArticles({ kind: 'author', id: authorId }, 20),
        feeds.listFeedComments(big.id, 50, 30, 'oldest'),
        feeds.listFeedComments(big.id, 50, 30, 'newest'),
      ],
    ],
    [
      'sitemaps',
      () => [
        ...(['articles', 'rubriques', 'mots-cles', 'auteurs'] as const).map((kind) =>
          sitemaps.listSitemapEntries(kind),
        ),
        sitemaps.listNewsArticles(new Date(Date.now() - 48 * 3_600_000), 1_000),
      ],
    ],
    [
      'moderation queue',
      () => [
        moderation.countQueueTabs({ search: '', articleId: null }),
        moderation.listQueueForStaff('pending', { search: '', articleId: null }, 1, 50),
        moderation.listQueueForStaff('approved', { search: '', articleId: big.id }, 2, 50),
      ],
    ],
    [
      'dashboard',
      () => [
        dashboard.countCommentsSince(new Date(Date.now() - 86_400_000)),
        dashboard.listBusiestArticles(new Date(Date.now() - 86_400_000), 5),
        dashboard.countCommentsByHour(new Date(Date.now() - 30 * 86_400_000)),
      ],
    ],
  ];

  it.each(cases)('%s', (_name, run) => {
    expect(scansOf(run)).toEqual([]);
  });

  it('catches a full scan when there is one', () => {
    expect(fullScans('select count(*) from comments where body like ?', ['%x%'])).toEqual(['SCAN comments']);
  });
});

describe('posting a comment on a site whose planner has no statistics (no ANALYZE has run)', () => {
  it('reads the commenter’s history through their own rows, never through all comments of a status', () => {
    sqlite.exec('drop table if exists sqlite_stat1; drop table if exists sqlite_stat4; analyze sqlite_schema');
    queries.length = 0;
    comments.getCommenterHistory({
      emailHash: 'h',
      ip: '198.51.100.1',
      articleId: big.id,
      body: 'Bonjour',
      now: new Date(),
    });
    const plans = queries.flatMap(({ sql, params }) =>
      (sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail),
    );
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.filter((detail) => /comments USING (COVERING )?INDEX comments_status/.test(detail))).toEqual([]);
  });
});
