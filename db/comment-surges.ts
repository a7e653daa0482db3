import 'server-only';
import { and, asc, count, eq, gt, gte, lte, max } from 'drizzle-orm';
import type { SurgeFacts } from '@/lib/surge';
import { recordAuditIn } from './audit';
import { db, writeTransaction, type Tx } from './index';
import { articles, comments, commentSurges } from './schema';

type Reader = Pick<Tx, 'select'>;

function activeSurge(reader: Reader, articleId: number, now: Date) {
  return reader
    .select({ id: commentSurges.id })
    .from(commentSurges)
    .where(and(eq(commentSurges.articleId, articleId), gt(commentSurges.endsAt, now)))
    .limit(1)
    .get();
}

/**
 * What lib/surge.ts judges an article's new comment on, read inside the comment's write transaction.
 * Comments are counted since the last surge ended, if later than the window's start: a surge staff
 * ended does not start again with the next comment, on the same comments that started it.
 */
export function getSurgeFacts(tx: Tx, articleId: number, now: Date, minutes: number): SurgeFacts {
  const lastEnd = tx
    .select({ at: max(commentSurges.endsAt) })
    .from(commentSurges)
    .where(and(eq(commentSurges.articleId, articleId), lte(commentSurges.endsAt, now)))
    .get()?.at;
  const windowStart = new Date(now.getTime() - minutes * 60_000);
  const since =
    lastEnd && lastEnd >= windowStart ? gt(comments.createdAt, lastEnd) : gte(comments.createdAt, windowStart);
  const recentCount = tx
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), since))
    .get()!.n;
  return { active: Boolean(activeSurge(tx, articleId, now)), recentCount };
}

/** A surge starts: the system's decision, audited with no actor. */
export function startSurgeIn(tx: Tx, articleId: number, now: Date, holdMinutes: number): void {
  const endsAt = new Date(now.getTime() + holdMinutes * 60_000);
  const { id } = tx
    .insert(commentSurges)
    .values({ articleId, startedAt: now, endsAt })
    .returning({ id: commentSurges.id })
    .get();
  recordAuditIn(tx, [
    {
      userId: null,
      action: 'surge.start',
      targetType: 'article',
      targetId: articleId,
      details: { surge: id, endsAt: endsAt.toISOString() },
      ip: null,
    },
  ]);
}

/** Whether an article's new comments are held now (an author's edit is judged on it too). */
export function isSurging(articleId: number, now: Date): boolean {
  return Boolean(activeSurge(db, articleId, now));
}

export type SurgeForStaff = {
  id: number;
  startedAt: Date;
  endsAt: Date;
  article: { id: number; title: string; slug: string };
};

/** The surges on now, for the dashboard's banner. */
export function listActiveSurges(now: Date): SurgeForStaff[] {
  return db
    .select({
      id: commentSurges.id,
      startedAt: commentSurges.startedAt,
      endsAt: commentSurges.endsAt,
      articleId: articles.id,
      title: articles.title,
      slug: articles.slug,
    })
    .from(commentSurges)
    .innerJoin(articles, eq(articles.id, commentSurges.articleId))
    .where(gt(commentSurges.endsAt, now))
    .orderBy(asc(commentSurges.startedAt))
    .all()
    .map(({ articleId, title, slug, ...surge }) => ({ ...surge, article: { id: articleId, title, slug } }));
}

type Actor = { staffId: number; ip: string | null };

/**
 * Staff end a surge now or move its end later (`change` gives the new end from the current one);
 * audited. False when the surge is over already: a late click changes nothing.
 */
export function changeSurgeEnd(id: number, change: (endsAt: Date) => Date, now: Date, actor: Actor): boolean {
  return writeTransaction((tx) => {
    const surge = tx
      .select({ articleId: commentSurges.articleId, endsAt: commentSurges.endsAt })
      .from(commentSurges)
      .where(and(eq(commentSurges.id, id), gt(commentSurges.endsAt, now)))
      .get();
    if (!surge) return false;
    const endsAt = change(surge.endsAt);
    tx.update(commentSurges).set({ endsAt }).where(eq(commentSurges.id, id)).run();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: endsAt.getTime() <= now.getTime() ? 'surge.end' : 'surge.extend',
        targetType: 'article',
        targetId: surge.articleId,
        details: { surge: id, before: surge.endsAt.toISOString(), after: endsAt.toISOString() },
        ip: actor.ip,
      },
    ]);
    return true;
  });
}
