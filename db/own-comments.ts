import 'server-only';
import { count, eq, sql } from 'drizzle-orm';
import type { Tx } from './index';
import { getCommenterHistory, type CommenterHistory } from './comments';
import { writeTransaction } from './index';
import { articles, commentReports, comments } from './schema';

/*
 * A commenter's changes to their own comment, within the window their browser's key allows
 * (lib/own-comment-keys.ts; the action checks it). Staff changes are in db/moderation-decisions.ts.
 */

type Changeable = {
  articleId: number;
  createdAt: Date;
  status: 'approved' | 'pending' | 'spam';
  heldReason: string | null;
  authorUrl: string | null;
  authorEmailHash: string;
  ip: string | null;
};

function getChangeable(tx: Tx, id: number): Changeable | null {
  const row = tx
    .select({
      articleId: comments.articleId,
      createdAt: comments.createdAt,
      status: comments.status,
      heldReason: comments.heldReason,
      authorUrl: comments.authorUrl,
      authorEmailHash: comments.authorEmailHash,
      ip: comments.ip,
      deletedAt: comments.deletedAt,
      staffUserId: comments.staffUserId,
    })
    .from(comments)
    .where(eq(comments.id, id))
    .get();
  // Trashed or already deleted comments, and the newsroom's replies, are not the reader's to change.
  if (!row || row.status === 'trash' || row.deletedAt || row.staffUserId !== null) return null;
  return { ...row, status: row.status };
}

function changeApprovedCount(tx: Tx, articleId: number, by: 1 | -1): void {
  tx.update(articles)
    .set({ commentCount: sql`max(${articles.commentCount} + ${by}, 0)` })
    .where(eq(articles.id, articleId))
    .run();
}

export type EditVerdict<R> = { refused: R } | { status: 'approved' | 'pending' | 'spam'; heldReason: string };

export type OwnEditResult<R> =
  | { outcome: 'gone' }
  | { outcome: 'refused'; refusal: R }
  | { outcome: 'edited'; articleId: number; before: Changeable['status']; after: Changeable['status'] };

/**
 * The author's new text, judged again by `decide` on the facts read under the write lock (the comment
 * itself left out of them: it is no duplicate of itself). `createdAt` is the time the author's key names.
 */
export function editOwnComment<R>(
  input: { id: number; createdAt: Date; body: string; now: Date },
  decide: (comment: Changeable, history: CommenterHistory) => EditVerdict<R>,
): OwnEditResult<R> {
  return writeTransaction((tx) => {
    const comment = getChangeable(tx, input.id);
    if (!comment || comment.createdAt.getTime() !== input.createdAt.getTime()) return { outcome: 'gone' };
    const verdict = decide(
      comment,
      getCommenterHistory({
        emailHash: comment.authorEmailHash,
        ip: comment.ip,
        articleId: comment.articleId,
        body: input.body,
        now: input.now,
        editing: input.id,
      }),
    );
    if ('refused' in verdict) return { outcome: 'refused', refusal: verdict.refused };
    tx.update(comments)
      .set({
        body: input.body,
        editedAt: input.now,
        editedBy: 'author',
        status: verdict.status,
        heldReason: verdict.heldReason,
      })
      .where(eq(comments.id, input.id))
      .run();
    if (comment.status === 'approved' && verdict.status !== 'approved') changeApprovedCount(tx, comment.articleId, -1);
    if (comment.status !== 'approved' && verdict.status === 'approved') changeApprovedCount(tx, comment.articleId, 1);
    return { outcome: 'edited', articleId: comment.articleId, before: comment.status, after: verdict.status };
  });
}

/**
 * Removes a comment its author takes back (here, or by erasing their data: db/my-data.ts). One that has
 * replies stays as an empty shell, with none of the author's text or data, so the replies keep their place
 * under "Commentaire supprimé par son auteur".
 */
export function removeAuthorsComment(
  tx: Tx,
  comment: { id: number; articleId: number; status: string },
  now: Date,
): 'deleted' | 'emptied' {
  const replies = tx.select({ n: count() }).from(comments).where(eq(comments.parentId, comment.id)).get()!.n;
  if (comment.status === 'approved') changeApprovedCount(tx, comment.articleId, -1);
  if (replies === 0) {
    tx.delete(comments).where(eq(comments.id, comment.id)).run();
    return 'deleted';
  }
  tx.delete(commentReports).where(eq(commentReports.commentId, comment.id)).run();
  tx.update(comments)
    .set({
      body: '',
      authorName: '',
      authorEmail: '',
      authorEmailHash: '',
      authorUrl: null,
      ip: null,
      userAgent: null,
      reportCount: 0,
      deletedAt: now,
    })
    .where(eq(comments.id, comment.id))
    .run();
  return 'emptied';
}

/** Deletes the author's comment, from the browser whose key names it (its id and creation time). */
export function deleteOwnComment(input: {
  id: number;
  createdAt: Date;
  now: Date;
}): { articleId: number; wasPublic: boolean } | null {
  return writeTransaction((tx) => {
    const comment = getChangeable(tx, input.id);
    if (!comment || comment.createdAt.getTime() !== input.createdAt.getTime()) return null;
    removeAuthorsComment(tx, { id: input.id, articleId: comment.articleId, status: comment.status }, input.now);
    return { articleId: comment.articleId, wasPublic: comment.status === 'approved' };
  });
}
