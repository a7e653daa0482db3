import 'server-only';
import { and, count, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { db } from './index';
import { commentStatuses } from '@/lib/vocabulary';
import { articles, comments } from './schema';

// Naming every status lets SQLite range-scan comments_status_idx (status, created_at) by time.
const createdSince = (since: Date) =>
  and(inArray(comments.status, [...commentStatuses]), gte(comments.createdAt, since));

/** New comments (any status) since a time. */
export function countCommentsSince(since: Date): number {
  return db.select({ n: count() }).from(comments).where(createdSince(since)).get()!.n;
}

export type BusyArticle = { id: number; slug: string; title: string; comments: number; pending: number };

/** The articles with the most new comments since a time, for the overview. */
export function listBusiestArticles(since: Date, limit: number): BusyArticle[] {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      comments: count(),
      pending: sql<number>`sum(${comments.status} = 'pending')`.mapWith(Number),
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(createdSince(since))
    .groupBy(articles.id)
    .orderBy(desc(count()))
    .limit(limit)
    .all();
}

/** New comments per UTC hour since a time (hour = ms since the epoch / 3,600,000); lib/local-time.ts sorts them into local days. */
export function countCommentsByHour(since: Date): { hour: number; count: number }[] {
  const hour = sql<number>`${comments.createdAt} / 3600000`.mapWith(Number);
  return db.select({ hour, count: count() }).from(comments).where(createdSince(since)).groupBy(hour).all();
}
