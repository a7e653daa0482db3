import 'server-only';
import { and, asc, count, eq, gte, isNotNull, isNull, max } from 'drizzle-orm';
import { normaliseEmail } from '@/lib/signed-token';
import { slugify } from '@/lib/slug';
import type { StaffMember } from '@/lib/roles';
import { db, writeTransaction } from './index';
import type { Role } from '@/lib/vocabulary';
import { loginAttempts, users } from './schema';

// An account can sign in when it has a password and is not disabled; bylines alone have no password.
const isActive = () => and(isNotNull(users.passwordHash), isNull(users.disabledAt));

/** The staff member behind a session, re-read on every staff request: null once deleted or disabled. */
export function getActiveStaffForStaff(id: number): StaffMember | null {
  return (
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role })
      .from(users)
      .where(and(eq(users.id, id), isActive()))
      .get() ?? null
  );
}

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
    .where(and(eq(users.role, 'admin'), isActive()))
    .get()!.n;
}

export type StaffAccount = StaffMember & { active: boolean; hasPassword: boolean; createdAt: Date };

/** Every account, bylines included, for the command-line tool. */
export function listStaffAccountsForStaff(): StaffAccount[] {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
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

/** Sets a new password (and re-enables nothing): false for an unknown e-mail. */
export function updateStaffPassword(email: string, passwordHash: string): boolean {
  return (
    db
      .update(users)
      .set({ passwordHash })
      .where(eq(users.email, normaliseEmail(email)))
      .run().changes === 1
  );
}

export function updateStaffRole(email: string, role: Role): boolean {
  return (
    db
      .update(users)
      .set({ role })
      .where(eq(users.email, normaliseEmail(email)))
      .run().changes === 1
  );
}

/** Disables (or re-enables) an account: its sessions stop working on their next request. False for an unknown e-mail. */
export function updateStaffDisabled(email: string, disabled: boolean): boolean {
  return (
    db
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.email, normaliseEmail(email)))
      .run().changes === 1
  );
}

export function recordLoginAttempt(input: { email: string; ip: string; success: boolean; at: Date }): void {
  db.insert(loginAttempts)
    .values({ email: normaliseEmail(input.email), ip: input.ip, success: input.success, at: input.at })
    .run();
}

/**
 * The recent failed sign-ins for this e-mail (since its last success: signing in clears an account's
 * count) and from this address (all of them: one good password must not reset a guesser's count).
 */
export function listRecentLoginFailures(input: { email: string; ip: string; since: Date }): {
  forEmail: Date[];
  forIp: Date[];
} {
  const email = normaliseEmail(input.email);
  const lastSuccess = db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true), gte(loginAttempts.at, input.since)))
    .get()?.at;
  const failures = (where: ReturnType<typeof and>) =>
    db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.success, false)))
      .all()
      .map((row) => row.at);
  return {
    forEmail: failures(
      and(
        eq(loginAttempts.email, email),
        gte(loginAttempts.at, lastSuccess && lastSuccess > input.since ? lastSuccess : input.since),
      ),
    ),
    forIp: failures(and(eq(loginAttempts.ip, input.ip), gte(loginAttempts.at, input.since))),
  };
}
