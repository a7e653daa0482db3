import 'server-only';
import { and, count, eq, gte, isNotNull } from 'drizzle-orm';
import { emailHash, openEmail, sealEmail } from '@/lib/commenter-identity';
import type { UnsubscribeScope } from '@/lib/mail-links';
import { confirmationMail, publishedMail, replyMail } from '@/lib/mail-notices';
import { queueMail } from './mail-outbox';
import { getSettings } from './settings';
import { db, type Tx } from './index';
import { articles, comments, mailAddresses, mailConfirmations, mailNotices, mailSubscriptions } from './schema';

// Confirmation links: at most this many to one address a day, and from one client address an hour. Past them
// the subscription is kept and waits for a link already sent: a stranger's address cannot be flooded.
export const CONFIRMATIONS_PER_ADDRESS_PER_DAY = 3;
export const CONFIRMATIONS_PER_CLIENT_PER_HOUR = 10;

export type SubscribeOutcome = 'subscribed' | 'confirmation-sent' | 'limited';

/**
 * "Me prévenir par e-mail des réponses à mon commentaire". A confirmed address follows the thread at once; an
 * unconfirmed one is sent a confirmation link (double opt-in), within the limits above. Written in the
 * transaction that stores the comment: a comment is never left without the subscription asked with it, nor
 * a subscription (or a confirmation) without its comment.
 */
export function subscribeToReplies(
  tx: Tx,
  input: {
    commentId: number;
    email: string;
    /** Keyed hash of the client address, for the per-client limit; null when unknown. */
    ipHash: string | null;
    now: Date;
  },
): SubscribeOutcome | null {
  const hash = emailHash(input.email);
  const article = tx
    .select({ title: articles.title })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.id, input.commentId))
    .get();
  if (!article) return null;
  const address = tx
    .insert(mailAddresses)
    .values({ emailHash: hash, emailSealed: sealEmail(input.email), createdAt: input.now })
    .onConflictDoUpdate({ target: mailAddresses.emailHash, set: { emailHash: hash } })
    .returning({ confirmedAt: mailAddresses.confirmedAt })
    .get();
  tx.insert(mailSubscriptions)
    .values({ commentId: input.commentId, emailHash: hash, createdAt: input.now })
    .onConflictDoNothing()
    .run();
  if (address.confirmedAt) return 'subscribed';
  const dayAgo = new Date(input.now.getTime() - 86_400_000);
  const hourAgo = new Date(input.now.getTime() - 3_600_000);
  const toAddress = tx
    .select({ n: count() })
    .from(mailConfirmations)
    .where(and(eq(mailConfirmations.emailHash, hash), gte(mailConfirmations.createdAt, dayAgo)))
    .get()!.n;
  const fromClient = input.ipHash
    ? tx
        .select({ n: count() })
        .from(mailConfirmations)
        .where(and(eq(mailConfirmations.ipHash, input.ipHash), gte(mailConfirmations.createdAt, hourAgo)))
        .get()!.n
    : 0;
  if (toAddress >= CONFIRMATIONS_PER_ADDRESS_PER_DAY || fromClient >= CONFIRMATIONS_PER_CLIENT_PER_HOUR)
    return 'limited';
  tx.insert(mailConfirmations).values({ emailHash: hash, ipHash: input.ipHash, createdAt: input.now }).run();
  queueMail(tx, confirmationMail(input.email, hash, article.title, input.now), input.now);
  return 'confirmation-sent';
}

/** Confirms the address a link was signed for; false when it no longer asks for anything. */
export function confirmAddress(hash: string, now: Date): boolean {
  return db.update(mailAddresses).set({ confirmedAt: now }).where(eq(mailAddresses.emailHash, hash)).run().changes > 0;
}

/**
 * Stops the replies to one comment, or everything: the address is then forgotten, and asking again needs a
 * new confirmation.
 */
export function unsubscribe(hash: string, scope: UnsubscribeScope): void {
  if (scope === 'all') {
    db.delete(mailAddresses).where(eq(mailAddresses.emailHash, hash)).run();
    return;
  }
  db.delete(mailSubscriptions)
    .where(and(eq(mailSubscriptions.emailHash, hash), eq(mailSubscriptions.commentId, scope.commentId)))
    .run();
}

/** The confirmed followers of a comment, with their address opened. */
function confirmedFollowers(tx: Tx, commentId: number) {
  return tx
    .select({ emailHash: mailAddresses.emailHash, emailSealed: mailAddresses.emailSealed })
    .from(mailSubscriptions)
    .innerJoin(mailAddresses, eq(mailAddresses.emailHash, mailSubscriptions.emailHash))
    .where(and(eq(mailSubscriptions.commentId, commentId), isNotNull(mailAddresses.confirmedAt)))
    .all()
    .flatMap((row) => {
      const to = openEmail(row.emailSealed);
      return to ? [{ emailHash: row.emailHash, to }] : [];
    });
}

/** Records that a notice about a comment went to an address; false when it already had. */
function firstNotice(tx: Tx, commentId: number, hash: string, kind: string): boolean {
  return tx.insert(mailNotices).values({ commentId, emailHash: hash, kind }).onConflictDoNothing().run().changes > 0;
}

/**
 * A comment has just been approved (by the policy at once, or by a moderator): in the same transaction, the
 * confirmed followers of the comment it answers get one message with the reply, and, when the newsroom asks for
 * it and the comment had been held, its author is told it is published. Never twice for the same comment.
 */
export function queueApprovalNotices(tx: Tx, commentId: number, options: { wasHeld: boolean }): void {
  const comment = tx
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      authorEmailHash: comments.authorEmailHash,
      body: comments.body,
      articleTitle: articles.title,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.id, commentId))
    .get();
  if (!comment) return;
  const now = new Date();
  if (comment.parentId !== null) {
    const parent = tx
      .select({ id: comments.id, authorName: comments.authorName })
      .from(comments)
      .where(eq(comments.id, comment.parentId))
      .get();
    for (const follower of parent ? confirmedFollowers(tx, parent.id) : []) {
      // One's own reply in one's own thread is no news.
      if (follower.emailHash === comment.authorEmailHash) continue;
      if (!firstNotice(tx, comment.id, follower.emailHash, 'reply')) continue;
      queueMail(
        tx,
        replyMail({
          to: follower.to,
          emailHash: follower.emailHash,
          comment: parent!,
          reply: { id: comment.id, authorName: comment.authorName, body: comment.body },
          articleTitle: comment.articleTitle,
        }),
        now,
      );
    }
  }
  if (options.wasHeld && getSettings().publishedNotice === 'on') {
    for (const follower of confirmedFollowers(tx, comment.id)) {
      if (!firstNotice(tx, comment.id, follower.emailHash, 'published')) continue;
      queueMail(
        tx,
        publishedMail({
          to: follower.to,
          emailHash: follower.emailHash,
          comment: { id: comment.id, authorName: comment.authorName },
          articleTitle: comment.articleTitle,
        }),
        now,
      );
    }
  }
}
