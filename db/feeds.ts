import 'server-only';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
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
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved'), isNull(comments.deletedAt)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit)
    .all();
}
