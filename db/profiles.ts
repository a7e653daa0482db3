import 'server-only';
import { and, asc, count, eq, ne, not } from 'drizzle-orm';
import { recordAuditIn } from './audit';
import { db, writeTransaction } from './index';
import { articles, staffSessions, users } from './schema';
import { isMember } from './team';

type Actor = { staffId: number; ip: string | null };

export type Profile = { id: number; slug: string; name: string; bio: string; avatar: string | null };

const profileColumns = { id: users.id, slug: users.slug, name: users.name, bio: users.bio, avatar: users.avatar };

/**
 * Whose profile a change is about: the member's own (any account), or a byline without an account, which
 * editors keep up. A member's profile is theirs alone: an editor cannot rename a colleague.
 */
export type ProfileScope = { kind: 'own' } | { kind: 'byline' };

const inScope = (id: number, scope: ProfileScope) =>
  scope.kind === 'own' ? eq(users.id, id) : and(eq(users.id, id), not(isMember()));

export function getProfileForStaff(id: number, scope: ProfileScope): Profile | null {
  return db.select(profileColumns).from(users).where(inScope(id, scope)).get() ?? null;
}

export type Byline = Profile & { articleCount: number };

/** Bylines without an account (imported authors, guest writers), for editors. */
export function listBylinesForStaff(): Byline[] {
  return db
    .select({ ...profileColumns, articleCount: count(articles.id) })
    .from(users)
    .leftJoin(articles, eq(articles.authorId, users.id))
    .where(not(isMember()))
    .groupBy(users.id)
    .orderBy(asc(users.name))
    .all();
}

/**
 * Changes a name, a bio or a photo, audited. Returns the profile as it was (its slug names the pages to
 * regenerate, its name whether the bylines changed), or null when it is out of scope.
 */
export function updateProfile(
  id: number,
  scope: ProfileScope,
  change: Partial<Pick<Profile, 'name' | 'bio' | 'avatar'>>,
  actor: Actor,
): Profile | null {
  return writeTransaction((tx) => {
    const before = tx.select(profileColumns).from(users).where(inScope(id, scope)).get();
    if (!before) return null;
    tx.update(users).set(change).where(eq(users.id, id)).run();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: scope.kind === 'own' ? 'profile.update' : 'byline.update',
        targetType: 'user',
        targetId: id,
        details: { fields: Object.keys(change) },
        ip: actor.ip,
      },
    ]);
    return before;
  });
}

/** The member's own password hash, to check the current password before changing it. */
export function getPasswordHashForStaff(userId: number): string | null {
  return db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.hash ?? null;
}

/**
 * A member's new password: every other session ends (a thief who knew the old one is out), the one the
 * member is using stays.
 */
export function updateOwnPassword(userId: number, passwordHash: string, keepSessionId: string, actor: Actor): void {
  writeTransaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    tx.delete(staffSessions)
      .where(and(eq(staffSessions.userId, userId), ne(staffSessions.id, keepSessionId)))
      .run();
    recordAuditIn(tx, [
      { userId: actor.staffId, action: 'auth.password.change', targetType: 'user', targetId: userId, ip: actor.ip },
    ]);
  });
}
