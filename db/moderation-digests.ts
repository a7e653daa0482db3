import 'server-only';
import { and, asc, count, eq, isNull, lt, or } from 'drizzle-orm';
import { moderationDigestMail } from '@/lib/moderation-digest-mail';
import { DIGEST_OLDEST, dueDigests } from '@/lib/moderation-digest';
import type { DigestFrequency } from '@/lib/vocabulary';
import { backgroundWriteTransaction, db } from './index';
import { queueMail } from './mail-outbox';
import { articles, comments, moderationDigests, users } from './schema';

/** How often a member asked for the digest of pending comments ('none' until they choose). */
export function getDigestFrequency(userId: number): DigestFrequency {
  return (
    db
      .select({ frequency: moderationDigests.frequency })
      .from(moderationDigests)
      .where(eq(moderationDigests.userId, userId))
      .get()?.frequency ?? 'none'
  );
}

/** A member's choice; the last period sent is kept, so switching off and on again within a period sends nothing twice. */
export function setDigestFrequency(userId: number, frequency: DigestFrequency): void {
  db.insert(moderationDigests)
    .values({ userId, frequency })
    .onConflictDoUpdate({ target: moderationDigests.userId, set: { frequency } })
    .run();
}

// An author's deleted comment, kept for its replies, is no one's to moderate.
const waiting = and(eq(comments.status, 'pending'), isNull(comments.deletedAt));

/**
 * The digest clock's work (app/_server/digest-clock.ts): when comments are pending, queues one message to each
 * member due one (lib/moderation-digest.ts), and records the period it is for in the same transaction, with a
 * condition on the period already recorded: a second tick, a second server or a restart finds it taken and
 * sends nothing. An empty queue sends nothing and records nothing. Returns how many were queued.
 */
export function queueModerationDigests(now: Date, timeZone: string): number {
  return backgroundWriteTransaction((tx) => {
    const pending = tx.select({ n: count() }).from(comments).where(waiting).get()!.n;
    if (pending === 0) return 0;
    const members = tx
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        frequency: moderationDigests.frequency,
        lastPeriodStart: moderationDigests.lastPeriodStart,
        disabledAt: users.disabledAt,
        passwordHash: users.passwordHash,
      })
      .from(moderationDigests)
      .innerJoin(users, eq(users.id, moderationDigests.userId))
      .all();
    const due = dueDigests(
      members.map((member) => ({ ...member, active: !member.disabledAt && member.passwordHash !== null })),
      now,
      timeZone,
    );
    if (!due.length) return 0;
    // The public columns only: a digest names no commenter's e-mail or address.
    const oldest = tx
      .select({
        articleTitle: articles.title,
        authorName: comments.authorName,
        body: comments.body,
        createdAt: comments.createdAt,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(waiting)
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(DIGEST_OLDEST)
      .all();
    let queued = 0;
    for (const member of due) {
      const taken = tx
        .update(moderationDigests)
        .set({ lastPeriodStart: member.periodStart })
        .where(
          and(
            eq(moderationDigests.userId, member.userId),
            or(isNull(moderationDigests.lastPeriodStart), lt(moderationDigests.lastPeriodStart, member.periodStart)),
          ),
        )
        .run().changes;
      if (!taken) continue;
      queueMail(tx, moderationDigestMail({ to: member, frequency: member.frequency, pending, oldest }), now);
      queued++;
    }
    return queued;
  });
}
