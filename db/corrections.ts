import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getCommentTarget, isPublic, type ArticleRoutes } from './articles';
import { recordAuditIn } from './audit';
import { db, writeTransaction } from './index';
import { articleCorrections, articles } from './schema';

export type Correction = { id: number; note: string; createdAt: Date };

/** An article's correction notes, oldest first, as readers see them at its end. */
export function listCorrections(articleId: number): Correction[] {
  return db
    .select({ id: articleCorrections.id, note: articleCorrections.note, createdAt: articleCorrections.createdAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id))
    .all();
}

/**
 * Attaches a dated correction note to a public article. Unlike a plain save, it marks the article as
 * updated: readers' "Mis à jour le", its JSON-LD dateModified and the feeds' dates move to `now`.
 * Null when the article is not public (a draft has nothing to correct for readers).
 */
export function addCorrection(
  articleId: number,
  note: string,
  actor: { staffId: number; ip: string | null },
  now: Date,
): ArticleRoutes | null {
  return writeTransaction((tx) => {
    const changed = tx
      .update(articles)
      .set({ updatedAt: now })
      .where(and(eq(articles.id, articleId), isPublic(now)))
      .run().changes;
    if (!changed) return null;
    const { id } = tx
      .insert(articleCorrections)
      .values({ articleId, note, authorId: actor.staffId, createdAt: now })
      .returning({ id: articleCorrections.id })
      .get();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: 'article.correct',
        targetType: 'article',
        targetId: articleId,
        details: { correctionId: id, note },
        ip: actor.ip,
      },
    ]);
    return getCommentTarget(articleId);
  });
}
