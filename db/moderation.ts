import 'server-only';
import { and, count, desc, eq, gt, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  approvedDelta,
  isDeletable,
  nextStatus,
  queueTabs,
  type ModerationAction,
  type QueueTab,
} from '@/lib/moderation-actions';
import { parseStoredReason, type HeldReason } from '@/lib/moderation-policy';
import type { CommentStatus, ReportReason } from '@/lib/vocabulary';
import { placeReply } from '@/lib/reply-placement';
import { recordAudit, type AuditEntry } from './audit';
import { createComment } from './comments';
import { db, writeTransaction } from './index';
import { containing } from './text-filter';
import { articles, auditLog, commentReports, comments } from './schema';

/** Rows per queue page a moderator can choose: during a spike, a hundred at a time clears it in a few clicks. */
export const queuePageSizes = [25, 50, 100] as const;

export type QueueFilter = { search: string; articleId: number | null };

function tabCondition(tab: QueueTab): SQL {
  switch (tab) {
    case 'pending':
      return and(eq(comments.status, 'pending'), eq(comments.reportCount, 0))!;
    case 'reported':
      return and(gt(comments.reportCount, 0), inArray(comments.status, ['pending', 'approved']))!;
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
    conditions.push(containing([comments.body, comments.authorName, comments.authorEmail, comments.ip], search));
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
    authorEmail: row.authorEmail,
    authorUrl: row.authorUrl,
    ip: row.ip,
    body: row.body,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
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

/** A comment whose status changed; articles whose visible comments changed are revalidated from these. */
export type ModerationChange = { id: number; articleId: number; from: CommentStatus; to: CommentStatus };

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

function applyCountDeltas(tx: Tx, changes: ModerationChange[]): void {
  const deltas = new Map<number, number>();
  for (const change of changes)
    deltas.set(change.articleId, (deltas.get(change.articleId) ?? 0) + approvedDelta(change.from, change.to));
  for (const [articleId, delta] of deltas) {
    if (delta !== 0)
      tx.update(articles)
        .set({ commentCount: sql`max(${articles.commentCount} + ${delta}, 0)` })
        .where(eq(articles.id, articleId))
        .run();
  }
}

/** Who did it, for the audit log; `batch` groups one click's changes so that they can be undone together. */
export type Actor = { staffId: number; ip: string | null; batch: string };

/**
 * Applies one action to several comments in one transaction: each status, the articles' counts of
 * approved comments and one audit row per comment (with what undo needs to put it back). Comments the
 * action does not apply to are left alone. A moderator's decision clears the reports of an approved
 * comment (new reports count from zero); sending one back to the queue or to spam records 'staff'.
 */
export function moderateComments(ids: number[], action: ModerationAction, actor: Actor): ModerationChange[] {
  if (ids.length === 0) return [];
  return writeTransaction((tx) => {
    const rows = tx
      .select({
        id: comments.id,
        articleId: comments.articleId,
        status: comments.status,
        heldReason: comments.heldReason,
        reportCount: comments.reportCount,
      })
      .from(comments)
      .where(inArray(comments.id, ids))
      .all();
    const changes: ModerationChange[] = [];
    const audit: AuditEntry[] = [];
    for (const row of rows) {
      const to = nextStatus(action, row.status);
      if (!to) continue;
      tx.update(comments)
        .set({
          status: to,
          heldReason: to === 'pending' || to === 'spam' ? 'staff' : row.heldReason,
          reportCount: to === 'approved' ? 0 : row.reportCount,
        })
        .where(eq(comments.id, row.id))
        .run();
      changes.push({ id: row.id, articleId: row.articleId, from: row.status, to });
      audit.push({
        userId: actor.staffId,
        action: `comment.${action}`,
        targetType: 'comment',
        targetId: row.id,
        details: { batch: actor.batch, from: row.status, to, heldReason: row.heldReason, reportCount: row.reportCount },
        ip: actor.ip,
      });
    }
    applyCountDeltas(tx, changes);
    recordAudit(audit, tx);
    return changes;
  });
}

const batchOf = sql`json_extract(${auditLog.details}, '$.batch')`;

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
        sql`${batchOf} = ${batch}`,
      ),
    )
    .groupBy(auditLog.action)
    .orderBy(auditLog.action)
    .all();
}

/**
 * Puts back what a staff member's batch changed, if it is recent enough: each comment returns to its
 * previous status, reason and report count, unless someone has moved it since (then it is left alone).
 */
export function undoModerationBatch(batch: string, since: Date, actor: Actor): ModerationChange[] {
  return writeTransaction((tx) => {
    const entries = tx
      .select({ commentId: auditLog.targetId, details: auditLog.details })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.userId, actor.staffId),
          gte(auditLog.at, since),
          eq(auditLog.targetType, 'comment'),
          sql`${auditLog.action} <> 'comment.undo'`,
          sql`${batchOf} = ${batch}`,
        ),
      )
      .all();
    const changes: ModerationChange[] = [];
    const audit: AuditEntry[] = [];
    for (const entry of entries) {
      const before = JSON.parse(entry.details ?? '{}') as {
        from: CommentStatus;
        to: CommentStatus;
        heldReason: string | null;
        reportCount: number;
      };
      const current = tx
        .select({ articleId: comments.articleId, status: comments.status })
        .from(comments)
        .where(eq(comments.id, entry.commentId!))
        .get();
      if (!current || current.status !== before.to) continue;
      tx.update(comments)
        .set({ status: before.from, heldReason: before.heldReason, reportCount: before.reportCount })
        .where(eq(comments.id, entry.commentId!))
        .run();
      changes.push({ id: entry.commentId!, articleId: current.articleId, from: before.to, to: before.from });
      audit.push({
        userId: actor.staffId,
        action: 'comment.undo',
        targetType: 'comment',
        targetId: entry.commentId,
        details: { batch: actor.batch, undone: batch, from: before.to, to: before.from },
        ip: actor.ip,
      });
    }
    applyCountDeltas(tx, changes);
    recordAudit(audit, tx);
    return changes;
  });
}

/** Deletes spam and trashed comments for good (others are left alone); the audit keeps who wrote what, briefly. */
export function deleteCommentsForStaff(ids: number[], actor: Actor): number {
  if (ids.length === 0) return 0;
  return writeTransaction((tx) => {
    const rows = tx
      .select({ id: comments.id, status: comments.status, authorName: comments.authorName, body: comments.body })
      .from(comments)
      .where(inArray(comments.id, ids))
      .all()
      .filter((row) => isDeletable(row.status));
    if (rows.length === 0) return 0;
    tx.delete(comments)
      .where(
        inArray(
          comments.id,
          rows.map((row) => row.id),
        ),
      )
      .run();
    recordAudit(
      rows.map((row) => ({
        userId: actor.staffId,
        action: 'comment.delete',
        targetType: 'comment',
        targetId: row.id,
        details: {
          batch: actor.batch,
          status: row.status,
          authorName: row.authorName,
          excerpt: row.body.slice(0, 200),
        },
        ip: actor.ip,
      })),
      tx,
    );
    return rows.length;
  });
}

/** A moderator's correction of a comment's text; the audit keeps both versions. Null for an unknown comment. */
export function updateCommentBodyForStaff(
  id: number,
  body: string,
  actor: Actor,
): { articleId: number; status: CommentStatus } | null {
  return writeTransaction((tx) => {
    const row = tx
      .select({ articleId: comments.articleId, status: comments.status, body: comments.body })
      .from(comments)
      .where(eq(comments.id, id))
      .get();
    if (!row) return null;
    tx.update(comments).set({ body, editedAt: new Date() }).where(eq(comments.id, id)).run();
    recordAudit(
      [
        {
          userId: actor.staffId,
          action: 'comment.edit',
          targetType: 'comment',
          targetId: id,
          details: { batch: actor.batch, before: row.body, after: body },
          ip: actor.ip,
        },
      ],
      tx,
    );
    return { articleId: row.articleId, status: row.status };
  });
}

export type StaffAuthor = { id: number; name: string; email: string; emailHash: string };

/**
 * A reply signed by the newsroom ("Rédaction"), published at once. Answering a comment that is still
 * waiting approves it in the same transaction (a published reply to an invisible comment would make no
 * sense). Null when the comment is unknown, spam or in the trash.
 */
export function createStaffReply(input: {
  parentId: number;
  body: string;
  author: StaffAuthor;
  threadDepth: number;
  actor: Actor;
}): { id: number; articleId: number } | null {
  return writeTransaction(() => {
    const target = db
      .select({
        id: comments.id,
        articleId: comments.articleId,
        threadId: comments.threadId,
        depth: comments.depth,
        authorName: comments.authorName,
        parentId: comments.parentId,
        status: comments.status,
      })
      .from(comments)
      .where(eq(comments.id, input.parentId))
      .get();
    if (!target || target.status === 'spam' || target.status === 'trash') return null;
    if (target.status === 'pending') moderateComments([target.id], 'approve', input.actor);
    const { parent, replyToName } = placeReply(target, input.threadDepth);
    const id = createComment({
      articleId: target.articleId,
      parent,
      replyToName,
      authorName: input.author.name,
      authorEmail: input.author.email,
      authorEmailHash: input.author.emailHash,
      authorUrl: null,
      body: input.body,
      status: 'approved',
      heldReason: 'staff',
      ip: null,
      userAgent: null,
      createdAt: new Date(),
      staffUserId: input.author.id,
    });
    recordAudit([
      {
        userId: input.actor.staffId,
        action: 'comment.reply',
        targetType: 'comment',
        targetId: id,
        details: { batch: input.actor.batch, parentId: target.id },
        ip: input.actor.ip,
      },
    ]);
    return { id, articleId: target.articleId };
  });
}
