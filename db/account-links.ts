import 'server-only';
import { and, count, eq, gt, gte, isNull, type SQL } from 'drizzle-orm';
import type { OutgoingMail } from '@/lib/mail-message';
import { normaliseEmail } from '@/lib/signed-token';
import type { AccountLinkPurpose } from '@/lib/vocabulary';
import { recordAuditIn } from './audit';
import { db, writeTransaction } from './index';
import { queueMail } from './mail-outbox';
import { accountLinks, passwordResetRequests, staffSessions, users } from './schema';
import { isActiveAccount } from './users';

export type OpenAccountLink = { purpose: AccountLinkPurpose; name: string; email: string };

// Usable: not used yet, not expired, and its account not disabled since it was issued.
const usable = (tokenHash: string, now: Date) =>
  and(
    eq(accountLinks.tokenHash, tokenHash),
    isNull(accountLinks.usedAt),
    gt(accountLinks.expiresAt, now),
    isNull(users.disabledAt),
  );

/** What the link's page shows before the member sets a password; null for a used, expired or unknown link. */
export function getAccountLinkForStaff(tokenHash: string, now: Date): OpenAccountLink | null {
  return (
    db
      .select({ purpose: accountLinks.purpose, name: users.name, email: users.email })
      .from(accountLinks)
      .innerJoin(users, eq(users.id, accountLinks.userId))
      .where(usable(tokenHash, now))
      .get() ?? null
  );
}

/**
 * Uses a link: marks it used and sets the password (and, for an invitation, the name) in one write
 * transaction, so two posts of the same link (a double click, a replay) set a password once. Every other
 * session of the account ends, and its other unused links with them. Null when the link is not usable.
 */
export function consumeAccountLink(input: {
  tokenHash: string;
  now: Date;
  passwordHash: string;
  name: string | null;
  ip: string | null;
}): { userId: number; purpose: AccountLinkPurpose } | null {
  return writeTransaction((tx) => {
    const link = tx
      .select({ id: accountLinks.id, userId: accountLinks.userId, purpose: accountLinks.purpose })
      .from(accountLinks)
      .innerJoin(users, eq(users.id, accountLinks.userId))
      .where(usable(input.tokenHash, input.now))
      .get();
    if (!link) return null;
    const claimed = tx
      .update(accountLinks)
      .set({ usedAt: input.now })
      .where(and(eq(accountLinks.id, link.id), isNull(accountLinks.usedAt)))
      .run().changes;
    if (claimed !== 1) return null;
    tx.update(accountLinks)
      .set({ expiresAt: input.now })
      .where(and(eq(accountLinks.userId, link.userId), isNull(accountLinks.usedAt)))
      .run();
    tx.update(users)
      .set({ passwordHash: input.passwordHash, ...(input.name ? { name: input.name } : {}) })
      .where(eq(users.id, link.userId))
      .run();
    tx.delete(staffSessions).where(eq(staffSessions.userId, link.userId)).run();
    recordAuditIn(tx, [
      {
        userId: link.userId,
        action: link.purpose === 'invite' ? 'team.invite.accept' : 'auth.password.reset',
        targetType: 'user',
        targetId: link.userId,
        ip: input.ip,
      },
    ]);
    return { userId: link.userId, purpose: link.purpose };
  });
}

/** How many "Mot de passe oublié" requests came for this address and from this client since `since`. */
export function countPasswordResetRequests(input: { emailHash: string; ip: string; since: Date }): {
  address: number;
  client: number;
} {
  const since = gte(passwordResetRequests.at, input.since);
  const countWhere = (where: SQL | undefined) =>
    db.select({ n: count() }).from(passwordResetRequests).where(where).get()!.n;
  return {
    address: countWhere(and(eq(passwordResetRequests.emailHash, input.emailHash), since)),
    client: countWhere(and(eq(passwordResetRequests.ip, input.ip), since)),
  };
}

/**
 * Records a "Mot de passe oublié" request and, when the address belongs to an account that can sign in,
 * stores its link. The same work either way but for one insert, so the answer's time does not tell
 * which addresses exist. Returns the recipient, or null.
 */
export function createForgottenPasswordLink(
  input: {
    email: string;
    emailHash: string;
    ip: string;
    tokenHash: string;
    now: Date;
    expiresAt: Date;
  },
  mail: (to: { name: string; email: string }) => OutgoingMail,
): { userId: number; name: string; email: string } | null {
  return writeTransaction((tx) => {
    tx.insert(passwordResetRequests).values({ emailHash: input.emailHash, ip: input.ip, at: input.now }).run();
    const account = tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.email, normaliseEmail(input.email)), isActiveAccount()))
      .get();
    if (!account) return null;
    tx.update(accountLinks)
      .set({ expiresAt: input.now })
      .where(and(eq(accountLinks.userId, account.id), eq(accountLinks.purpose, 'reset'), isNull(accountLinks.usedAt)))
      .run();
    tx.insert(accountLinks)
      .values({
        userId: account.id,
        purpose: 'reset',
        tokenHash: input.tokenHash,
        expiresAt: input.expiresAt,
        createdBy: null,
      })
      .run();
    queueMail(tx, mail(account), input.now);
    recordAuditIn(tx, [
      { userId: null, action: 'auth.password.forgotten', targetType: 'user', targetId: account.id, ip: input.ip },
    ]);
    return { userId: account.id, name: account.name, email: account.email };
  });
}
