import 'server-only';
import { and, asc, count, eq, gte, isNotNull, isNull, max, type SQL } from 'drizzle-orm';
import type { LoginFailures } from '@/lib/login-throttle';
import { normaliseEmail } from '@/lib/signed-token';
import { slugify } from '@/lib/slug';
import type { StaffMember } from '@/lib/roles';
import { db, writeTransaction } from './index';
import type { Role } from '@/lib/vocabulary';
import { loginAttempts, staffSessions, users } from './schema';

// An account can sign in when it has a password and is not disabled; bylines alone have no password.
export const isActiveAccount = () => and(isNotNull(users.passwordHash), isNull(users.disabledAt));

/** What signing in checks: null for an unknown e-mail; a disabled account has no usable hash. */
export function getSignInAccountForStaff(email: string): { id: number; passwordHash: string | null } | null {
  const row = db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
  return row ? { id: row.id, passwordHash: row.disabledAt ? null : row.passwordHash } : null;
}

export function countActiveAdmins(): number {
  return db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isActiveAccount()))
    .get()!.n;
}

/** What the account tools read of an account (staff only: it holds the e-mail and the password's hash). */
export const accountColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  passwordHash: users.passwordHash,
  disabledAt: users.disabledAt,
};

export type StaffAccount = StaffMember & { active: boolean; hasPassword: boolean; createdAt: Date };

/** Every account, bylines included, for the command-line tool. */
export function listStaffAccountsForStaff(): StaffAccount[] {
  return db
    .select({ ...accountColumns, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.name))
    .all()
    .map(({ passwordHash, disabledAt, ...account }) => ({
      ...account,
      hasPassword: passwordHash !== null,
      active: passwordHash !== null && disabledAt === null,
    }));
}

function uniqueUserSlug(name: string): string {
  const base = slugify(name) || 'redaction';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get()) return slug;
  }
}

/**
 * Creates a staff account, or gives a password and role to an existing byline of that e-mail (the demo
 * authors have none). Returns null when an account that can already sign in has this e-mail.
 */
export function createStaffUser(input: {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}): { id: number; created: boolean } | null {
  const email = normaliseEmail(input.email);
  return writeTransaction((tx) => {
    const existing = tx
      .select({ id: users.id, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email))
      .get();
    if (existing?.passwordHash) return null;
    if (existing) {
      tx.update(users)
        .set({ name: input.name, role: input.role, passwordHash: input.passwordHash, disabledAt: null })
        .where(eq(users.id, existing.id))
        .run();
      return { id: existing.id, created: false };
    }
    const { id } = tx
      .insert(users)
      .values({
        email,
        name: input.name,
        role: input.role,
        passwordHash: input.passwordHash,
        slug: uniqueUserSlug(input.name),
      })
      .returning({ id: users.id })
      .get();
    return { id, created: true };
  });
}

/** Sets a new password (and re-enables nothing) and ends every session of the account: false for an unknown e-mail. */
export function updateStaffPassword(email: string, passwordHash: string): boolean {
  return updateAndSignOut(email, { passwordHash });
}

export function updateStaffRole(email: string, role: Role): boolean {
  return updateAccount(email, { role });
}

/**
 * Disables (or re-enables) an account. Disabling ends its sessions, so re-enabling it later does not bring
 * an old cookie back to life. False for an unknown e-mail.
 */
export function updateStaffDisabled(email: string, disabled: boolean): boolean {
  return disabled ? updateAndSignOut(email, { disabledAt: new Date() }) : updateAccount(email, { disabledAt: null });
}

type AccountChange = Partial<Pick<typeof users.$inferInsert, 'passwordHash' | 'disabledAt' | 'role'>>;

function updateAccount(email: string, change: AccountChange): boolean {
  return (
    db
      .update(users)
      .set(change)
      .where(eq(users.email, normaliseEmail(email)))
      .run().changes === 1
  );
}

function updateAndSignOut(email: string, change: AccountChange): boolean {
  return writeTransaction((tx) => {
    const row = tx
      .update(users)
      .set(change)
      .where(eq(users.email, normaliseEmail(email)))
      .returning({ id: users.id })
      .get();
    if (row) tx.delete(staffSessions).where(eq(staffSessions.userId, row.id)).run();
    return row !== undefined;
  });
}

export function recordLoginAttempt(input: { email: string; ip: string; success: boolean; at: Date }): void {
  db.insert(loginAttempts)
    .values({ email: normaliseEmail(input.email), ip: input.ip, success: input.success, at: input.at })
    .run();
}

/**
 * The recent failed sign-ins that the throttle (lib/login-throttle.ts) weighs, each since `since`: for this
 * e-mail from this address and for this e-mail from anywhere (each since its own last success: signing in
 * clears a count, but the owner's success elsewhere does not clear a guesser's), and from this address
 * whatever the account (all of them: one good password must not reset a guesser's count).
 */
export function listRecentLoginFailures(input: { email: string; ip: string; since: Date }): LoginFailures {
  const email = normaliseEmail(input.email);
  const failures = (where: SQL | undefined) =>
    db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.success, false)))
      .all()
      .map((row) => row.at);
  const sinceLastSuccess = (where: SQL | undefined) => {
    const lastSuccess = db
      .select({ at: max(loginAttempts.at) })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.success, true), gte(loginAttempts.at, input.since)))
      .get()?.at;
    return failures(and(where, gte(loginAttempts.at, lastSuccess ?? input.since)));
  };
  return {
    pair: sinceLastSuccess(and(eq(loginAttempts.email, email), eq(loginAttempts.ip, input.ip))),
    account: sinceLastSuccess(eq(loginAttempts.email, email)),
    address: failures(and(eq(loginAttempts.ip, input.ip), gte(loginAttempts.at, input.since))),
  };
}

/** The last sign-in, which the team page shows. */
export function markSignedIn(userId: number, at: Date): void {
  db.update(users).set({ lastSignInAt: at }).where(eq(users.id, userId)).run();
}
