import 'server-only';
import { and, desc, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import { TRASH_KEPT_MS } from '@/lib/trash';
import type { ArticleRoutes } from './articles';
import { recordAuditIn } from './audit';
import { backgroundWriteTransaction, db, writeTransaction } from './index';
import { getArticleRoutes } from './staff-articles';
import { articles, articleTombstones, users } from './schema';

type Actor = { staffId: number; ip: string | null };

/**
 * Moves an article to the trash: from now on no page, feed or sitemap lists it and its address answers 410
 * (db/gone-articles.ts). Its comments, revisions and everything else are kept until it is purged.
 */
export function trashArticle(id: number, actor: Actor, now: Date): ArticleRoutes | null {
  return writeTransaction((tx) => {
    const changed = tx
      .update(articles)
      .set({ trashedAt: now })
      .where(and(eq(articles.id, id), isNull(articles.trashedAt)))
      .run().changes;
    if (!changed) return null;
    recordAuditIn(tx, [
      { userId: actor.staffId, action: 'article.trash', targetType: 'article', targetId: id, ip: actor.ip },
    ]);
    return getArticleRoutes(id);
  });
}

/** Takes an article out of the trash as it was (a published one is public again). */
export function restoreArticle(id: number, actor: Actor): ArticleRoutes | null {
  return writeTransaction((tx) => {
    const changed = tx
      .update(articles)
      .set({ trashedAt: null })
      .where(and(eq(articles.id, id), isNotNull(articles.trashedAt)))
      .run().changes;
    if (!changed) return null;
    recordAuditIn(tx, [
      { userId: actor.staffId, action: 'article.untrash', targetType: 'article', targetId: id, ip: actor.ip },
    ]);
    return getArticleRoutes(id);
  });
}

export type TrashedArticle = { id: number; title: string; authorName: string; trashedAt: Date };

/** The trash, most recently deleted first. */
export function listTrashedArticles(): TrashedArticle[] {
  return db
    .select({ id: articles.id, title: articles.title, authorName: users.name, trashedAt: articles.trashedAt })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(isNotNull(articles.trashedAt))
    .orderBy(desc(articles.trashedAt))
    .all()
    .map((row) => ({ ...row, trashedAt: row.trashedAt! }));
}

/**
 * Deletes for good the articles that have been in the trash longer than the trash keeps them, with their
 * comments and revisions (cascade); each address is kept as a tombstone so it goes on answering 410.
 */
export function purgeTrash(now: Date): number {
  return backgroundWriteTransaction((tx) => {
    const expired = tx
      .select({ id: articles.id, slug: articles.slug, title: articles.title })
      .from(articles)
      .where(lte(articles.trashedAt, new Date(now.getTime() - TRASH_KEPT_MS)))
      .all();
    for (const article of expired) {
      tx.insert(articleTombstones)
        .values({ slug: article.slug, deletedAt: now })
        .onConflictDoUpdate({ target: articleTombstones.slug, set: { deletedAt: now } })
        .run();
      tx.delete(articles).where(eq(articles.id, article.id)).run();
    }
    recordAuditIn(
      tx,
      expired.map((article) => ({
        userId: null,
        action: 'article.purge',
        targetType: 'article',
        targetId: article.id,
        details: { title: article.title, slug: article.slug },
      })),
    );
    return expired.length;
  });
}
