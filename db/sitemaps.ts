import 'server-only';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { SitemapKind } from '@/lib/sitemap-xml';
import { isPublic } from './articles';
import { db } from './index';
import { articles, articleTags, pages, sections, tags, users } from './schema';

/** One address of a sitemap: a path of the site and when what it shows last changed (null: never). */
export type SitemapEntry = { path: string; lastModified: Date | null };

// A listing changes when an article enters it. Its newest publication date is read from the
// (status, published_at) index alone; updated_at sits after the bodies in each row, so reading it for
// every article of every tag cost 330 ms on the 10,000-article database, against 18 ms this way.
const lastChange = sql<number | null>`max(${articles.publishedAt})`;
const toEntry = (base: string) => (row: { slug: string; lastModified: number | null }) => ({
  path: `${base}/${row.slug}`,
  lastModified: row.lastModified === null ? null : new Date(row.lastModified),
});

/**
 * Every public address of one kind, in a stable order (by id, so a new article lands on the last file
 * and older files keep their contents). Tags and authors appear once they have a public article.
 */
export function listSitemapEntries(kind: SitemapKind): SitemapEntry[] {
  switch (kind) {
    case 'articles':
      return db
        .select({
          slug: articles.slug,
          lastModified: sql<number>`coalesce(${articles.updatedAt}, ${articles.publishedAt})`,
        })
        .from(articles)
        .where(isPublic())
        .orderBy(asc(articles.id))
        .all()
        .map(toEntry('/article'));
    case 'rubriques':
      return db
        .select({ slug: sections.slug, lastModified: lastChange })
        .from(sections)
        .leftJoin(articles, and(eq(articles.sectionId, sections.id), isPublic()))
        .groupBy(sections.id)
        .orderBy(asc(sections.position), asc(sections.name))
        .all()
        .map(toEntry('/rubrique'));
    case 'mots-cles':
      return db
        .select({ slug: tags.slug, lastModified: lastChange })
        .from(tags)
        .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
        .innerJoin(articles, and(eq(articles.id, articleTags.articleId), isPublic()))
        .groupBy(tags.id)
        .orderBy(asc(tags.id))
        .all()
        .map(toEntry('/mot-cle'));
    case 'auteurs':
      return db
        .select({ slug: users.slug, lastModified: lastChange })
        .from(users)
        .innerJoin(articles, and(eq(articles.authorId, users.id), isPublic()))
        .groupBy(users.id)
        .orderBy(asc(users.id))
        .all()
        .map(toEntry('/auteur'));
    case 'pages':
      return db
        .select({ slug: pages.slug, lastModified: sql<number | null>`${pages.updatedAt}` })
        .from(pages)
        .where(eq(pages.status, 'published'))
        .orderBy(asc(pages.id))
        .all()
        .map(toEntry('/page'));
  }
}

export type NewsSitemapArticle = { slug: string; title: string; publishedAt: Date };

/** Public articles published after `since`, newest first: what a Google News sitemap lists. */
export function listNewsArticles(since: Date, limit: number): NewsSitemapArticle[] {
  return db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublic(), gt(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map((row) => ({ slug: row.slug, title: row.title, publishedAt: row.publishedAt! }));
}
