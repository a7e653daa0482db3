import 'server-only';
import { and, eq, exists, inArray, isNotNull, lt, ne, notExists, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { RetentionCutoffs } from '@/lib/retention';
import { backgroundWriteTransaction, zeroingFreedPages } from './index';
import {
  accountLinks,
  commenterRules,
  comments,
  dataAccessRequests,
  dataAccessTokens,
  loginAttempts,
  mailConfirmations,
  mailOutbox,
  passwordResetRequests,
  staffSessions,
} from './schema';

export type RetentionReport = {
  addressesErased: number;
  commentsDeleted: number;
  commentsEmptied: number;
  loginAttemptsDeleted: number;
  sessionsDeleted: number;
  rulesDeleted: number;
  mailDeleted: number;
  tokensDeleted: number;
  limitRecordsDeleted: number;
};

const child = alias(comments, 'child');

/**
 * Erases what the site no longer needs to keep (lib/retention.ts says when): commenters' addresses and
 * browsers, old spam and trash (emptied of their author instead, when replies hang under them), sign-in
 * records, idle staff sessions, expired commenter rules, messages sent or failed (they name their
 * recipient) after the addresses' period, expired or used links and sessions, and rate-limit records past
 * their window. One transaction, whose freed pages are zeroed too (zeroingFreedPages), so the file does not
 * keep them either.
 */
export function applyRetention(cutoffs: RetentionCutoffs): RetentionReport {
  return zeroingFreedPages(() =>
    backgroundWriteTransaction((tx) => {
      const addressesErased = tx
        .update(comments)
        .set({ ip: null, userAgent: null })
        .where(
          and(
            lt(comments.createdAt, cutoffs.addressesBefore),
            or(isNotNull(comments.ip), isNotNull(comments.userAgent)),
          ),
        )
        .run().changes;
      const discarded = and(
        inArray(comments.status, ['spam', 'trash']),
        lt(comments.createdAt, cutoffs.discardedBefore),
      );
      const replies = tx.select({ id: child.id }).from(child).where(eq(child.parentId, comments.id));
      const commentsEmptied = tx
        .update(comments)
        .set({ body: '', authorName: '', authorEmail: '', authorEmailHash: '', authorUrl: null })
        .where(and(discarded, exists(replies), ne(comments.authorEmailHash, '')))
        .run().changes;
      const commentsDeleted = tx
        .delete(comments)
        .where(and(discarded, notExists(replies)))
        .run().changes;
      const loginAttemptsDeleted = tx
        .delete(loginAttempts)
        .where(lt(loginAttempts.at, cutoffs.addressesBefore))
        .run().changes;
      const sessionsDeleted = tx
        .delete(staffSessions)
        .where(lt(staffSessions.lastSeenAt, cutoffs.sessionsIdleBefore))
        .run().changes;
      const rulesDeleted = tx
        .delete(commenterRules)
        .where(and(isNotNull(commenterRules.expiresAt), lt(commenterRules.expiresAt, cutoffs.now)))
        .run().changes;
      const mailDeleted = tx
        .delete(mailOutbox)
        .where(and(inArray(mailOutbox.status, ['sent', 'failed']), lt(mailOutbox.createdAt, cutoffs.addressesBefore)))
        .run().changes;
      const tokensDeleted =
        tx
          .delete(dataAccessTokens)
          .where(or(lt(dataAccessTokens.expiresAt, cutoffs.now), isNotNull(dataAccessTokens.usedAt)))
          .run().changes +
        tx
          .delete(accountLinks)
          // An unused invitation stays past its end: the team page shows it expired, and it makes the byline a member.
          .where(
            and(
              lt(accountLinks.expiresAt, cutoffs.now),
              or(isNotNull(accountLinks.usedAt), ne(accountLinks.purpose, 'invite')),
            ),
          )
          .run().changes;
      const limitRecordsDeleted =
        tx.delete(dataAccessRequests).where(lt(dataAccessRequests.createdAt, cutoffs.limitsBefore)).run().changes +
        tx.delete(passwordResetRequests).where(lt(passwordResetRequests.at, cutoffs.limitsBefore)).run().changes +
        tx.delete(mailConfirmations).where(lt(mailConfirmations.createdAt, cutoffs.limitsBefore)).run().changes;
      return {
        addressesErased,
        commentsDeleted,
        commentsEmptied,
        loginAttemptsDeleted,
        sessionsDeleted,
        rulesDeleted,
        mailDeleted,
        tokensDeleted,
        limitRecordsDeleted,
      };
    }),
  );
}
