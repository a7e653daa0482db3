import 'server-only';
import { and, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { emailHash, openEmail } from '@/lib/commenter-identity';
import type { MailKind, OutgoingMail } from '@/lib/mail-message';
import { openMailContent, sealOutgoingMail, type MailContent } from '@/lib/mail-sealing';
import { backgroundWriteTransaction, db, type Tx } from './index';
import { mailOutbox } from './schema';

const ERROR_LENGTH = 500;
const sqlIncrement = () => sql`${mailOutbox.attempts} + 1`;

/**
 * Queues a message in the transaction of the change that causes it: the message exists if and only if the
 * change was stored. The server's worker sends it; nothing here waits for the network.
 */
export function queueMail(tx: Tx, mail: OutgoingMail, now = new Date()): number {
  const { id } = tx
    .insert(mailOutbox)
    .values({ ...sealOutgoingMail(mail), nextAttemptAt: now, createdAt: now })
    .returning({ id: mailOutbox.id })
    .get();
  return id;
}

/** A message the worker holds: it alone sends it until it reports back. */
export type ClaimedMail = {
  id: number;
  kind: string;
  to: string | null;
  subject: string;
  content: MailContent | null;
  attempts: number;
};

/**
 * Makes the oldest due message this worker's, or returns null: the status changes from pending or retrying to
 * sending in a write transaction, so two workers (two server processes) never take the same message.
 */
export function claimNextMail(now = new Date()): ClaimedMail | null {
  return backgroundWriteTransaction((tx) => {
    const due = tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(inArray(mailOutbox.status, ['pending', 'retrying']), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(mailOutbox.nextAttemptAt, mailOutbox.id)
      .limit(1)
      .get();
    if (!due) return null;
    const row = tx
      .update(mailOutbox)
      .set({ status: 'sending', attempts: sqlIncrement() })
      .where(and(eq(mailOutbox.id, due.id), inArray(mailOutbox.status, ['pending', 'retrying'])))
      .returning()
      .get();
    if (!row) return null;
    return {
      id: row.id,
      kind: row.kind,
      to: openEmail(row.recipientSealed),
      subject: row.subject,
      content: openMailContent(row.contentSealed),
      attempts: row.attempts,
    };
  });
}

/** Sent: the body (links, a reader's words) is dropped; the line stays for the admin page. */
export function markMailSent(id: number, now = new Date()): void {
  db.update(mailOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null, contentSealed: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'sending')))
    .run();
}

/** A failed attempt: tried again at `retryAt`, or failed for good when there is none (shown to admins). */
export function markMailAttemptFailed(id: number, error: string, retryAt: Date | null): void {
  db.update(mailOutbox)
    .set({
      status: retryAt ? 'retrying' : 'failed',
      lastError: error.slice(0, ERROR_LENGTH),
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'sending')))
    .run();
}

/**
 * At start: messages a stopped or crashed server was sending go back in the queue. One may have left before
 * the crash and arrive twice; that is better than losing one.
 */
export function requeueInterruptedMail(now = new Date()): number {
  return db
    .update(mailOutbox)
    .set({ status: 'pending', nextAttemptAt: now })
    .where(eq(mailOutbox.status, 'sending'))
    .run().changes;
}

export type OutboxRowForStaff = {
  id: number;
  kind: MailKind;
  recipient: string | null;
  subject: string;
  status: (typeof mailOutbox.$inferSelect)['status'];
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** The last messages, newest first, with the recipient opened: for the admins' "Courriels" page only. */
export function listRecentMailForStaff(limit = 100): OutboxRowForStaff[] {
  return db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      recipientSealed: mailOutbox.recipientSealed,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(limit)
    .all()
    .map(({ recipientSealed, kind, ...row }) => ({
      ...row,
      kind: kind as MailKind,
      recipient: openEmail(recipientSealed),
    }));
}

export function countFailedMail(): number {
  return db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.status, 'failed')).get()?.n ?? 0;
}

/** Messages queued for an address since a time: what rate limits per address read. */
export function countMailTo(email: string, kind: MailKind, since: Date): number {
  return (
    db
      .select({ n: count() })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.recipientHash, emailHash(email)),
          eq(mailOutbox.kind, kind),
          gte(mailOutbox.createdAt, since),
        ),
      )
      .get()?.n ?? 0
  );
}
