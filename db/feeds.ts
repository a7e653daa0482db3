import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { FeedArticle, FeedComment } from '@/lib/feed';
import { heroColumns, heroFrom, isPublic, listingCondition, type Listing } from './articles';
import { db } from './index';
import { articles, articleTags, comments, sections, tags, users } from './schema';

/** The newest public articles of the whole site (null) or of one listing: two indexed queries. */
export function listFeedArticles(listing: Listing | null, limit: number): FeedArticle[] {
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      bodyHtml: articles.bodyHtml,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      authorSlug: users.slug,
      authorName: users.name,
      ...heroColumns,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(listing ? listingCondition(listing) : isPublic())
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
  const tagRows = rows.length
    ? db
        .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
        .from(articleTags)
        .innerJoin(tags, eq(tags.id, articleTags.tagId))
        .where(
          inArray(
            articleTags.articleId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(tags.name)
        .all()
    : [];
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    bodyHtml: row.bodyHtml,
    publishedAt: row.publishedAt!,
    updatedAt: row.updatedAt,
    section: { slug: row.sectionSlug, name: row.sectionName },
    author: { slug: row.authorSlug, name: row.authorName },
    tags: tagRows.filter((tag) => tag.articleId === row.id).map(({ slug, name }) => ({ slug, name })),
    hero: heroFrom(row),
  }));
}

/** A comment as its article's feed shows it: the name and the text, never the e-mail, IP or site. */
/** The newest approved comments of one article. */
export function listFeedComments(articleId: number, limit: number): FeedComment[] {
  return db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
    })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .all();
}
