import 'server-only';
import { and, count, desc, eq, gt, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { openEmail } from '@/lib/commenter-identity';
import type { ErasureMode } from '@/lib/data-access';
import type { OutgoingMail } from '@/lib/mail-message';
import type { CommentStatus } from '@/lib/vocabulary';
import { recordAuditIn } from './audit';
import { db, writeTransaction, zeroingFreedPages, type Tx } from './index';
import { queueMail } from './mail-outbox';
import { removeAuthorsComment } from './own-comments';
import {
  articles,
  auditLog,
  commenterRules,
  comments,
  dataAccessRequests,
  dataAccessTokens,
  mailAddresses,
  mailConfirmations,
  mailNotices,
  mailOutbox,
  mailSubscriptions,
} from './schema';

/*
 * "Mes données" (lib/data-access.ts): what the site keeps under one address, shown, exported and erased for
 * whoever holds a session opened by a link e-mailed to that address. Everything is matched on the keyed hash
 * of the address; the newsroom's own replies are not a reader's data and are left out.
 */

const readersComments = (emailHash: string) =>
  and(eq(comments.authorEmailHash, emailHash), isNull(comments.staffUserId), isNull(comments.deletedAt));

/** How many link requests came for this address, and from this client, since `since`. */
function countDataRequests(tx: Tx, input: { emailHash: string; ipHash: string | null; since: Date }) {
  const countWhere = (where: SQL | undefined) =>
    tx.select({ n: count() }).from(dataAccessRequests).where(where).get()!.n;
  const since = gte(dataAccessRequests.createdAt, input.since);
  return {
    address: countWhere(and(eq(dataAccessRequests.emailHash, input.emailHash), since)),
    client: input.ipHash ? countWhere(and(eq(dataAccessRequests.ipHash, input.ipHash), since)) : 0,
  };
}

export type DataLinkOutcome = 'sent' | 'unknown' | 'limited';

/**
 * A link request: past a limit (`allowed`, on the requests since `since`, counted under the write lock so
 * that a burst cannot slip past it) nothing happens; otherwise it is recorded and, when the address has
 * comments or subscriptions, its link is stored (voiding the earlier unused ones) and the message queued.
 * The same work but for one insert and one message whether the address is known or not; the caller answers
 * the same in every case.
 */
export function createDataLink(input: {
  emailHash: string;
  ipHash: string | null;
  since: Date;
  allowed: (recent: { address: number; client: number }) => boolean;
  tokenHash: string;
  now: Date;
  expiresAt: Date;
  mail: OutgoingMail;
}): DataLinkOutcome {
  return writeTransaction((tx) => {
    if (!input.allowed(countDataRequests(tx, input))) return 'limited';
    tx.insert(dataAccessRequests)
      .values({ emailHash: input.emailHash, ipHash: input.ipHash, createdAt: input.now })
      .run();
    const known =
      tx.select({ id: comments.id }).from(comments).where(readersComments(input.emailHash)).limit(1).get() ??
      tx
        .select({ hash: mailAddresses.emailHash })
        .from(mailAddresses)
        .where(eq(mailAddresses.emailHash, input.emailHash))
        .get();
    if (!known) return 'unknown';
    tx.update(dataAccessTokens)
      .set({ expiresAt: input.now })
      .where(
        and(
          eq(dataAccessTokens.emailHash, input.emailHash),
          eq(dataAccessTokens.kind, 'link'),
          isNull(dataAccessTokens.usedAt),
        ),
      )
      .run();
    tx.insert(dataAccessTokens)
      .values({
        tokenHash: input.tokenHash,
        emailHash: input.emailHash,
        kind: 'link',
        expiresAt: input.expiresAt,
        createdAt: input.now,
      })
      .run();
    queueMail(tx, input.mail, input.now);
    return 'sent';
  });
}

const usable = (tokenHash: string, kind: 'link' | 'session', now: Date) =>
  and(
    eq(dataAccessTokens.tokenHash, tokenHash),
    eq(dataAccessTokens.kind, kind),
    isNull(dataAccessTokens.usedAt),
    gt(dataAccessTokens.expiresAt, now),
  );

/** Whether an e-mailed link can still be used; opening its page uses nothing (mail scanners open links). */
export function isDataLinkUsable(tokenHash: string, now: Date): boolean {
  return (
    db
      .select({ id: dataAccessTokens.id })
      .from(dataAccessTokens)
      .where(usable(tokenHash, 'link', now))
      .get() !== undefined
  );
}

/**
 * Uses a link: claims it and opens a session for its address, in one write transaction, so a replayed or
 * double post opens one session at most. False when the link is used, expired or unknown.
 */
export function openDataSession(input: { linkHash: string; sessionHash: string; now: Date; expiresAt: Date }): boolean {
  return writeTransaction((tx) => {
    const link = tx
      .update(dataAccessTokens)
      .set({ usedAt: input.now })
      .where(usable(input.linkHash, 'link', input.now))
      .returning({ emailHash: dataAccessTokens.emailHash })
      .get();
    if (!link) return false;
    tx.insert(dataAccessTokens)
      .values({
        tokenHash: input.sessionHash,
        emailHash: link.emailHash,
        kind: 'session',
        expiresAt: input.expiresAt,
        createdAt: input.now,
      })
      .run();
    return true;
  });
}

/** The address hash an open session gives access to, or null. */
export function getDataSessionEmailHash(sessionHash: string, now: Date): string | null {
  return (
    db
      .select({ emailHash: dataAccessTokens.emailHash })
      .from(dataAccessTokens)
      .where(usable(sessionHash, 'session', now))
      .get()?.emailHash ?? null
  );
}

/** Closes a session (the reader is done, or erased everything). */
export function closeDataSession(sessionHash: string): void {
  db.delete(dataAccessTokens).where(eq(dataAccessTokens.tokenHash, sessionHash)).run();
}

export type OwnedComment = {
  id: number;
  article: { title: string; slug: string };
  parentId: number | null;
  authorName: string;
  email: string;
  authorUrl: string | null;
  body: string;
  status: CommentStatus;
  createdAt: Date;
  editedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
};

/**
 * Everything kept under an address, e-mail and IPs included: for the session holder of that address only
 * (the "Mes données" page and its download), never for anyone else.
 */
export function getCommenterDataForOwner(emailHash: string): {
  comments: OwnedComment[];
  subscription: { confirmedAt: Date | null; commentIds: number[] } | null;
} {
  const rows = db
    .select({
      id: comments.id,
      title: articles.title,
      slug: articles.slug,
      parentId: comments.parentId,
      authorName: comments.authorName,
      email: comments.authorEmail,
      authorUrl: comments.authorUrl,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      ip: comments.ip,
      userAgent: comments.userAgent,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(readersComments(emailHash))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .all();
  const address = db
    .select({ confirmedAt: mailAddresses.confirmedAt })
    .from(mailAddresses)
    .where(eq(mailAddresses.emailHash, emailHash))
    .get();
  const followed = db
    .select({ commentId: mailSubscriptions.commentId })
    .from(mailSubscriptions)
    .where(eq(mailSubscriptions.emailHash, emailHash))
    .orderBy(mailSubscriptions.commentId)
    .all();
  return {
    comments: rows.map(({ title, slug, email, ...row }) => ({
      ...row,
      article: { title, slug },
      email: openEmail(email) ?? '',
    })),
    subscription: address
      ? { confirmedAt: address.confirmedAt, commentIds: followed.map((row) => row.commentId) }
      : null,
  };
}

export type ErasureReport = { deleted: number; emptied: number; anonymised: number; articleIds: number[] };

/** The reader's comments, replies before what they answer, so a thread of their own goes whole. */
function erasableComments(tx: Tx, emailHash: string) {
  return tx
    .select({ id: comments.id, articleId: comments.articleId, status: comments.status, ip: comments.ip })
    .from(comments)
    .where(readersComments(emailHash))
    .orderBy(desc(comments.id))
    .all();
}

/**
 * Erases what the site keeps under an address, in one write transaction: the comments deleted (emptied
 * shells where others replied) or kept under `anonymousName`; the e-mail, IPs and browsers with them; the
 * staff's rules on that address or those IPs; subscriptions, notices, confirmations, queued or sent
 * messages, links, sessions and requests. Staff edits and blocks in the audit log lose the text and IP they
 * held; the erasure itself is recorded with counts only. Freed pages are zeroed too: the file keeps no copy.
 */
export function eraseCommenterData(input: {
  emailHash: string;
  mode: ErasureMode;
  anonymousName: string;
  now: Date;
}): ErasureReport {
  const { emailHash, now } = input;
  return zeroingFreedPages(() =>
    writeTransaction((tx) => {
      const owned = erasableComments(tx, emailHash);
      const ids = owned.map((comment) => comment.id);
      const ips = [...new Set(owned.flatMap((comment) => (comment.ip ? [comment.ip] : [])))];
      const report: ErasureReport = { deleted: 0, emptied: 0, anonymised: 0, articleIds: [] };
      if (input.mode === 'delete') {
        for (const comment of owned) report[removeAuthorsComment(tx, comment, now)] += 1;
      } else if (ids.length > 0) {
        report.anonymised = tx
          .update(comments)
          .set({
            authorName: input.anonymousName,
            authorEmail: '',
            authorEmailHash: '',
            authorUrl: null,
            ip: null,
            userAgent: null,
          })
          .where(inArray(comments.id, ids))
          .run().changes;
      }
      report.articleIds = [...new Set(owned.filter((c) => c.status === 'approved').map((c) => c.articleId))];
      if (ids.length > 0)
        tx.update(auditLog)
          .set({ details: sql`json_remove(${auditLog.details}, '$.before', '$.after', '$.ip')` })
          .where(and(eq(auditLog.targetType, 'comment'), inArray(auditLog.targetId, ids)))
          .run();
      tx.delete(commenterRules)
        .where(or(eq(commenterRules.emailHash, emailHash), ips.length ? inArray(commenterRules.ip, ips) : undefined))
        .run();
      tx.delete(mailSubscriptions).where(eq(mailSubscriptions.emailHash, emailHash)).run();
      tx.delete(mailAddresses).where(eq(mailAddresses.emailHash, emailHash)).run();
      tx.delete(mailNotices).where(eq(mailNotices.emailHash, emailHash)).run();
      tx.delete(mailConfirmations).where(eq(mailConfirmations.emailHash, emailHash)).run();
      tx.delete(mailOutbox).where(eq(mailOutbox.recipientHash, emailHash)).run();
      tx.delete(dataAccessTokens).where(eq(dataAccessTokens.emailHash, emailHash)).run();
      tx.delete(dataAccessRequests).where(eq(dataAccessRequests.emailHash, emailHash)).run();
      recordAuditIn(tx, [
        {
          userId: null,
          action: 'commenter.erase',
          details: {
            mode: input.mode,
            deleted: report.deleted,
            emptied: report.emptied,
            anonymised: report.anonymised,
          },
        },
      ]);
      return report;
    }),
  );
}
