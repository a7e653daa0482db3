import 'server-only';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { approvedDelta, isDeletable, nextStatus, type ModerationAction } from '@/lib/moderation-actions';
import { placeReply } from '@/lib/reply-placement';
import type { CommentStatus } from '@/lib/vocabulary';
import { auditBatch, recordAuditIn, type AuditEntry } from './audit';
import { insertComment } from './comments';
import { writeTransaction, type Tx } from './index';
import { queueApprovalNotices } from './mail-subscriptions';
import { articles, auditLog, comments } from './schema';

// What moderators decide: each function is one transaction, and writes its audit rows in it.

/** A comment whose status changed; articles whose visible comments changed are revalidated from these. */
export type ModerationChange = { id: number; articleId: number; from: CommentStatus; to: CommentStatus };

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
  return writeTransaction((tx) => applyModeration(tx, ids, action, actor));
}

function applyModeration(tx: Tx, ids: number[], action: ModerationAction, actor: Actor): ModerationChange[] {
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
    if (to === 'approved') queueApprovalNotices(tx, row.id, { wasHeld: true });
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
  recordAuditIn(tx, audit);
  return changes;
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
          eq(auditBatch, batch),
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
    recordAuditIn(tx, audit);
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
    recordAuditIn(
      tx,
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
    tx.update(comments).set({ body, editedAt: new Date(), editedBy: 'staff' }).where(eq(comments.id, id)).run();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: 'comment.edit',
        targetType: 'comment',
        targetId: id,
        details: { batch: actor.batch, before: row.body, after: body },
        ip: actor.ip,
      },
    ]);
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
  return writeTransaction((tx) => {
    const target = tx
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
    if (target.status === 'pending') applyModeration(tx, [target.id], 'approve', input.actor);
    const { parent, replyToName } = placeReply(target, input.threadDepth);
    const id = insertComment(tx, {
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
    recordAuditIn(tx, [
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
