import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { FeedArticle, FeedComment } from '@/lib/feed';
import { isPublic, listingCondition, selectStories, storyFrom, type Listing } from './articles';
import { db } from './index';
import { articles, articleTags, comments, tags } from './schema';

/** The newest public articles of the whole site (null) or of one listing: two indexed queries. */
export function listFeedArticles(listing: Listing | null, limit: number): FeedArticle[] {
  const rows = selectStories({})
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
    ...storyFrom(row),
    tags: tagRows.filter((tag) => tag.articleId === row.id).map(({ slug, name }) => ({ slug, name })),
  }));
}

/**
 * The newest approved comments of one article, each with the page of the thread it is on (its top-level
 * comment's rank among the article's threads in the site's order), so the feed links to where it is shown.
 */
export function listFeedComments(
  articleId: number,
  limit: number,
  perPage: number,
  order: 'oldest' | 'newest',
): FeedComment[] {
  const root = alias(comments, 'feed_root');
  const other = alias(comments, 'feed_other');
  const comes = order === 'oldest' ? sql`<` : sql`>`;
  const rows = db
    .select({
      id: comments.id,
      authorName: comments.authorName,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      threadsBefore: sql<number>`(select count(*) from ${comments} ${other} where ${other.articleId} = ${root.articleId}
        and ${other.status} = 'approved' and ${other.threadId} is null
        and (${other.createdAt} ${comes} ${root.createdAt}
          or (${other.createdAt} = ${root.createdAt} and ${other.id} ${comes} ${root.id})))`.mapWith(Number),
    })
    .from(comments)
    .innerJoin(root, eq(root.id, sql`coalesce(${comments.threadId}, ${comments.id})`))
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved'), isNull(comments.deletedAt)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .all();
  return rows.map(({ threadsBefore, ...comment }) => ({ ...comment, page: Math.floor(threadsBefore / perPage) + 1 }));
}
