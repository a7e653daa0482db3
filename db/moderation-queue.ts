import 'server-only';
import { and, count, desc, eq, gt, gte, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { emailHash, openEmail } from '@/lib/commenter-identity';
import { queueTabs, type QueueTab } from '@/lib/moderation-actions';
import { parseStoredReason, type HeldReason } from '@/lib/moderation-policy';
import type { CommentStatus, ReportReason } from '@/lib/vocabulary';
import { auditBatch } from './audit';
import { db } from './index';
import { containing } from './text-filter';
import { articles, auditLog, commentReports, comments } from './schema';

// The moderation queue as moderators read it; what they decide is written by db/moderation-decisions.ts.

/** Rows per queue page a moderator can choose: during a spike, a hundred at a time clears it in a few clicks. */
export const queuePageSizes = [25, 50, 100] as const;

export type QueueFilter = { search: string; articleId: number | null };

function tabCondition(tab: QueueTab): SQL {
  switch (tab) {
    case 'pending':
      return and(eq(comments.status, 'pending'), eq(comments.reportCount, 0))!;
    case 'reported':
      return and(gt(comments.reportCount, 0), inArray(comments.status, ['pending', 'approved']))!;
    case 'approved':
      // An author's deleted comment, kept for its replies, is no one's to moderate.
      return and(eq(comments.status, 'approved'), isNull(comments.deletedAt))!;
    default:
      return eq(comments.status, tab);
  }
}

/** Text, author name, e-mail or IP containing the search, as typed (LIKE wildcards escaped). */
function filterCondition(filter: QueueFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.articleId) conditions.push(eq(comments.articleId, filter.articleId));
  const search = filter.search.trim();
  if (search) {
    // E-mails are sealed at rest: one is found by its keyed hash, so only the whole address matches.
    const text = containing([comments.body, comments.authorName, comments.ip], search);
    conditions.push(search.includes('@') ? or(text, eq(comments.authorEmailHash, emailHash(search)))! : text);
  }
  return conditions.length ? and(...conditions) : undefined;
}

/** The article a queue is filtered on, for its label. */
export function getQueueArticle(id: number): { id: number; title: string } | null {
  return db.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.id, id)).get() ?? null;
}

/** How many comments each tab holds, under the same search and article filter: one indexed count per tab. */
export function countQueueTabs(filter: QueueFilter): Record<QueueTab, number> {
  const where = filterCondition(filter);
  const countOf = (tab: QueueTab) =>
    db
      .select({ n: count() })
      .from(comments)
      .where(and(tabCondition(tab), where))
      .get()!.n;
  return Object.fromEntries(queueTabs.map((tab) => [tab, countOf(tab)])) as Record<QueueTab, number>;
}

/** A comment in the moderators' queue, with what only staff may see: the e-mail and the IP. */
export type QueueRowForStaff = {
  id: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  ip: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  editedBy: 'author' | 'staff' | null;
  isStaff: boolean;
  heldReason: HeldReason | null;
  reportCount: number;
  reports: { reason: ReportReason; count: number }[];
  article: { id: number; title: string; slug: string };
  parent: { id: number; authorName: string; body: string } | null;
};

const parent = alias(comments, 'parent');

/** One page of a tab, newest first. */
export function listQueueForStaff(
  tab: QueueTab,
  filter: QueueFilter,
  page: number,
  perPage: number,
): QueueRowForStaff[] {
  const rows = db
    .select({
      id: comments.id,
      status: comments.status,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      authorUrl: comments.authorUrl,
      ip: comments.ip,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      editedBy: comments.editedBy,
      staffUserId: comments.staffUserId,
      heldReason: comments.heldReason,
      reportCount: comments.reportCount,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      parentId: parent.id,
      parentAuthorName: parent.authorName,
      parentBody: parent.body,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
    .where(and(tabCondition(tab), filterCondition(filter)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const reports = listReportReasons(rows.filter((row) => row.reportCount > 0).map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    authorName: row.authorName,
    authorEmail: openEmail(row.authorEmail) ?? '',
    authorUrl: row.authorUrl,
    ip: row.ip,
    body: row.body,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    editedBy: row.editedBy,
    isStaff: row.staffUserId !== null,
    heldReason: parseStoredReason(row.heldReason),
    reportCount: row.reportCount,
    reports: reports.get(row.id) ?? [],
    article: { id: row.articleId, title: row.articleTitle, slug: row.articleSlug },
    parent:
      row.parentId === null ? null : { id: row.parentId, authorName: row.parentAuthorName!, body: row.parentBody! },
  }));
}

function listReportReasons(commentIds: number[]): Map<number, { reason: ReportReason; count: number }[]> {
  const byComment = new Map<number, { reason: ReportReason; count: number }[]>();
  if (commentIds.length === 0) return byComment;
  const rows = db
    .select({ commentId: commentReports.commentId, reason: commentReports.reason, count: count() })
    .from(commentReports)
    .where(inArray(commentReports.commentId, commentIds))
    .groupBy(commentReports.commentId, commentReports.reason)
    .orderBy(desc(count()))
    .all();
  for (const row of rows)
    byComment.set(row.commentId, [...(byComment.get(row.commentId) ?? []), { reason: row.reason, count: row.count }]);
  return byComment;
}

/** What one of a staff member's recent batches did, for the message after it: each action and how many comments. */
export function getModerationBatch(batch: string, staffId: number, since: Date): { action: string; count: number }[] {
  return db
    .select({ action: auditLog.action, count: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.userId, staffId),
        gte(auditLog.at, since),
        eq(auditLog.targetType, 'comment'),
        eq(auditBatch, batch),
      ),
    )
    .groupBy(auditLog.action)
    .orderBy(auditLog.action)
    .all();
}
