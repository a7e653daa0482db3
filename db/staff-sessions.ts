import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import type { StaffMember } from '@/lib/roles';
import { db, writeTransaction } from './index';
import { staffSessions, users } from './schema';
import { isActiveAccount } from './users';

/**
 * Opens a session for a member who has just proved their password, and returns its id (random: the
 * cookie that carries it is encrypted, the id is never guessed). Sessions idle since `idleBefore` are
 * dead already and are swept here, so the table holds only open ones.
 */
export function createStaffSession(input: { userId: number; at: Date; idleBefore: Date }): string {
  const id = randomBytes(24).toString('base64url');
  writeTransaction((tx) => {
    tx.delete(staffSessions).where(lt(staffSessions.lastSeenAt, input.idleBefore)).run();
    tx.insert(staffSessions).values({ id, userId: input.userId, lastSeenAt: input.at }).run();
  });
  return id;
}

export type StaffSession = { staff: StaffMember; lastSeenAt: Date };

/** The session and the member it belongs to, as they are now: null once revoked, or the account disabled or deleted. */
export function getStaffSessionForStaff(sessionId: string, userId: number): StaffSession | null {
  const row = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      lastSeenAt: staffSessions.lastSeenAt,
    })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(and(eq(staffSessions.id, sessionId), eq(staffSessions.userId, userId), isActiveAccount()))
    .get();
  if (!row) return null;
  const { lastSeenAt, ...staff } = row;
  return { staff, lastSeenAt };
}

export function touchStaffSession(sessionId: string, at: Date): void {
  db.update(staffSessions).set({ lastSeenAt: at }).where(eq(staffSessions.id, sessionId)).run();
}

/** Signs one session out: false when it was not open (already signed out, idle, or its account deleted). */
export function deleteStaffSession(sessionId: string): boolean {
  return db.delete(staffSessions).where(eq(staffSessions.id, sessionId)).run().changes === 1;
}

/** Signs a member out everywhere: returns how many sessions were open. */
export function deleteStaffSessionsOfUser(userId: number): number {
  return db.delete(staffSessions).where(eq(staffSessions.userId, userId)).run().changes;
}

/** How many sessions of the member are still open (not idle since `idleBefore`). */
export function countStaffSessionsOfUser(userId: number, idleBefore: Date): number {
  return db
    .select({ n: count() })
    .from(staffSessions)
    .where(and(eq(staffSessions.userId, userId), gte(staffSessions.lastSeenAt, idleBefore)))
    .get()!.n;
}
