import 'server-only';
import { eq } from 'drizzle-orm';
import { getCommentLocation } from './comments';
import { db } from './index';
import { articles } from './schema';

/** Where an approved comment is shown now: its article and page of comments; null when it is not public. */
export function getCommentPermalink(
  commentId: number,
  perPage: number,
  order: 'oldest' | 'newest',
): { slug: string; page: number } | null {
  const location = getCommentLocation(commentId, perPage, order);
  if (!location) return null;
  const article = db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, location.articleId)).get();
  return article ? { slug: article.slug, page: location.page } : null;
}
